// @vitest-environment happy-dom
import { moveKey } from '@/content/text-keys';
import { say } from '../texts';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { catalog } from '@/content/catalog';
import { changeSettings, changeWhatCan, defaultSettings, type Settings } from '@/core/settings';
import { send, type Message } from '@/lib/messages';
import { Options } from '@/entrypoints/options/Options';
import { dropMeetingAccess, requestMeetingAccess } from '@/lib/meeting-access';

vi.mock('@/lib/messages', () => ({ send: vi.fn() }));
vi.mock('@/lib/meeting-access', () => ({
  requestMeetingAccess: vi.fn(),
  dropMeetingAccess: vi.fn(),
}));

/** What the background has stored: it validates each change, as the real one does. */
let stored: Settings = defaultSettings;
function background(message: Message): Promise<unknown> {
  return Promise.resolve({ delivered: true, reply: answer(message) });
}
function answer(message: Message): unknown {
  if (message.type === 'save-settings') {
    if (message.partial) {
      const result = changeWhatCan(stored, message.change);
      stored = result.settings;
      const ok = Object.keys(result.errors).length === 0;
      return ok ? { ok, saved: result.saved } : { ok, errors: result.errors, saved: result.saved };
    }
    const result = changeSettings(stored, message.change);
    if (result.ok) stored = result.settings;
    return result.ok ? { ok: true, saved: Object.keys(message.change) } : { ...result, saved: [] };
  }
  return message.type === 'import' ? { ok: true, added: 0 } : null;
}

const es = locale('es');

function renderOptions(reset: string[] = []) {
  render(<Options initial={defaultSettings} reset={reset} quarantine={[]} />);
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
    stored = defaultSettings;
    vi.mocked(send).mockReset();
    vi.mocked(send).mockImplementation(background as typeof send);
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
    'refuses the interval %j: an error naming 30 and 60, nothing saved',
    async (value) => {
      renderOptions();
      await enter(interval(), value);
      const error = await screen.findByRole('alert');
      expect(error.textContent).toContain('30');
      expect(error.textContent).toContain('60');
      expect(interval().getAttribute('aria-invalid')).toBe('true');
      expect(interval().getAttribute('aria-describedby')).toContain(error.id);
      expect(stored).toEqual(defaultSettings);
      // What the user typed stays in view beside the message.
      expect((interval() as HTMLInputElement).value).toBe(value);
    },
  );

  it('saves a valid interval through the background and says so', async () => {
    renderOptions();
    await enter(interval(), '30');
    expect(send).toHaveBeenCalledWith({
      type: 'save-settings',
      change: { intervalMinutes: 30 },
      partial: true,
    });
    await waitFor(() => {
      expect(screen.getByText('Saved.').getAttribute('role')).toBe('status');
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears the error once the value is fixed', async () => {
    renderOptions();
    await enter(interval(), '61');
    expect(await screen.findByRole('alert')).toBeTruthy();
    await enter(interval(), ' 60 ');
    expect(send).toHaveBeenLastCalledWith({
      type: 'save-settings',
      change: { intervalMinutes: 60 },
      partial: true,
    });
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    expect(interval().getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses a daily goal of 9 naming 1 and 8, and saves 1', async () => {
    renderOptions();
    await enter(dailyGoal(), '9');
    expect((await screen.findByRole('alert')).textContent).toMatch(/1 to 8/);
    expect(stored.dailyGoal).toBe(3);
    await enter(dailyGoal(), '1');
    expect(send).toHaveBeenLastCalledWith({
      type: 'save-settings',
      change: { dailyGoal: 1 },
      partial: true,
    });
    expect(stored.dailyGoal).toBe(1);
  });

  it('says when a save never reached the background, keeps the value pending, and tries again', async () => {
    vi.mocked(send).mockResolvedValueOnce({ delivered: false, error: 'no reply' });
    renderOptions();
    await enter(interval(), '50');
    const alert = await screen.findByText(/That did not reach Unsit/);
    expect(alert).toBeTruthy();
    expect((interval() as HTMLInputElement).value).toBe('50');
    expect(stored.intervalMinutes).toBe(45);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(stored.intervalMinutes).toBe(50);
    });
    expect(screen.queryByText(/That did not reach Unsit/)).toBeNull();
  });

  it('shows the error the background returns and keeps the old value', async () => {
    vi.mocked(send).mockResolvedValueOnce({
      delivered: true,
      reply: { ok: false, errors: { intervalMinutes: 'errorInterval' }, saved: [] },
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

  const badKind = JSON.stringify({
    format: 'unsit-history',
    version: 1,
    events: [
      { id: 'a', at: '2024-06-10T09:00:00.000Z', kind: 'done' },
      { id: 'b', at: '2024-06-10T10:00:00.000Z', kind: 'stretched' },
    ],
  });

  /** Chooses a file with the given text in the import field; resolves once the page has read it. */
  async function importText(text: string) {
    const input = document.getElementById('field-import') as HTMLInputElement;
    const file = new File([text], 'history.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      fireEvent.change(input);
      await new Promise((r) => setTimeout(r, 10));
    });
  }

  it.each([
    ['{ not json', /^Nothing was imported: This file is not valid JSON/],
    [
      badKind,
      "Nothing was imported: This file can't be imported: event 2 has a kind other than done, skipped or snoozed.",
    ],
  ])('says in English why %j was refused', async (text, shown) => {
    renderOptions();
    await importText(text);
    await waitFor(() => {
      expect(screen.getByText(shown)).toBeTruthy();
    });
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    [
      '{ not json',
      'No se ha importado nada: Este archivo no es JSON válido, así que no es una exportación del historial de Unsit.',
    ],
    [
      badKind,
      'No se ha importado nada: No se puede importar este archivo: el evento 2 tiene un tipo distinto de done, skipped o snoozed.',
    ],
    [
      JSON.stringify({ format: 'unsit-history', version: 7, events: [] }),
      'No se ha importado nada: Esta exportación de Unsit es de la versión 7; esta versión de Unsit lee de la 1 a la 2.',
    ],
    [
      JSON.stringify({
        format: 'unsit-history',
        version: 1,
        events: [],
        days: [{ day: '2024-06-10', browsed: true, goal: 9, workday: true }],
      }),
      'No se ha importado nada: No se puede importar este archivo: la fila de día 1 tiene un objetivo mayor que 8.',
    ],
  ])('says in Spanish why %j was refused', async (text, shown) => {
    useMessages(es, 'es-ES');
    renderOptions();
    await importText(text);
    await waitFor(() => {
      expect(screen.getByText(shown)).toBeTruthy();
    });
    expect(send).not.toHaveBeenCalled();
  });

  it.each(['importBadEvent', 'importProblemKind'])(
    'falls back to the English reason when %s is missing',
    async (missing) => {
      const { [missing]: _gone, ...rest } = es;
      useMessages(rest, 'es-ES');
      renderOptions();
      await importText(badKind);
      await waitFor(() => {
        expect(
          screen.getByText(
            "No se ha importado nada: This file can't be imported: event 2 has a kind other than done, skipped or snoozed.",
          ),
        ).toBeTruthy();
      });
    },
  );

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

  it('keeps a conflict in view until it is resolved, and saves both sides then', async () => {
    renderOptions();
    const start = screen.getByLabelText('Working hours start');
    const end = screen.getByLabelText('Working hours end');
    await enter(start, '19:00');
    expect((await screen.findByRole('alert')).textContent).toMatch(/end after it starts/);
    expect(stored.workStartMinute).toBe(8 * 60);
    await enter(end, '22:00');
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    // What is shown is what is stored: both sides, together.
    expect(stored).toMatchObject({ workStartMinute: 19 * 60, workEndMinute: 22 * 60 });
    expect((start as HTMLInputElement).value).toBe('19:00');
    expect((end as HTMLInputElement).value).toBe('22:00');
  });

  it('saves a valid field while another stays refused', async () => {
    renderOptions();
    await enter(interval(), '61');
    await enter(dailyGoal(), '4');
    await waitFor(() => {
      expect(stored.dailyGoal).toBe(4);
    });
    expect(stored.intervalMinutes).toBe(45);
    expect(screen.getByRole('alert').textContent).toContain('30');
  });

  it('shows no fixed interval in varied mode', async () => {
    renderOptions();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Reminder timing'), { target: { value: 'varied' } });
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(screen.queryByLabelText(/^Reminder interval/)).toBeNull();
    });
    expect(stored.intervalMode).toBe('varied');
  });

  it('refuses unticking stretches that would leave too few, says why, and shows them ticked', async () => {
    renderOptions();
    const boxes = screen.getAllByRole('checkbox', { name: /^Show / });
    for (const box of boxes.slice(0, boxes.length - 5)) {
      await act(async () => {
        fireEvent.click(box);
        await Promise.resolve();
      });
    }
    await waitFor(() => {
      expect(stored.disabledStretches).toHaveLength(boxes.length - 5);
    });
    await act(async () => {
      fireEvent.click(boxes.at(-1)!);
      await Promise.resolve();
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 5/);
    expect(stored.disabledStretches).toHaveLength(boxes.length - 5);
    expect((boxes.at(-1) as HTMLInputElement).checked).toBe(true);
  });

  it('shows a move that "No kneeling" leaves out unticked, cannot be ticked, and says why (#24, item 7)', async () => {
    render(
      <Options initial={{ ...defaultSettings, noKneeling: true }} reset={[]} quarantine={[]} />,
    );
    const kneeling = catalog.filter((m) => m.position === 'kneeling');
    expect(kneeling.length).toBeGreaterThan(0);
    for (const move of kneeling) {
      const box = screen.getByRole<HTMLInputElement>('checkbox', {
        name: `Show ${say('en')(moveKey(move.id, 'name'))}`,
      });
      expect(box.checked).toBe(false);
      expect(box.disabled).toBe(true);
      expect(box.parentElement?.textContent).toContain('left out by “No kneeling”');
    }
    const standing = catalog.find((m) => m.position === 'standing')!;
    const shown = screen.getByRole<HTMLInputElement>('checkbox', {
      name: `Show ${say('en')(moveKey(standing.id, 'name'))}`,
    });
    expect([shown.checked, shown.disabled]).toEqual([true, false]);
  });

  it('counts the plan as it is typed and says at once when it is too long (#24, item 10)', () => {
    renderOptions();
    const plan = screen.getByLabelText<HTMLInputElement>(/^My plan/);
    expect(screen.getByText('0 of 140 characters')).toBeTruthy();
    fireEvent.input(plan, { target: { value: 'x'.repeat(140) } });
    expect(screen.getByText('140 of 140 characters')).toBeTruthy();
    fireEvent.input(plan, { target: { value: 'x'.repeat(141) } });
    expect(screen.getByText('141 of 140 characters: too long to save').className).toContain(
      'error',
    );
  });

  it('names reset settings by their labels', () => {
    renderOptions(['intervalMinutes', 'snoozeMinutes']);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('Reminder interval');
    expect(banner.textContent).not.toContain('intervalMinutes');
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

  it('saves the plan trimmed, and refuses one over 140 characters', async () => {
    renderOptions();
    const plan = screen.getByLabelText<HTMLInputElement>(/^My plan/);
    expect(plan.placeholder).toMatch(/When I come back from a call/);
    await enter(plan, '  When a call ends, I stand up  ');
    expect(send).toHaveBeenLastCalledWith({
      type: 'save-settings',
      change: { plan: 'When a call ends, I stand up' },
      partial: true,
    });
    expect(stored.plan).toBe('When a call ends, I stand up');
    await enter(plan, 'y'.repeat(141));
    expect((await screen.findByRole('alert')).textContent).toMatch(/140 characters/);
    expect(plan.getAttribute('aria-invalid')).toBe('true');
    expect(stored.plan).toBe('When a call ends, I stand up');
  });

  it('saves "One streak across my browsers" as a plain choice', async () => {
    renderOptions();
    const box = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'One streak across my browsers',
    });
    expect(box.checked).toBe(true);
    expect(box.getAttribute('aria-describedby')).toBe('field-shareHistory-hint');
    await act(async () => {
      fireEvent.click(box);
      await Promise.resolve();
    });
    expect(send).toHaveBeenLastCalledWith({
      type: 'save-settings',
      change: { shareHistory: false },
      partial: true,
    });
    expect(stored.shareHistory).toBe(false);
  });

  describe('holding stretches during web meetings', () => {
    const box = () =>
      screen.getByRole<HTMLInputElement>('checkbox', {
        name: 'Hold stretches during web meetings',
      });
    async function toggle() {
      await act(async () => {
        fireEvent.click(box());
        await new Promise((r) => setTimeout(r, 0));
      });
    }
    beforeEach(() => {
      vi.mocked(requestMeetingAccess).mockReset();
      vi.mocked(dropMeetingAccess).mockReset();
      vi.mocked(dropMeetingAccess).mockResolvedValue(undefined);
    });

    it('asks for the meeting sites in the click, and saves it on once granted', async () => {
      vi.mocked(requestMeetingAccess).mockResolvedValue(true);
      renderOptions();
      expect(box().checked).toBe(false);
      fireEvent.click(box());
      expect(requestMeetingAccess).toHaveBeenCalledTimes(1);
      expect(send).not.toHaveBeenCalled();
      await waitFor(() => {
        expect(stored.callsGuard).toBe(true);
      });
      expect(send).toHaveBeenLastCalledWith({
        type: 'save-settings',
        change: { callsGuard: true },
        partial: true,
      });
      expect(box().checked).toBe(true);
    });

    it('refused, stays off, saves nothing and says Unsit could not get access', async () => {
      vi.mocked(requestMeetingAccess).mockResolvedValue(false);
      renderOptions();
      await toggle();
      expect(box().checked).toBe(false);
      expect(screen.getByText(/could not get access/).getAttribute('role')).toBe('status');
      await toggle();
      expect(box().checked).toBe(false);
      expect(send).not.toHaveBeenCalled();
      expect(stored.callsGuard).toBe(false);
    });

    it('turned off, saves off and gives the access back', async () => {
      stored = { ...defaultSettings, callsGuard: true };
      render(<Options initial={stored} reset={[]} quarantine={[]} />);
      expect(box().checked).toBe(true);
      await toggle();
      expect(requestMeetingAccess).not.toHaveBeenCalled();
      expect(send).toHaveBeenLastCalledWith({
        type: 'save-settings',
        change: { callsGuard: false },
        partial: true,
      });
      expect(dropMeetingAccess).toHaveBeenCalledTimes(1);
      expect(stored.callsGuard).toBe(false);
      expect(box().checked).toBe(false);
    });
  });
});
