// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { MEETING_SITES } from '@/core/meetings';
import { changeSettings, defaultSettings, type Settings } from '@/core/settings';
import { send, type Message } from '@/lib/messages';
import { dropMeetingAccess, requestMeetingAccess } from '@/lib/meeting-access';
import { Welcome } from '@/entrypoints/welcome/Welcome';
import { WELCOME_CHOICES } from '@/entrypoints/welcome/welcome-form';

vi.mock('@/lib/messages', () => ({ send: vi.fn() }));
vi.mock('@/lib/meeting-access', () => ({
  requestMeetingAccess: vi.fn(),
  dropMeetingAccess: vi.fn(),
}));

/** What the background has stored: it validates each change, as the real one does. */
let stored: Settings = defaultSettings;
let safetySeen = false;
function background(message: Message): Promise<unknown> {
  return Promise.resolve({ delivered: true, reply: answer(message) });
}
function answer(message: Message): unknown {
  if (message.type === 'save-settings') {
    const result = changeSettings(stored, message.change);
    if (result.ok) stored = result.settings;
    return result.ok ? { ok: true, saved: Object.keys(message.change) } : { ...result, saved: [] };
  }
  if (message.type === 'safety-seen') safetySeen = true;
  return null;
}

// A Wednesday at 10:00, inside the default working hours; and one at 19:00, after them.
const WORKING = new Date(2026, 10, 18, 10, 0).getTime();
const EVENING = new Date(2026, 10, 18, 19, 0).getTime();

/** Types a value and leaves the field, as a user does (the change event). */
async function enter(field: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.input(field, { target: { value } });
    fireEvent.change(field, { target: { value } });
    await Promise.resolve();
  });
}

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
    await new Promise((r) => setTimeout(r, 0));
  });
}

const interval = () => screen.getByLabelText<HTMLInputElement>(/interval/i);
const dailyGoal = () => screen.getByLabelText<HTMLInputElement>(/daily goal/i);
const start = () => screen.getByRole('button', { name: /Start/ });
/** What the page says under Start. */
const said = (name: RegExp = /Start/) =>
  screen.getByRole('button', { name }).parentElement?.querySelector('[role="status"]')
    ?.textContent ?? '';
/** What the page says under the meetings choice. */
const meetingsSaid = () =>
  document.querySelector('#h-meetings ~ [role="status"]')?.textContent ?? '';
const meetings = () =>
  screen.getByRole<HTMLInputElement>('checkbox', { name: 'Hold stretches during web meetings' });
const saves = () =>
  vi.mocked(send).mock.calls.filter(([m]) => m.type === 'save-settings') as [
    Extract<Message, { type: 'save-settings' }>,
  ][];

describe('Welcome', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WORKING);
    fakeBrowser.reset();
    useEnglish();
    stored = defaultSettings;
    safetySeen = false;
    vi.mocked(send).mockReset();
    vi.mocked(send).mockImplementation(background as typeof send);
    vi.mocked(requestMeetingAccess).mockReset();
    vi.mocked(dropMeetingAccess).mockReset();
    vi.mocked(dropMeetingAccess).mockResolvedValue(undefined);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says what Unsit does, shows the safety notice, and every choice with its default', () => {
    render(<Welcome initial={defaultSettings} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Unsit' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Before you stretch' })).toBeTruthy();
    expect(interval().value).toBe('45');
    expect(dailyGoal().value).toBe('3');
    expect(screen.getByLabelText<HTMLInputElement>('Working hours start').value).toBe('08:00');
    expect(screen.getByLabelText<HTMLInputElement>('Working hours end').value).toBe('18:00');
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    expect(days.map((d) => screen.getByLabelText<HTMLInputElement>(d).checked)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(screen.getByLabelText<HTMLInputElement>(/^My chair rolls/).checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('No kneeling').checked).toBe(false);
    const plan = screen.getByLabelText<HTMLInputElement>(/^My plan/);
    expect(plan.value).toBe('');
    expect(plan.placeholder).toContain('When I come back from a call, I stretch my hips');
    expect(meetings().checked).toBe(false);
    expect(start()).toBeTruthy();
    // Only the choices the page is about: no theme, snooze or import here.
    expect(screen.queryByLabelText('Theme')).toBeNull();
  });

  it('names every meeting site the permission covers, next to the choice', () => {
    render(<Welcome initial={defaultSettings} />);
    const list = document.getElementById(meetings().getAttribute('aria-describedby') ?? '');
    for (const site of MEETING_SITES) expect(list?.textContent).toContain(site.name);
  });

  it('tells how to pin the toolbar button in Chromium', () => {
    render(<Welcome initial={defaultSettings} />);
    expect(screen.getByRole('heading', { name: 'Keep Unsit in view' })).toBeTruthy();
    expect(screen.getByText(/the pin beside Unsit/)).toBeTruthy();
  });

  it('saves nothing before Start', async () => {
    render(<Welcome initial={defaultSettings} />);
    await enter(interval(), '30');
    await enter(dailyGoal(), '2');
    await click(screen.getByLabelText('No kneeling'));
    expect(send).not.toHaveBeenCalled();
    expect(stored).toEqual(defaultSettings);
  });

  it('Start sends one save with the choices made here, then records the safety notice as read', async () => {
    render(<Welcome initial={defaultSettings} />);
    await enter(interval(), '30');
    await enter(dailyGoal(), '2');
    await click(screen.getByLabelText(/^My chair rolls/));
    await click(screen.getByLabelText('Saturday'));
    await enter(screen.getByLabelText(/^My plan/), '  After each call, I stand up  ');
    await click(start());

    expect(saves()).toHaveLength(1);
    const [[save]] = saves() as [[Extract<Message, { type: 'save-settings' }>]];
    // Only what was chosen here: a change made in options meanwhile stays (#24, item 3).
    expect(save.change).toEqual({
      intervalMinutes: 30,
      dailyGoal: 2,
      chairRolls: true,
      workDays: [1, 2, 3, 4, 5, 6],
      plan: 'After each call, I stand up',
    });
    expect(
      Object.keys(save.change).every((k) => (WELCOME_CHOICES as readonly string[]).includes(k)),
    ).toBe(true);
    expect(vi.mocked(send).mock.calls.map(([m]) => m.type)).toEqual([
      'save-settings',
      'safety-seen',
    ]);
    expect(stored).toMatchObject({ intervalMinutes: 30, dailyGoal: 2, chairRolls: true });
    expect(safetySeen).toBe(true);
    expect(said()).toBe('All set. Your first stretch comes in 30 minutes of browsing.');
  });

  it('says when the first stretch comes outside working hours', async () => {
    vi.setSystemTime(EVENING);
    render(<Welcome initial={defaultSettings} />);
    await click(start());
    // The time as the popup writes it, and the stretch after the browsing, not at the start (#24, item 9).
    expect(said()).toBe(
      'All set. Your first stretch comes tomorrow, after 45 minutes of browsing from 8:00 AM.',
    );
  });

  it('shows each refused field its reason, saves nothing, and leaves the notice unread', async () => {
    render(<Welcome initial={defaultSettings} />);
    await enter(interval(), '25');
    await enter(dailyGoal(), '9');
    await enter(screen.getByLabelText(/^My plan/), 'x'.repeat(141));
    await click(start());

    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/30.*60/),
        expect.stringMatching(/1 to 8/),
        expect.stringMatching(/140 characters/),
      ]),
    );
    for (const field of [interval(), dailyGoal(), screen.getByLabelText(/^My plan/)]) {
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const error = document.getElementById(`${field.id}-error`);
      expect(field.getAttribute('aria-describedby')).toContain(error?.id);
    }
    expect(stored).toEqual(defaultSettings);
    expect(safetySeen).toBe(false);
    expect(said()).toMatch(/need a change/);

    // Fixed, then Start again: saved, and each message gone.
    await enter(interval(), '40');
    await enter(dailyGoal(), '4');
    await enter(screen.getByLabelText(/^My plan/), 'Stand up after lunch');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    await click(start());
    expect(stored).toMatchObject({
      intervalMinutes: 40,
      dailyGoal: 4,
      plan: 'Stand up after lunch',
    });
    expect(safetySeen).toBe(true);
  });

  it('shows a working-hours conflict under the hours, and working days left empty', async () => {
    render(<Welcome initial={defaultSettings} />);
    await enter(screen.getByLabelText('Working hours start'), '19:00');
    await click(start());
    expect(screen.getByRole('alert').textContent).toMatch(/end after it starts/);
    await enter(screen.getByLabelText('Working hours start'), '08:00');
    expect(screen.queryByRole('alert')).toBeNull();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await click(screen.getByLabelText(day));
    }
    await click(start());
    expect(screen.getByRole('alert').textContent).toMatch(/at least one/i);
    expect(stored).toEqual(defaultSettings);
    expect(safetySeen).toBe(false);
  });

  it('asks for the meeting sites during the click; refused, the box stays off and says so', async () => {
    let answer: (granted: boolean) => void = () => undefined;
    vi.mocked(requestMeetingAccess).mockReturnValue(
      new Promise<boolean>((resolve) => {
        answer = resolve;
      }),
    );
    render(<Welcome initial={defaultSettings} />);
    await act(async () => {
      fireEvent.click(meetings());
      // Asked at once, inside the click handler, not after some awaited work.
      expect(requestMeetingAccess).toHaveBeenCalledTimes(1);
      await Promise.resolve();
    });
    // While the browser asks, the box shows what is saved: off.
    expect(meetings().checked).toBe(false);
    expect(meetingsSaid()).toBe("Answer your browser's question to turn this on.");
    await act(async () => {
      answer(false);
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(meetingsSaid()).toMatch(/could not get access/);
    });
    expect(meetings().checked).toBe(false);

    // Refused a second time: still off.
    vi.mocked(requestMeetingAccess).mockResolvedValue(false);
    await click(meetings());
    expect(meetings().checked).toBe(false);
    await click(start());
    expect(saves()[0]?.[0].change.callsGuard).not.toBe(true);
    expect(stored.callsGuard).toBe(false);
  });

  it('granted, the box is on and Start saves it; off again gives the access back', async () => {
    vi.mocked(requestMeetingAccess).mockResolvedValue(true);
    render(<Welcome initial={defaultSettings} />);
    await click(meetings());
    await waitFor(() => {
      expect(meetings().checked).toBe(true);
    });
    expect(meetingsSaid()).toBe('');
    expect(send).not.toHaveBeenCalled();
    await click(start());
    expect(stored.callsGuard).toBe(true);

    await click(meetings());
    expect(meetings().checked).toBe(false);
    expect(dropMeetingAccess).toHaveBeenCalledTimes(1);
  });

  it('counts a failed request as a refusal', async () => {
    vi.mocked(requestMeetingAccess).mockRejectedValue(new Error('not from a user gesture'));
    render(<Welcome initial={defaultSettings} />);
    await click(meetings());
    await waitFor(() => {
      expect(meetingsSaid()).toMatch(/could not get access/);
    });
    expect(meetings().checked).toBe(false);
  });

  it('gives every field a visible label', () => {
    render(<Welcome initial={defaultSettings} />);
    for (const el of document.querySelectorAll<HTMLElement>('input, select')) {
      const label = el.id && document.querySelector(`label[for="${el.id}"]`);
      expect(label && label.textContent.trim(), el.outerHTML).toBeTruthy();
    }
  });

  it('is complete in Spanish', async () => {
    const es = locale('es');
    useMessages(es, 'es-ES');
    render(<Welcome initial={defaultSettings} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Te damos la bienvenida a Unsit' }));
    expect(screen.getByRole('button', { name: 'Empezar' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Empezar' }));
    expect(said(/Empezar/)).toBe(
      'Todo listo. Tu primer estiramiento llegará tras 45 minutos de navegación.',
    );
    // A missing message shows as its key (lib/i18n): no text on the page is one.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode.textContent?.trim() ?? '');
    expect(texts.filter((x) => x in es || /^[a-z]+[A-Z]\w*$/.test(x))).toEqual([]);
    expect(texts.join(' ')).not.toMatch(/\b(Start|Working|interval|daily goal|Your plan)\b/);
  });
});
