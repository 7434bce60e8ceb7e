import fc from 'fast-check';
import { effectName } from './tracker-driver';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { MINUTE, SECOND, HOUR } from '@/core/time';
import {
  ALARM_SLACK_MS,
  DEFER_LIMIT_MS,
  DEFER_RECHECK_MS,
  IDLE_DETECTION_MS,
  FOCUS_DEBOUNCE_MS,
  initialTracker,
  intervalFor,
  nextBreakAt,
  step,
  type TrackerEffect as Effect,
  type IdleState,
  type TrackerEvent,
  type TrackerState,
} from '@/core/tracker';

// A Wednesday at 09:00 local time: inside the default working hours.
const T0 = new Date(2026, 10, 18, 9, 0, 0).getTime();
// A due stretch opens at once here: natural moments (#27) are tested on their own.
const all: Settings = {
  ...defaultSettings,
  waitForPauseMinutes: 0,
  remindIgnored: false,
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMinute: 0,
  workEndMinute: 1440,
};

function observe(
  at: number,
  idle: IdleState = 'active',
  extra: Partial<Extract<TrackerEvent, { type: 'observe' }>> = {},
): TrackerEvent {
  return { type: 'observe', at, idle, focused: true, busy: false, reason: 'idle', ...extra };
}

/** Runs events from a fresh tracker; returns the final step and every effect. */
function run(events: TrackerEvent[], s: Settings = all, start = T0) {
  let state = initialTracker(start, s);
  const effects: Effect[] = [];
  let last = { state, effects: [] as Effect[], alarmAt: null as number | null };
  for (const e of events) {
    last = step(state, e, s);
    state = last.state;
    effects.push(...last.effects);
  }
  return { state, effects, alarmAt: last.alarmAt };
}

/** Follows the alarms the tracker asks for while presence stays as it is, up to `until`. */
function followAlarms(state: TrackerState, until: number, s: Settings = all, busy = false) {
  const effects: Effect[] = [];
  let alarms = 0;
  let current = step(state, observe(state.observedAt, state.idle, { reason: 'alarm', busy }), s);
  effects.push(...current.effects);
  while (current.alarmAt !== null && current.alarmAt <= until) {
    alarms += 1;
    current = step(
      current.state,
      observe(current.alarmAt, current.state.idle, { reason: 'alarm', busy }),
      s,
    );
    effects.push(...current.effects);
  }
  return { ...current, effects, alarms };
}

const prompts = (effects: Effect[]) => effects.filter((e) => e.type === 'open-prompt').length;

describe('continuous time', () => {
  it('prompts at the interval and not before', () => {
    const present = run([observe(T0)]);
    expect(present.alarmAt).toBe(T0 + 45 * MINUTE);
    const early = step(
      present.state,
      observe(T0 + 44 * MINUTE, 'active', { reason: 'alarm' }),
      all,
    );
    expect(prompts(early.effects)).toBe(0);
    const due = step(early.state, observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm' }), all);
    expect(prompts(due.effects)).toBe(1);
    expect(due.state.phase).toBe('prompting');
    expect(due.alarmAt).toBeNull();
  });

  it.each([
    ['a 10-minute absence resets', 10, 0],
    ['a 3-minute absence does not reset', 3, 20 * MINUTE],
  ])('%s', (_name, awayMinutes, expected) => {
    const leave = T0 + 20 * MINUTE;
    const back = leave + awayMinutes * MINUTE;
    // The idle report comes a minute after the last input, and is back-dated to it.
    const { state } = run([observe(T0), observe(leave + IDLE_DETECTION_MS, 'idle'), observe(back)]);
    expect(state.continuousMs).toBe(expected);
    expect(state.present).toBe(true);
  });

  it('starts a full interval after a locked screen, however short (#27)', () => {
    const leave = T0 + 20 * MINUTE;
    const { state } = run([observe(T0), observe(leave, 'locked'), observe(leave + MINUTE)]);
    expect(state.continuousMs).toBe(0);
    expect(state.cycleStartedAt).toBe(leave + MINUTE);
  });

  it('back-dates an idle report by the detection interval', () => {
    const { state } = run([observe(T0), observe(T0 + 20 * MINUTE, 'idle')]);
    expect(state.continuousMs).toBe(20 * MINUTE - IDLE_DETECTION_MS);
    expect(state.awaySince).toBe(T0 + 20 * MINUTE - IDLE_DETECTION_MS);
  });

  it('natural break length follows the setting', () => {
    const s = { ...all, naturalBreakMinutes: 12 };
    const { state } = run(
      [observe(T0), observe(T0 + 21 * MINUTE, 'idle'), observe(T0 + 30 * MINUTE)],
      s,
    );
    expect(state.continuousMs).toBe(20 * MINUTE);
  });

  it('counts browser focus in browser mode, with a debounce for window switches', () => {
    const blur = (at: number) => observe(at, 'active', { focused: false, reason: 'focus' });
    const focus = (at: number) => observe(at, 'active', { focused: true, reason: 'focus' });
    const flap = run([observe(T0), blur(T0 + 10 * MINUTE), focus(T0 + 10 * MINUTE + SECOND)]);
    expect(flap.state.continuousMs).toBe(10 * MINUTE + SECOND);
    const away = run([observe(T0), blur(T0 + 10 * MINUTE), focus(T0 + 13 * MINUTE)]);
    expect(away.state.continuousMs).toBe(10 * MINUTE);
    const computer = run([observe(T0), blur(T0 + 10 * MINUTE), focus(T0 + 13 * MINUTE)], {
      ...all,
      presenceMode: 'computer',
    });
    expect(computer.state.continuousMs).toBe(13 * MINUTE);
  });

  it('treats a late alarm (sleep, closed browser) as time away', () => {
    const { state } = run([observe(T0), observe(T0 + 3 * HOUR, 'active', { reason: 'alarm' })]);
    expect(state.continuousMs).toBe(0);
    expect(state.cycleStartedAt).toBe(T0 + 3 * HOUR);
  });

  it('credits an alarm that fires within the slack', () => {
    const { state, effects } = run([
      observe(T0),
      observe(T0 + 45 * MINUTE + ALARM_SLACK_MS, 'active', { reason: 'alarm' }),
    ]);
    expect(prompts(effects)).toBe(1);
    expect(state.continuousMs).toBe(45 * MINUTE + ALARM_SLACK_MS);
  });

  it('treats the time before a browser start as unknown', () => {
    const { state } = run([
      observe(T0),
      observe(T0 + 20 * MINUTE, 'active', { reason: 'startup' }),
    ]);
    expect(state.continuousMs).toBe(0);
  });

  it('never creates time when the clock goes backwards', () => {
    const { state } = run([
      observe(T0),
      observe(T0 + 10 * MINUTE),
      observe(T0 - HOUR),
      observe(T0 - HOUR + MINUTE),
    ]);
    expect(state.continuousMs).toBe(10 * MINUTE + MINUTE);
  });

  it('does not count time while the prompt is open', () => {
    const due = run([observe(T0), observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm' })]);
    const later = step(due.state, observe(T0 + 55 * MINUTE), all);
    expect(later.state.continuousMs).toBe(due.state.continuousMs);
  });

  it('draws a varied interval inside the range, the same for the same cycle start', () => {
    const s: Settings = {
      ...all,
      intervalMode: 'varied',
      variedMinMinutes: 32,
      variedMaxMinutes: 41,
    };
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const v = intervalFor(T0 + i * 7 * MINUTE, s);
      expect(v).toBeGreaterThanOrEqual(32 * MINUTE);
      expect(v).toBeLessThanOrEqual(41 * MINUTE);
      expect(intervalFor(T0 + i * 7 * MINUTE, s)).toBe(v);
      seen.add(v);
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('not now', () => {
  it('defers while busy, re-checks, then falls back to a quiet notification', () => {
    const start = run([observe(T0)]);
    const due = step(
      start.state,
      observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm', busy: true }),
      all,
    );
    expect(due.state.phase).toBe('deferred');
    expect(prompts(due.effects)).toBe(0);
    expect(due.alarmAt).toBe(T0 + 45 * MINUTE + DEFER_RECHECK_MS);
    const followed = followAlarms(due.state, T0 + 45 * MINUTE + DEFER_LIMIT_MS, all, true);
    expect(followed.effects.filter((e) => effectName(e) === 'notify')).toHaveLength(1);
    expect(followed.state.phase).toBe('prompting');
    expect(followed.state.promptVia).toBe('notification');
  });

  it('prompts as soon as the call ends', () => {
    const start = run([observe(T0)]);
    const due = step(
      start.state,
      observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm', busy: true }),
      all,
    );
    const free = step(due.state, observe(due.alarmAt!, 'active', { reason: 'alarm' }), all);
    expect(prompts(free.effects)).toBe(1);
  });

  it('stays quiet outside working hours and counts only working time', () => {
    const s: Settings = { ...defaultSettings }; // Mon–Fri 08:00–18:00
    const evening = new Date(2026, 10, 18, 17, 40).getTime();
    const first = run([observe(evening)], s, evening);
    const due = first.alarmAt!;
    // 20 minutes before 18:00, the remaining 25 the next working morning.
    expect(new Date(due).getHours()).toBe(8);
    expect(new Date(due).getMinutes()).toBe(25);
    const sat = new Date(2026, 10, 21, 10, 0).getTime();
    const weekend = run(
      [observe(sat), observe(sat + 50 * MINUTE, 'active', { reason: 'alarm' })],
      s,
      sat,
    );
    expect(prompts(weekend.effects)).toBe(0);
  });

  it('pauses for an hour, then starts a new cycle', () => {
    const paused = run([
      observe(T0),
      { type: 'pause', at: T0 + 10 * MINUTE, until: T0 + 70 * MINUTE },
    ]);
    expect(paused.alarmAt).toBe(T0 + 70 * MINUTE);
    const back = step(paused.state, observe(T0 + 70 * MINUTE, 'active', { reason: 'alarm' }), all);
    expect(back.state.pausedUntil).toBeNull();
    expect(back.state.continuousMs).toBe(0);
    expect(prompts(back.effects)).toBe(0);
  });
});

describe('answers', () => {
  const prompted = () =>
    run([observe(T0), observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm' })]).state;

  it('Done records the stretch and starts a new cycle', () => {
    const r = step(prompted(), { type: 'answer', at: T0 + 46 * MINUTE, answer: 'done' }, all);
    expect(r.effects).toContainEqual({
      type: 'record',
      kind: 'done',
      at: T0 + 46 * MINUTE,
      answersOffer: true,
    });
    expect(r.state.continuousMs).toBe(0);
    expect(r.alarmAt).toBe(T0 + 46 * MINUTE + 45 * MINUTE);
  });

  it('Skip is recorded and resets', () => {
    const r = step(prompted(), { type: 'answer', at: T0 + 46 * MINUTE, answer: 'skip' }, all);
    expect(r.effects).toContainEqual({
      type: 'record',
      kind: 'skipped',
      at: T0 + 46 * MINUTE,
      answersOffer: false,
    });
    expect(r.state.phase).toBe('counting');
  });

  it('Snooze waits its length, up to the cap; closing the window counts as a snooze', () => {
    let state = prompted();
    let at = T0 + 45 * MINUTE;
    for (let i = 0; i < 3; i++) {
      const answer = i === 1 ? 'closed' : 'snooze';
      const r = step(state, { type: 'answer', at, answer }, all);
      expect(r.state.phase).toBe('snoozed');
      expect(r.alarmAt).toBe(at + 5 * MINUTE);
      at += 5 * MINUTE;
      const again = step(r.state, observe(at, 'active', { reason: 'alarm' }), all);
      expect(prompts(again.effects)).toBe(1);
      state = again.state;
    }
    const refused = step(state, { type: 'answer', at, answer: 'snooze' }, all);
    expect(refused.state.phase).toBe('prompting');
    const closed = step(state, { type: 'answer', at, answer: 'closed' }, all);
    expect(closed.effects).toContainEqual({
      type: 'record',
      kind: 'skipped',
      at,
      answersOffer: false,
    });
  });

  it('Stretch now opens a prompt at any time, over the cycle', () => {
    const r = run([observe(T0), { type: 'stretch-now', at: T0 + MINUTE }]);
    expect(prompts(r.effects)).toBe(1);
    expect(r.state).toMatchObject({ userPrompt: true, phase: 'counting' });
  });

  it('shows a heads-up a minute before when enabled', () => {
    const s = { ...all, headsUp: true };
    const r = run([observe(T0)], s);
    expect(r.alarmAt).toBe(T0 + 44 * MINUTE);
    const heads = step(r.state, observe(T0 + 44 * MINUTE, 'active', { reason: 'alarm' }), s);
    expect(heads.effects).toContainEqual({
      type: 'notify',
      kind: 'heads-up',
      dueAt: T0 + 45 * MINUTE,
    });
    expect(heads.alarmAt).toBe(T0 + 45 * MINUTE);
  });

  it('tells the popup when the next break is', () => {
    const r = run([observe(T0), observe(T0 + 5 * MINUTE)]);
    expect(nextBreakAt(r.state, all)).toBe(T0 + 45 * MINUTE);
  });
});

// ---- Properties -------------------------------------------------------------

const idleArb = fc.constantFrom<IdleState>('active', 'active', 'active', 'idle', 'locked');
const eventArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('observe' as const),
      gap: fc.integer({ min: 0, max: 40 * MINUTE }),
      idle: idleArb,
      focused: fc.boolean(),
      busy: fc.boolean(),
      reason: fc.constantFrom('alarm', 'idle', 'focus', 'startup', 'wake'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      gap: fc.integer({ min: 0, max: 5 * MINUTE }),
      answer: fc.constantFrom('done', 'snooze', 'skip', 'closed'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('back' as const),
      gap: fc.integer({ min: 1, max: 2 * HOUR }),
    }),
  },
);
type Gen = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/** Turns generated steps into timed events; "back" moves the clock backwards. */
function timeline(gens: Gen[]) {
  let at = T0;
  const out: { event: TrackerEvent; wall: number }[] = [];
  let wall = 0;
  for (const g of gens) {
    if (g.kind === 'back') {
      at -= g.gap;
      out.push({ event: observe(at, 'active', { reason: 'wake' }), wall });
      continue;
    }
    at += g.gap;
    wall += g.gap;
    out.push({
      event:
        g.kind === 'observe'
          ? {
              type: 'observe',
              at,
              idle: g.idle,
              focused: g.focused,
              busy: g.busy,
              reason: g.reason as 'alarm',
            }
          : { type: 'answer', at, answer: g.answer as 'done' },
      wall,
    });
  }
  return out;
}

const settingsArb = fc.record({
  intervalMinutes: fc.integer({ min: 30, max: 60 }),
  presenceMode: fc.constantFrom<'browser' | 'computer'>('browser', 'computer'),
  intervalMode: fc.constantFrom<'fixed' | 'varied'>('fixed', 'varied'),
  naturalBreakMinutes: fc.integer({ min: 2, max: 15 }),
});

describe('properties', () => {
  it('continuous time is never negative and never exceeds the wall time that passed in the cycle', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), settingsArb, (gens, partial) => {
        const s = { ...all, ...partial };
        let state = initialTracker(T0, s);
        let wallInCycle = 0;
        for (const { event } of timeline(gens)) {
          const before = state;
          state = step(state, event, s).state;
          wallInCycle =
            state.cycleStartedAt !== before.cycleStartedAt
              ? 0
              : wallInCycle + Math.max(0, event.at - before.observedAt);
          expect(state.continuousMs).toBeGreaterThanOrEqual(0);
          expect(state.continuousMs).toBeLessThanOrEqual(wallInCycle);
        }
      }),
    );
  });

  it('time away never counts: a span that starts away adds nothing', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 * HOUR }),
        (gens, gap) => {
          let state = initialTracker(T0, all);
          for (const { event } of timeline(gens)) state = step(state, event, all).state;
          const away = step(state, observe(state.observedAt, 'locked'), all).state;
          const later = step(away, observe(away.observedAt + gap, 'locked'), all).state;
          expect(later.continuousMs).toBe(away.continuousMs);
        },
      ),
    );
  });

  it('at most one prompt per cycle and answer: never a second prompt while one is open', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), (gens) => {
        let state = initialTracker(T0, all);
        for (const { event } of timeline(gens)) {
          const r = step(state, event, all);
          if (state.phase === 'prompting') {
            expect(
              r.effects.filter((e) => e.type === 'open-prompt' || effectName(e) === 'notify'),
            ).toHaveLength(0);
          }
          const opened = r.effects.filter(
            (e) => e.type === 'open-prompt' || effectName(e) === 'notify',
          ).length;
          expect(opened).toBeLessThanOrEqual(1);
          state = r.state;
        }
      }),
    );
  });

  it('a worker restart anywhere (state reloaded from storage) changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (gens, restarts) => {
          const events = timeline(gens).map((x) => x.event);
          let plain = initialTracker(T0, all);
          let restarted = initialTracker(T0, all);
          events.forEach((event, i) => {
            plain = step(plain, event, all).state;
            restarted = step(restarted, event, all).state;
            if (restarts[i]) restarted = JSON.parse(JSON.stringify(restarted)) as TrackerState;
          });
          expect(restarted).toEqual(plain);
        },
      ),
    );
  });

  it('a clock that jumps back never creates time', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 * HOUR }),
        (gens, back) => {
          let state = initialTracker(T0, all);
          for (const { event } of timeline(gens)) state = step(state, event, all).state;
          const jumped = step(state, observe(state.observedAt - back, 'active'), all).state;
          // The absence measured before the jump is kept (#28.6): one shorter than the focus
          // debounce is a window switch, credited as it would be without the jump, and no more.
          expect(jumped.continuousMs).toBeLessThanOrEqual(state.continuousMs + FOCUS_DEBOUNCE_MS);
        },
      ),
    );
  });
});

describe('repeated answers', () => {
  it('ignores a second Done for the same prompt (a retry after the worker stopped)', () => {
    const due = run([observe(T0), observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm' })]);
    const first = step(due.state, { type: 'answer', at: T0 + 46 * MINUTE, answer: 'done' }, all);
    const again = step(
      first.state,
      { type: 'answer', at: T0 + 46 * MINUTE + 500, answer: 'done' },
      all,
    );
    expect(again.effects.filter((e) => e.type === 'record')).toHaveLength(0);
    expect(again.effects).toContainEqual({ type: 'close-prompt' });
    expect(again.state.cycleStartedAt).toBe(first.state.cycleStartedAt);
    expect(again.state.continuousMs).toBe(500);
  });
});

describe('quiet notification prompts', () => {
  it('a natural break starts a new cycle when the notification went unanswered', () => {
    const s = { ...all, promptStyle: 'notification' as const };
    const due = run([observe(T0), observe(T0 + 45 * MINUTE, 'active', { reason: 'alarm' })], s);
    expect(due.state.promptVia).toBe('notification');
    const away = step(due.state, observe(T0 + 46 * MINUTE, 'locked'), s).state;
    const back = step(away, observe(T0 + 60 * MINUTE), s);
    expect(back.state.phase).toBe('counting');
    expect(back.alarmAt).toBe(T0 + 105 * MINUTE);
  });
});
