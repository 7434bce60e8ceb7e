// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/core/settings';
import { send } from '@/lib/messages';
import { Options } from '@/entrypoints/options/Options';

vi.mock('@/lib/messages', () => ({
  send: vi.fn((message: { type: string }) =>
    Promise.resolve(message.type === 'import' ? { ok: true, added: 0 } : { ok: true }),
  ),
}));

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
function useEnglish() {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (en[key]?.message ?? '').replace(
        /\$(\d)/g,
        (_, n: string) => list[Number(n) - 1] ?? '',
      );
    },
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
}

function renderOptions() {
  render(<Options initial={defaultSettings} rejected={[]} quarantine={[]} />);
}

/** Types a value and leaves the field, as a user does (the change event). */
async function enter(field: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.input(field, { target: { value } });
    fireEvent.change(field, { target: { value } });
    await Promise.resolve();
  });
}

const interval = () => screen.getByLabelText(/^Reminder interval/);
const dailyGoal = () => screen.getByLabelText(/daily goal/i);

describe('Options', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
    vi.mocked(send).mockClear();
  });
  afterEach(() => {
    cleanup();
  });

  it('labels the interval and daily goal fields as the e2e contract says', () => {
    renderOptions();
    expect(interval().getAttribute('id')).toBe('field-intervalMinutes');
    expect((interval() as HTMLInputElement).value).toBe('45');
    expect(dailyGoal().getAttribute('id')).toBe('field-dailyGoal');
    expect((dailyGoal() as HTMLInputElement).value).toBe('3');
  });

  it.each(['25', '61', '', 'abc', '45.5', '1'.repeat(500)])(
    'refuses the interval %j: an error naming 30 and 60, nothing sent',
    async (value) => {
      renderOptions();
      await enter(interval(), value);
      const error = screen.getByRole('alert');
      expect(error.textContent).toContain('30');
      expect(error.textContent).toContain('60');
      expect(interval().getAttribute('aria-invalid')).toBe('true');
      expect(interval().getAttribute('aria-describedby')).toContain(error.id);
      expect(send).not.toHaveBeenCalled();
      // What the user typed stays in view beside the message.
      expect((interval() as HTMLInputElement).value).toBe(value);
    },
  );

  it('saves a valid interval through the background and says so', async () => {
    renderOptions();
    await enter(interval(), '30');
    expect(send).toHaveBeenCalledWith({ type: 'save-settings', change: { intervalMinutes: 30 } });
    await waitFor(() => {
      expect(screen.getByText('Saved.').getAttribute('role')).toBe('status');
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears the error once the value is fixed', async () => {
    renderOptions();
    await enter(interval(), '61');
    expect(screen.getByRole('alert')).toBeTruthy();
    await enter(interval(), ' 60 ');
    expect(send).toHaveBeenCalledWith({ type: 'save-settings', change: { intervalMinutes: 60 } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(interval().getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses a daily goal of 9 naming 1 and 8, and saves 1', async () => {
    renderOptions();
    await enter(dailyGoal(), '9');
    expect(screen.getByRole('alert').textContent).toMatch(/1 to 8/);
    expect(send).not.toHaveBeenCalled();
    await enter(dailyGoal(), '1');
    expect(send).toHaveBeenCalledWith({ type: 'save-settings', change: { dailyGoal: 1 } });
  });

  it('shows the error the background returns and keeps the old value', async () => {
    vi.mocked(send).mockResolvedValueOnce({
      ok: false,
      errors: { intervalMinutes: 'errorInterval' },
    });
    renderOptions();
    await enter(interval(), '50');
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toContain('30');
    });
  });

  it('refuses a malformed import file in the page and sends nothing', async () => {
    renderOptions();
    const input = screen.getByLabelText<HTMLInputElement>(/^Import history/);
    const file = new File(['{ not json'], 'history.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      fireEvent.change(input);
      await new Promise((r) => setTimeout(r, 10));
    });
    await waitFor(() => {
      expect(screen.getByText(/^Nothing was imported: /)).toBeTruthy();
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('moves focus into the delete confirmation and back out on Cancel', async () => {
    renderOptions();
    const del = screen.getByRole('button', { name: 'Delete all data…' });
    await act(async () => {
      fireEvent.click(del);
      await Promise.resolve();
    });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    expect(screen.getByRole('group', { name: 'Confirm deletion' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(cancel);
      await Promise.resolve();
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(send).not.toHaveBeenCalled();
  });

  it('gives every field a visible label', () => {
    renderOptions();
    for (const el of document.querySelectorAll<HTMLElement>('input, select')) {
      const named =
        (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent.trim()) ||
        el.getAttribute('aria-label');
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});
