// @vitest-environment happy-dom
/**
 * The organisation's policy on the pages: a locked field shows disabled with
 * "Set by your organisation" and is never sent, the policy's problems are
 * listed once, "Delete everything" can be hidden, and the welcome page
 * shows the organisation's message as text.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './locale';
import { readPolicy } from '@/core/policy';
import { defaultSettings } from '@/core/settings';
import { send, type Message } from '@/lib/messages';
import { Options } from '@/entrypoints/options/Options';
import { Welcome } from '@/entrypoints/welcome/Welcome';

vi.mock('@/lib/messages', () => ({ send: vi.fn() }));
vi.mock('@/lib/meeting-access', () => ({
  requestMeetingAccess: vi.fn(),
  dropMeetingAccess: vi.fn(),
}));

const saves = () =>
  vi
    .mocked(send)
    .mock.calls.map(([m]) => m)
    .filter((m): m is Extract<Message, { type: 'save-settings' }> => m.type === 'save-settings');

const policy = readPolicy({
  intervalMinutes: { value: 30, locked: true },
  workDays: { value: [1, 2, 3, 4], locked: true },
  disabledStretches: { value: [], locked: true },
  dailyGoal: { value: 4 },
  snoozeCap: { value: 12, locked: true },
  hideDeleteAll: true,
  welcomeMessage: '<b>Questions?</b> Ask the help desk.',
});

describe('policy on the pages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
    vi.mocked(send).mockReset();
    vi.mocked(send).mockResolvedValue({ delivered: true, reply: { ok: true, saved: [] } });
  });
  afterEach(() => {
    cleanup();
  });

  it('options: a locked field is disabled and says who set it; others are not', () => {
    const initial = { ...defaultSettings, intervalMinutes: 30, workDays: [1, 2, 3, 4] };
    render(<Options initial={initial} reset={[]} quarantine={[]} policy={policy} />);
    const interval = screen.getByLabelText<HTMLInputElement>(/^Reminder interval/);
    expect(interval.disabled).toBe(true);
    expect(interval.value).toBe('30');
    expect(document.getElementById('field-intervalMinutes-locked')?.textContent).toBe(
      'Set by your organisation',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/daily goal/i).disabled).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Monday' }).disabled).toBe(true);
    const enable = screen.getAllByRole<HTMLInputElement>('checkbox', { name: /^Show / });
    expect(enable.length).toBeGreaterThan(0);
    expect(enable.every((box) => box.disabled)).toBe(true);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(3);
  });

  it('options: the problems are listed once, and Delete everything can be hidden', () => {
    render(<Options initial={defaultSettings} reset={[]} quarantine={[]} policy={policy} />);
    const alerts = screen
      .getAllByRole('alert')
      .filter((a) => a.textContent.includes('organisation'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.textContent).toContain(
      'Snoozes allowed per reminder: Snoozes per reminder must be a whole number from 0 to 5.',
    );
    expect(alerts[0]?.textContent).toContain('Unsit uses your own setting instead.');
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    cleanup();
    render(<Options initial={defaultSettings} reset={[]} quarantine={[]} />);
    expect(screen.getByRole('button', { name: /Delete/ })).not.toBeNull();
    expect(screen.queryByText(/your organisation/)).toBeNull();
  });

  it('welcome: the message shows as text, and Start does not send the locked fields', async () => {
    render(<Welcome initial={{ ...defaultSettings, intervalMinutes: 30 }} policy={policy} />);
    expect(screen.getByText('<b>Questions?</b> Ask the help desk.')).not.toBeNull();
    expect(document.querySelector('.org-message b')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>(/^Reminder interval/).disabled).toBe(true);
    // Start sends what was chosen here (#24): a goal, and never a locked field.
    const goal = screen.getByLabelText<HTMLInputElement>(/daily goal/i);
    await act(async () => {
      fireEvent.input(goal, { target: { value: '2' } });
      fireEvent.change(goal, { target: { value: '2' } });
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Start/ }));
      await Promise.resolve();
    });
    const [save] = saves();
    expect(save?.change).toHaveProperty('dailyGoal');
    expect(save?.change).not.toHaveProperty('intervalMinutes');
    expect(save?.change).not.toHaveProperty('workDays');
  });
});
