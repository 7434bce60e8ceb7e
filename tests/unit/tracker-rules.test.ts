/**
 * Named regressions for "never stuck, never lost, never busy for nothing"
 * (DESIGN.md) in the pure tracker: each case was once broken.
 */
import { describe, expect, it } from 'vitest';
import type { Settings } from '@/core/settings';
import { MINUTE } from '@/core/time';
import { DEFER_LIMIT_MS, initialTracker, step, type TrackerEffect as Effect } from '@/core/tracker';
import { driver, effectName, observe, office, T0 } from './tracker-driver';
import { isWorkingTime } from '@/core/working-time';

const count = (effects: Effect[], name: string) =>
  effects.filter((e) => effectName(e) === name).length;
const records = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === 'record' ? [e.kind] : []));

describe('a prompt window lost with the browser', () => {
  it('is over after a restart, and the next prompt comes one interval later', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire(); // due at 09:45: the window opens
    expect(d.state().phase).toBe('prompting');
    // The browser is killed; it starts again at 10:30 with no "window closed" event.
    const restart = T0 + 90 * MINUTE;
    const gone = d.apply({ type: 'prompt-gone', at: restart });
    expect(records(gone.effects)).toEqual([]);
    d.apply(observe(restart, { reason: 'startup' }));
    expect(d.state()).toMatchObject({ phase: 'counting', userPrompt: false });
    expect(d.alarms.at(-1)).toBe(restart + 45 * MINUTE);
    const next = d.fire();
    expect(count(next.effects, 'open-prompt')).toBe(1);
  });
});

describe('an open prompt survives a pause', () => {
  it('keeps the scheduled prompt open through a pause and records its Done', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire();
    const paused = d.apply({ type: 'pause', at: T0 + 46 * MINUTE, until: T0 + 106 * MINUTE });
    expect(count(paused.effects, 'close-prompt')).toBe(0);
    expect(d.state().phase).toBe('prompting');
    const done = d.apply({ type: 'answer', at: T0 + 47 * MINUTE, answer: 'done' });
    expect(records(done.effects)).toEqual(['done']);
  });

  it('pause, Stretch now, Resume, Done: the stretch is recorded once', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'pause', at: T0 + 5 * MINUTE, until: T0 + 65 * MINUTE });
    const opened = d.apply({ type: 'stretch-now', at: T0 + 10 * MINUTE });
    expect(count(opened.effects, 'open-prompt')).toBe(1);
    const resumed = d.apply({ type: 'resume', at: T0 + 11 * MINUTE });
    expect(count(resumed.effects, 'close-prompt')).toBe(0);
    expect(d.state().userPrompt).toBe(true);
    const done = d.apply({ type: 'answer', at: T0 + 12 * MINUTE, answer: 'done' });
    expect(records(done.effects)).toEqual(['done']);
    expect(
      records(d.apply({ type: 'answer', at: T0 + 12 * MINUTE, answer: 'done' }).effects),
    ).toEqual([]);
  });

  it('the pause ending leaves the open prompt as it is', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'pause', at: T0 + 5 * MINUTE, until: T0 + 65 * MINUTE });
    d.apply({ type: 'stretch-now', at: T0 + 60 * MINUTE });
    const ended = d.fire(); // the pause's end
    expect(count(ended.effects, 'close-prompt')).toBe(0);
    expect(d.state()).toMatchObject({ pausedUntil: null, userPrompt: true });
  });
});

describe('nothing wakes the worker off hours', () => {
  it('a snooze that runs past the end of the working day ends there', () => {
    const late = new Date(2026, 10, 18, 17, 10).getTime();
    const d = driver(office, late);
    d.apply(observe(late));
    d.fire(); // 17:55: the prompt
    d.apply({ type: 'answer', at: d.alarms.at(-2)! + 4 * MINUTE + 30_000, answer: 'snooze' }); // until 18:04:30
    const next = d.alarms.at(-1)!;
    expect(isWorkingTime(next, office)).toBe(true);
    expect(new Date(next).getDate()).toBe(19);
    expect(new Date(next).getHours()).toBe(8);
    // The next morning the snooze is over: a new cycle, due 45 minutes after the start.
    const morning = d.fire();
    expect(count(morning.effects, 'open-prompt')).toBe(0);
    expect(d.state()).toMatchObject({ phase: 'counting', snoozes: 0 });
    expect(d.alarms.at(-1)).toBe(next + 45 * MINUTE);
  });

  it('a deferral still running at the end of the day re-checks nothing overnight', () => {
    const late = new Date(2026, 10, 18, 17, 0).getTime();
    const d = driver(office, late);
    d.apply(observe(late));
    d.fire({ busy: true }); // 17:45, a call: deferred
    let wakes = 0;
    while ((d.alarms.at(-1) ?? Infinity) < new Date(2026, 10, 19, 8, 0).getTime()) {
      d.fire({ busy: true });
      wakes += 1;
      expect(wakes).toBeLessThan(20);
    }
    for (const at of d.alarms) if (at !== null) expect(isWorkingTime(at, office)).toBe(true);
  });

  it('a pause until tomorrow wakes nobody at midnight', () => {
    const d = driver();
    d.apply(observe(T0));
    const tomorrow = new Date(2026, 10, 19).getTime();
    const paused = d.apply({ type: 'pause', at: T0 + MINUTE, until: tomorrow });
    expect(new Date(paused.alarmAt!).getHours()).toBe(8);
  });

  it('nothing is set in the past, even when an observation comes long after a snooze ended', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire();
    d.apply({ type: 'answer', at: T0 + 46 * MINUTE, answer: 'snooze' });
    const later = d.apply(observe(T0 + 60 * MINUTE, { busy: true, reason: 'focus' }));
    expect(later.alarmAt).toBeGreaterThan(T0 + 60 * MINUTE);
  });
});

describe('a stretch held back comes back', () => {
  it('after a long call it comes as the window within 2 minutes of the call ending', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire({ busy: true }); // due during a call: deferred
    while (d.state().phase === 'deferred') d.fire({ busy: true });
    expect(d.state()).toMatchObject({ phase: 'prompting', promptVia: 'notification' });
    // The call goes on for twenty minutes more.
    for (let i = 0; i < 10; i++) d.fire({ busy: true });
    expect(count(d.effects, 'open-prompt')).toBe(0);
    const callEnds = d.alarms.at(-1)! - 30_000;
    const after = d.fire();
    expect(after.state.observedAt - callEnds).toBeLessThanOrEqual(2 * MINUTE);
    expect(count(after.effects, 'open-prompt')).toBe(1);
    expect(count(after.effects, 'clear-notification')).toBe(1);
    expect(d.state().promptVia).toBe('window');
    expect(count(d.effects, 'offered')).toBe(1);
  });

  it('an unanswered quiet notification comes again after the snooze length, then ends and is cleared', () => {
    const s: Settings = { ...office, promptStyle: 'notification', snoozeCap: 2 };
    const d = driver(s);
    d.apply(observe(T0));
    d.fire();
    expect(count(d.effects, 'notify')).toBe(1);
    d.fire();
    d.fire();
    expect(count(d.effects, 'notify')).toBe(3);
    const ends = d.fire();
    expect(count(ends.effects, 'clear-notification')).toBe(1);
    expect(d.state()).toMatchObject({ phase: 'counting', snoozes: 0 });
    expect(records(d.effects)).toEqual([]);
    expect(count(d.effects, 'offered')).toBe(1);
    expect(d.alarms.at(-1)).toBe(ends.state.observedAt + 45 * MINUTE);
  });

  it('a deferral falls back to the quiet notification after its limit', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire({ busy: true });
    const since = d.state().deferredSince!;
    while (d.state().phase === 'deferred') d.fire({ busy: true });
    expect(d.state().observedAt - since).toBe(DEFER_LIMIT_MS);
  });
});

describe('a prompt the user opened themselves', () => {
  it('closed without an answer records nothing and leaves the schedule as it was', () => {
    const d = driver();
    d.apply(observe(T0));
    const due = d.alarms.at(-1);
    d.apply({ type: 'stretch-now', at: T0 + 10 * MINUTE });
    const closed = d.apply({ type: 'answer', at: T0 + 11 * MINUTE, answer: 'closed' });
    expect(records(closed.effects)).toEqual([]);
    expect(closed.alarmAt).toBe(due);
    expect(d.state()).toMatchObject({ phase: 'counting', snoozes: 0, userPrompt: false });
  });

  it('Done counts and starts a new cycle; when the stretch falls due meanwhile, the window becomes it', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'stretch-now', at: T0 + 44 * MINUTE });
    const due = d.fire();
    expect(count(due.effects, 'open-prompt')).toBe(1); // focus the same window
    expect(count(due.effects, 'close-prompt')).toBe(0);
    expect(d.state()).toMatchObject({ phase: 'prompting', promptVia: 'window', userPrompt: false });
    const done = d.apply({ type: 'answer', at: T0 + 46 * MINUTE, answer: 'done' });
    expect(done.effects).toContainEqual({
      type: 'record',
      kind: 'done',
      at: T0 + 46 * MINUTE,
      answersOffer: true,
    });
  });
});

describe('offers count once per cycle', () => {
  it('a snoozed prompt shown again is the same offer; Stretch now is not an offer', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'stretch-now', at: T0 + MINUTE });
    d.apply({ type: 'answer', at: T0 + 2 * MINUTE, answer: 'done' });
    expect(count(d.effects, 'offered')).toBe(0);
    d.fire();
    d.apply({ type: 'answer', at: d.state().observedAt, answer: 'snooze' });
    d.fire();
    expect(count(d.effects, 'open-prompt')).toBe(3);
    expect(count(d.effects, 'offered')).toBe(1);
  });
});

describe('the heads-up notification', () => {
  it('is cleared when the prompt opens', () => {
    const d = driver({ ...office, headsUp: true });
    d.apply(observe(T0));
    expect(count(d.fire().effects, 'heads-up')).toBe(1);
    const opens = d.fire();
    expect(count(opens.effects, 'open-prompt')).toBe(1);
    expect(count(opens.effects, 'clear-heads-up')).toBe(1);
  });
});

describe('"snooze the next stretch", then other settings', () => {
  const long: Settings = { ...office, intervalMinutes: 60, snoozeMinutes: 5 };

  it('follows a shorter interval: the stretch still comes a snooze after the new due moment', () => {
    const short: Settings = { ...long, intervalMinutes: 31 };
    let state = initialTracker(T0, long);
    state = step(state, observe(T0), long).state;
    const snoozed = step(state, { type: 'snooze-next', at: T0 + MINUTE }, long);
    expect(snoozed.state.phase).toBe('snoozed');
    expect(snoozed.alarmAt).toBe(T0 + 65 * MINUTE);
    // The interval falls to 31 minutes a minute later: due at 09:31, snoozed to 09:36.
    const changed = step(snoozed.state, observe(T0 + 2 * MINUTE, { reason: 'settings' }), short);
    expect(changed.alarmAt).toBe(T0 + 36 * MINUTE);
    expect(step(changed.state, observe(T0 + 36 * MINUTE), short).state.phase).toBe('prompting');
    // And back to 60 minutes: the snooze moves later again, once.
    const back = step(changed.state, observe(T0 + 3 * MINUTE, { reason: 'settings' }), long);
    expect(back.alarmAt).toBe(T0 + 65 * MINUTE);
  });

  it('keeps the snooze length it was taken with when the length changes later', () => {
    let state = initialTracker(T0, long);
    state = step(state, observe(T0), long).state;
    const snoozed = step(state, { type: 'snooze-next', at: T0 }, long);
    expect(snoozed.alarmAt).toBe(T0 + 65 * MINUTE);
    const longer: Settings = { ...long, snoozeMinutes: 10 };
    const changed = step(snoozed.state, observe(T0, { reason: 'settings' }), longer);
    expect(changed.alarmAt).toBe(T0 + 65 * MINUTE);
  });

  it('taken after hours, follows working hours stretched to now', () => {
    // 18:30 on a Wednesday, after the working day (08:00–18:00).
    const evening = new Date(2026, 10, 18, 18, 30).getTime();
    let state = initialTracker(evening, long);
    state = step(state, observe(evening), long).state;
    const snoozed = step(state, { type: 'snooze-next', at: evening + MINUTE }, long);
    // Nothing counts tonight: the stretch waits for tomorrow's working time.
    expect(snoozed.alarmAt).toBeGreaterThan(new Date(2026, 10, 19, 8, 0).getTime());
    // The working day now runs to 22:00: an interval and a snooze from now.
    const late: Settings = { ...long, workEndMinute: 22 * 60 };
    const changed = step(
      snoozed.state,
      observe(evening + 2 * MINUTE, { reason: 'settings' }),
      late,
    );
    // (The minute at the desk just before the change is working time now, and counts.)
    expect(changed.alarmAt).toBe(evening + MINUTE + 65 * MINUTE);
    const due = step(changed.state, observe(evening + 66 * MINUTE), late);
    expect(due.state.phase).toBe('prompting');
  });
});
