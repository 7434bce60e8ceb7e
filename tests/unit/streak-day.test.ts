/**
 * The streak over a day (#24, DESIGN.md "Streaks and history"): today adds
 * to the streak once the goal's stretches are done; the fewer-offered rule
 * and rest days are settled when the day is over; before that today neither
 * adds nor takes away. The best streak is a maximum.
 *
 * Driven through the real pipeline in memory (pipeline-driver.ts): what the
 * popup shows is read from the stored summary as the popup reads it, what
 * the badge shows from the badge effect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from '@/core/days';
import type { Input } from '@/core/inputs';
import { readableSummary, summaryView } from '@/core/summary';
import { MINUTE } from '@/core/time';
import { memoryBackground } from './pipeline-driver';

const T0 = new Date(2026, 10, 16, 9, 0).getTime(); // a Monday, in working hours

type Bg = ReturnType<typeof memoryBackground>;

function started(seed = 1): Bg {
  const bg = memoryBackground(T0, seed);
  bg.run({ type: 'startup' });
  return bg;
}

/** The streak and best streak as the popup shows them now. */
function shown(bg: Bg): { current: number; best: number } {
  const summary = readableSummary(bg.store.get('summary'));
  if (!summary) return { current: 0, best: 0 };
  const view = summaryView(summary, dayKey(bg.world.at), { todayGoal: 3 });
  return { current: view.current, best: view.best };
}

/** Moves the clock to the next alarm and runs it: the next stretch is offered. */
function offer(bg: Bg): void {
  if (bg.world.alarm === null) throw new Error('no alarm set');
  bg.world.at = Math.max(bg.world.at, bg.world.alarm);
  bg.run({ type: 'alarm' });
}

describe('today neither adds nor takes away until the goal is done (#24, item 1)', () => {
  it('day 1, goal 3: the first Done and the next offer leave the streak and badge alone; the third Done adds the day', () => {
    const bg = started();
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      offer(bg);
      expect(bg.world.windows.size).toBe(1);
      seen.push(shown(bg).current, bg.world.badge);
      bg.world.at += MINUTE;
      bg.run({ type: 'answer', answer: 'done' });
      seen.push(shown(bg).current, bg.world.badge);
    }
    // Never 1 and then 0: nothing until the goal, then 1.
    expect(seen).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(shown(bg)).toEqual({ current: 1, best: 1 });
  });

  it('a short day counts once it is over: two offers, both Done, and the day after shows 1', () => {
    const bg = started();
    for (let i = 0; i < 2; i++) {
      offer(bg);
      bg.world.at += MINUTE;
      bg.run({ type: 'answer', answer: 'done' });
    }
    expect(shown(bg).current).toBe(0);
    // The evening: away, then the next morning.
    bg.world.observation.idle = 'locked';
    bg.run({ type: 'idle' });
    bg.world.at = new Date(2026, 10, 17, 8, 30).getTime();
    bg.world.observation.idle = 'active';
    bg.run({ type: 'idle' });
    expect(shown(bg)).toEqual({ current: 1, best: 1 });
  });

  it('Undo of the Done that met the goal takes today back out of the streak but not out of the best', () => {
    const bg = started();
    for (let i = 0; i < 3; i++) {
      offer(bg);
      bg.world.at += MINUTE;
      bg.run({ type: 'answer', answer: 'done' });
    }
    expect(shown(bg)).toEqual({ current: 1, best: 1 });
    bg.world.at += MINUTE;
    expect(bg.run({ type: 'undo' })).toEqual({ ok: true, undone: 'done' });
    expect(shown(bg)).toEqual({ current: 0, best: 1 });
  });
});

/** What a person and the browser do in a day: offers come by the clock, answers by the user. */
const aMoment = fc.record({
  input: fc.oneof(
    { arbitrary: fc.constant<Input | 'offer'>('offer'), weight: 4 },
    {
      arbitrary: fc.constantFrom<Input>(
        { type: 'answer', answer: 'done' },
        { type: 'answer', answer: 'done' },
        { type: 'answer', answer: 'skip' },
        { type: 'answer', answer: 'snooze' },
      ),
      weight: 5,
    },
    { arbitrary: fc.constant<Input>({ type: 'stretch-now' }), weight: 1 },
    { arbitrary: fc.constant<Input>({ type: 'idle' }), weight: 1 },
    { arbitrary: fc.constant<Input>({ type: 'startup' }), weight: 1 },
    { arbitrary: fc.constant<Input>({ type: 'undo' }), weight: 1 },
  ),
  minutes: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 6 },
    { arbitrary: fc.integer({ min: 0, max: 900 }), weight: 1 },
  ),
  idle: fc.constantFrom<'active' | 'idle' | 'locked'>(
    'active',
    'active',
    'active',
    'active',
    'locked',
  ),
  closeWindow: fc.boolean(),
});

describe('the streak over random days of offers and answers (#24)', () => {
  it('never shows a lower streak later in the same day, and the best streak never decreases (even through Undo)', () => {
    fc.assert(
      fc.property(
        fc.array(aMoment, { minLength: 1, maxLength: 80 }),
        fc.integer(),
        (moments, seed) => {
          const bg = started(seed);
          let before = { day: dayKey(bg.world.at), ...shown(bg), badge: bg.world.badge };
          for (const m of moments) {
            if (m.input === 'offer') {
              // The user is there when the alarm comes: the stretch is offered.
              bg.world.observation.idle = 'active';
              if (bg.world.alarm !== null) offer(bg);
            } else {
              bg.world.at += m.minutes * MINUTE;
              bg.world.observation.idle = m.idle;
              bg.run(m.input);
            }
            if (m.closeWindow && bg.world.windows.size > 0) {
              const [windowId] = bg.world.windows;
              bg.world.windows.delete(windowId!);
              bg.run({ type: 'window-closed', windowId: windowId! });
            }
            const now = { day: dayKey(bg.world.at), ...shown(bg), badge: bg.world.badge };
            // Undo takes an answer back on purpose; the best streak stays even then.
            const undone = m.input !== 'offer' && m.input.type === 'undo';
            if (now.day === before.day && !undone) {
              expect(now.current).toBeGreaterThanOrEqual(before.current);
              expect(now.badge).toBeGreaterThanOrEqual(before.badge);
            }
            expect(now.best).toBeGreaterThanOrEqual(before.best);
            expect(now.best).toBeGreaterThanOrEqual(now.current);
            before = now;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a holiday (#24)', () => {
  it('pauses until the day picked: nothing is offered meanwhile, and those days keep the streak as rest days', () => {
    const bg = started();
    for (let i = 0; i < 3; i++) {
      offer(bg);
      bg.world.at += MINUTE;
      bg.run({ type: 'answer', answer: 'done' });
    }
    bg.run({ type: 'holiday', until: '2026-11-23' });
    const tracker = bg.store.get('tracker') as { pausedUntil: number | null };
    expect(tracker.pausedUntil).toBe(new Date(2026, 10, 23).getTime());
    // Working days of the holiday, present all day: no prompt.
    for (let day = 17; day <= 20; day++) {
      for (let hour = 9; hour <= 17; hour++) {
        bg.world.at = new Date(2026, 10, day, hour).getTime();
        bg.run({ type: 'focus' });
        expect(bg.world.windows.size).toBe(0);
      }
    }
    bg.world.at = new Date(2026, 10, 23, 9).getTime();
    bg.run({ type: 'focus' });
    expect(shown(bg)).toEqual({ current: 1, best: 1 });
    expect((bg.store.get('tracker') as { pausedUntil: number | null }).pausedUntil).toBeNull();
  });

  it('refuses a day in the past or more than 30 days ahead, and pauses nothing', () => {
    for (const until of ['2026-11-16', '2026-12-17', 'soon']) {
      const bg = started();
      bg.run({ type: 'holiday', until });
      expect((bg.store.get('tracker') as { pausedUntil: number | null }).pausedUntil).toBeNull();
    }
    const bg = started();
    bg.run({ type: 'holiday', until: '2026-12-16' }); // 30 days ahead
    expect((bg.store.get('tracker') as { pausedUntil: number | null }).pausedUntil).not.toBeNull();
  });
});

describe('the browser closing with a prompt open (#24, item 6)', () => {
  function withPrompt() {
    const bg = started();
    offer(bg);
    expect(bg.world.windows.size).toBe(1);
    return bg;
  }
  const recorded = (bg: Bg) =>
    [...bg.store].flatMap(([k, v]) =>
      k.startsWith('day:') ? (v as { events: { kind: string }[] }).events.map((e) => e.kind) : [],
    );
  const close = (bg: Bg) => {
    const [windowId] = bg.world.windows;
    bg.world.windows.delete(windowId!);
    bg.run({ type: 'window-closed', windowId: windowId! });
  };

  it('records nothing when the prompt closes with the last browser window', () => {
    const bg = withPrompt();
    bg.world.browserWindows = 0;
    close(bg);
    expect(recorded(bg)).toEqual([]);
    expect((bg.store.get('tracker') as { phase: string }).phase).not.toBe('prompting');
  });

  it('still counts the user closing the prompt window as a snooze', () => {
    const bg = withPrompt();
    close(bg);
    expect(recorded(bg)).toEqual(['snoozed']);
  });
});
