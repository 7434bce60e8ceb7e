// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, act } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './locale';
import { dayKey } from '@/core/days';
import type { Days } from '@/core/history';
import { defaultSettings, type Settings } from '@/core/settings';
import { initialTracker, type TrackerState } from '@/core/tracker';
import type * as Messages from '@/lib/messages';
import { send } from '@/lib/messages';
import { Popup } from '@/entrypoints/popup/Popup';

vi.mock('@/lib/messages', async (original) => ({
  ...(await original<typeof Messages>()),
  send: vi.fn(() => Promise.resolve({ delivered: true, reply: null })),
}));

const MINUTE = 60_000;
// A Wednesday, 10:00 local time.
const T0 = new Date(2026, 2, 11, 10, 0, 0).getTime();
const settings: Settings = { ...defaultSettings, workDays: [0, 1, 2, 3, 4, 5, 6], dailyGoal: 3 };

function presentTracker(at: number, continuousMs: number): TrackerState {
  return {
    ...initialTracker(at - continuousMs, settings),
    observedAt: at,
    idle: 'active',
    focused: true,
    present: true,
    awaySince: null,
    continuousMs,
  };
}

function day(done: number) {
  return {
    done,
    skipped: 0,
    snoozed: 0,
    answeredOffers: done,
    offered: 3,
    browsed: true,
    goal: 3,
    workday: true,
    spells: 0,
    longestSpell: 0,
    longSpells: 0,
  };
}

/** `n` consecutive days meeting the goal, ending yesterday, and `today` done today. */
function history(n: number, today: number): Days {
  const days: Days = {};
  for (let i = 1; i <= n; i += 1) {
    days[dayKey(new Date(2026, 2, 11 - i))] = day(3);
  }
  days[dayKey(T0)] = day(today);
  return days;
}

/** Lets the first frame pass, so the heatmap and the last stretches load. */
async function historyLoaded() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(50);
    await import('@/entrypoints/popup/PopupHistory');
    await vi.advanceTimersByTimeAsync(50);
  });
}

describe('Popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
    vi.useFakeTimers({ now: T0 });
    vi.mocked(send).mockClear();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the streak, today and the time to the next stretch from its props', async () => {
    render(
      <Popup
        days={history(4, 2)}
        tracker={presentTracker(T0, 20 * MINUTE)}
        settings={settings}
        recent={[{ at: T0 - 5 * MINUTE, stretchId: 'march-in-place' }]}
      />,
    );
    expect(screen.getByText('4')).toBeTruthy();
    expect(screen.getByText('day streak')).toBeTruthy();
    expect(screen.getByText('2 of 3 today')).toBeTruthy();
    expect(screen.getByRole('img', { name: '2 of 3 today' })).toBeTruthy();
    expect(screen.getByText('Next stretch in 25:00')).toBeTruthy();
    // The last stretches arrive after the first frame.
    expect(screen.queryByText('Marching in place')).toBeNull();
    await historyLoaded();
    expect(screen.getByText('Marching in place')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stretch now' })).toBeTruthy();
  });

  it('says "1 day streak" in the singular', async () => {
    render(<Popup days={history(0, 3)} tracker={undefined} settings={settings} recent={[]} />);
    expect(screen.getByText('1')).toBeTruthy();
    expect(screen.getByText('day streak')).toBeTruthy();
    expect(screen.getByText('3 of 3 today')).toBeTruthy();
    expect(screen.getByText('Getting ready…')).toBeTruthy();
    await historyLoaded();
    expect(screen.getByText(/No stretches yet/)).toBeTruthy();
  });

  it('counts down every second, computed in the page', async () => {
    render(
      <Popup days={{}} tracker={presentTracker(T0, 44 * MINUTE)} settings={settings} recent={[]} />,
    );
    expect(screen.getByText('Next stretch in 1:00')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByText('Next stretch in 0:59')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(screen.getByText('Next stretch in 0:29')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('says when it is paused and offers Resume', () => {
    const tracker = { ...presentTracker(T0, 0), pausedUntil: T0 + 60 * MINUTE };
    render(<Popup days={{}} tracker={tracker} settings={settings} recent={[]} />);
    expect(screen.getByText(/^Paused until 11:00/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Pause/ })).toBeNull();
  });

  it('labels every heatmap day and marks today', async () => {
    render(<Popup days={history(2, 1)} tracker={undefined} settings={settings} recent={[]} />);
    await historyLoaded();
    const cells = screen.getAllByRole('gridcell');
    expect(cells.length).toBeGreaterThanOrEqual(26 * 7 - 6);
    expect(
      cells.every((c) => /: \d of \d stretches/.test(c.getAttribute('aria-label') ?? '')),
    ).toBe(true);
    const today = cells.filter((c) => c.getAttribute('aria-current') === 'date');
    expect(today).toHaveLength(1);
    expect(today[0]?.getAttribute('aria-label')).toMatch(/Wed, Mar 11: 1 of 3 stretches$/);
    expect(
      cells.some((c) =>
        /Tue, Mar 10: 3 of 3 stretches, goal met/.test(c.getAttribute('aria-label') ?? ''),
      ),
    ).toBe(true);
  });

  it('gives the heatmap weekday and month labels and a legend (#24, item 9)', async () => {
    render(<Popup days={history(2, 1)} tracker={undefined} settings={settings} recent={[]} />);
    await historyLoaded();
    const rows = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    const months = screen
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
      .filter(Boolean);
    expect(months).toContain('Mar');
    expect(months.length).toBeGreaterThanOrEqual(5);
    expect(screen.getByText('None')).toBeTruthy();
  });

  it('does not call today a rest day before anything was offered (#24, item 9)', async () => {
    render(<Popup days={{}} tracker={undefined} settings={settings} recent={[]} />);
    await historyLoaded();
    const today = screen.getAllByRole('gridcell').find((c) => c.getAttribute('aria-current'));
    expect(today?.getAttribute('aria-label')).toMatch(/: 0 of 3 stretches$/);
    expect(today?.getAttribute('aria-label')).not.toMatch(/rest day/);
  });

  it('reaches the heatmap with one Tab stop and moves by day and week with the arrow keys (#24, item 9)', async () => {
    render(<Popup days={history(2, 1)} tracker={undefined} settings={settings} recent={[]} />);
    await historyLoaded();
    const cells = screen.getAllByRole('gridcell');
    const stops = cells.filter((c) => c.tabIndex === 0);
    expect(stops).toHaveLength(1);
    expect(stops[0]?.getAttribute('aria-current')).toBe('date');
    stops[0]!.focus();
    fireEvent.keyDown(stops[0]!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Tue, Mar 10:/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Tue, Mar 3:/);
    expect(cells.filter((c) => c.tabIndex === 0)).toEqual([document.activeElement]);
  });

  describe('the pause menu', () => {
    function open() {
      render(<Popup days={{}} tracker={presentTracker(T0, 0)} settings={settings} recent={[]} />);
      const toggle = screen.getByRole('button', { name: /^Pause/ });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      fireEvent.click(toggle);
      return toggle;
    }

    it('opens with its first choice focused and closes on Escape, back on its button', () => {
      const toggle = open();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const hour = screen.getByRole('button', { name: 'Pause for 1 hour' });
      expect(document.activeElement).toBe(hour);
      expect(screen.getByRole('button', { name: 'Pause until tomorrow' })).toBeTruthy();
      fireEvent.keyDown(document, { key: 'Escape' });
      expect(screen.queryByRole('button', { name: 'Pause for 1 hour' })).toBeNull();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(toggle);
    });

    it('closes on a click outside', () => {
      open();
      fireEvent.pointerDown(screen.getByText('Next stretch in 45:00'));
      expect(screen.queryByRole('button', { name: 'Pause for 1 hour' })).toBeNull();
    });

    it('sends the chosen pause', async () => {
      const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
      open();
      fireEvent.click(screen.getByRole('button', { name: 'Pause until tomorrow' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(send).toHaveBeenCalledWith({ type: 'pause', length: 'tomorrow' });
      expect(close).toHaveBeenCalled();
    });
  });

  describe('the menus and the keyboard (#24, item 10)', () => {
    it('moves between the choices with the arrow keys, Home and End, wrapping round', () => {
      render(<Popup days={{}} tracker={presentTracker(T0, 0)} settings={settings} recent={[]} />);
      fireEvent.click(screen.getByRole('button', { name: /^Pause/ }));
      const focused = () => document.activeElement?.textContent;
      expect(focused()).toBe('Pause for 1 hour');
      fireEvent.keyDown(document, { key: 'ArrowDown' });
      expect(focused()).toBe('Pause until tomorrow');
      fireEvent.keyDown(document, { key: 'End' });
      expect(focused()).toBe('Holiday…');
      fireEvent.keyDown(document, { key: 'ArrowDown' });
      expect(focused()).toBe('Pause for 1 hour');
      fireEvent.keyDown(document, { key: 'ArrowUp' });
      expect(focused()).toBe('Holiday…');
      fireEvent.keyDown(document, { key: 'Escape' });
      fireEvent.click(screen.getByRole('button', { name: /^Quiet for a call/ }));
      fireEvent.keyDown(document, { key: 'ArrowDown' });
      expect(focused()).toBe('For 1 hour');
    });
  });

  describe('a holiday (#24)', () => {
    it('asks for the day the user is back and sends it; a day out of range is refused with a message', async () => {
      const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
      render(<Popup days={{}} tracker={presentTracker(T0, 0)} settings={settings} recent={[]} />);
      fireEvent.click(screen.getByRole('button', { name: /^Pause/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Holiday…' }));
      const field = screen.getByLabelText<HTMLInputElement>('Back on');
      expect(document.activeElement).toBe(field);
      expect([field.min, field.max]).toEqual(['2026-03-12', '2026-04-10']);
      fireEvent.input(field, { target: { value: '2026-05-01' } });
      fireEvent.click(screen.getByRole('button', { name: 'Start holiday' }));
      expect(screen.getByRole('alert').textContent).toBe(
        'Pick a day from tomorrow to 30 days ahead.',
      );
      expect(send).not.toHaveBeenCalled();
      fireEvent.input(field, { target: { value: '2026-03-20' } });
      fireEvent.click(screen.getByRole('button', { name: 'Start holiday' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(send).toHaveBeenCalledWith({ type: 'holiday', until: '2026-03-20' });
      expect(close).toHaveBeenCalled();
    });

    it('says until when, and that those days are rest days', () => {
      const tracker = { ...presentTracker(T0, 0), pausedUntil: new Date(2026, 2, 20).getTime() };
      render(<Popup days={{}} tracker={tracker} settings={settings} recent={[]} />);
      expect(
        screen.getByText(
          'On holiday until Friday, March 20. Those days are rest days for your streak.',
        ),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    });

    it('a pause until tomorrow says tomorrow, not 12:00 AM (#24, item 9)', () => {
      const tracker = { ...presentTracker(T0, 0), pausedUntil: new Date(2026, 2, 12).getTime() };
      render(<Popup days={{}} tracker={tracker} settings={settings} recent={[]} />);
      expect(screen.getByText('Paused until tomorrow.')).toBeTruthy();
    });
  });

  describe('quiet for a call', () => {
    it('sends the chosen length from its own menu beside Pause', async () => {
      const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
      render(<Popup days={{}} tracker={presentTracker(T0, 0)} settings={settings} recent={[]} />);
      fireEvent.click(screen.getByRole('button', { name: /^Quiet for a call/ }));
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'For 30 minutes' }));
      fireEvent.click(screen.getByRole('button', { name: 'For 90 minutes' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(send).toHaveBeenCalledWith({ type: 'quiet', minutes: 90 });
      expect(close).toHaveBeenCalled();
    });

    it('says until when, keeps counting, and offers to end it (Pause stays)', async () => {
      const tracker = { ...presentTracker(T0, 0), quietUntil: T0 + 30 * MINUTE };
      render(<Popup days={{}} tracker={tracker} settings={settings} recent={[]} />);
      expect(screen.getByText(/^Quiet for your call until 10:30/)).toBeTruthy();
      expect(screen.getByRole('button', { name: /^Pause/ })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'End quiet' }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(send).toHaveBeenCalledWith({ type: 'resume' });
    });

    it('says the stretch waits for the call while one holds it', () => {
      const tracker = { ...presentTracker(T0, 46 * MINUTE), phase: 'deferred' as const };
      render(
        <Popup
          days={{}}
          tracker={{ ...tracker, callHeld: true, meetingOpen: true }}
          settings={settings}
          recent={[]}
        />,
      );
      expect(screen.getByText('Your call is on: the stretch comes when it ends.')).toBeTruthy();
    });
  });

  it('asks the background for a stretch now', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup days={{}} tracker={undefined} settings={settings} recent={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Stretch now' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(send).toHaveBeenCalledWith({ type: 'stretch-now' });
    expect(close).toHaveBeenCalled();
  });

  it('says when the background never got the request, stays open, and tries again', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    vi.mocked(send).mockResolvedValueOnce({ delivered: false, error: 'message port closed' });
    render(<Popup days={{}} tracker={undefined} settings={settings} recent={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Stretch now' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert').textContent).toContain('That did not reach Unsit');
    expect(close).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'stretch-now' });
    expect(close).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
