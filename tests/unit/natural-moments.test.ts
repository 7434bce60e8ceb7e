/**
 * Natural moments (issue #27): a due stretch waits for a pause in the user's
 * work, for at most the setting's minutes; an ignored window is reminded
 * once, then let go; never the moment the user comes back.
 */
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/core/time';
import {
  IDLE_DETECTION_MS,
  PAUSE_DETECTION_MS,
  WAIT_LOOK_MS,
  type TrackerEffect,
} from '@/core/tracker';
import { driver, effectName, natural, observe, T0 } from './tracker-driver';

const opens = (effects: TrackerEffect[]) => effects.filter((e) => e.type === 'open-prompt').length;
const detection = (effects: TrackerEffect[]) =>
  effects.flatMap((e) => (e.type === 'idle-detection' ? [e.seconds] : []));

/** Fires every alarm the tracker asks for up to `at`, as the browser would, with the world as `extra` says. */
function until(d: ReturnType<typeof driver>, at: number, extra = {}) {
  for (let next = d.alarms.at(-1); next != null && next <= at; next = d.alarms.at(-1))
    d.fire(extra);
}

/** Present from T0, and the stretch due at T0 + 45 min: the step at the due alarm. */
function due(s = natural) {
  const d = driver(s);
  d.apply(observe(T0));
  const at = d.fire();
  expect(at.state.continuousMs).toBe(45 * MINUTE);
  return { d, at };
}

describe('a due stretch waits for a natural moment', () => {
  it('waits while input goes on, and asks the idle API for 15-second pauses meanwhile', () => {
    const { at } = due();
    expect(at.state.phase).toBe('waiting');
    expect(opens(at.effects)).toBe(0);
    expect(detection(at.effects)).toEqual([PAUSE_DETECTION_MS / SECOND]);
    // It looks again soon (a switch of tab, the end of sound), never past the wait.
    expect(at.alarmAt).toBe(T0 + 45 * MINUTE + WAIT_LOOK_MS);
  });

  it('opens on a 15-second pause in input, and the idle API goes back to a minute', () => {
    const { d } = due();
    const pause = d.apply(observe(T0 + 46 * MINUTE, { reason: 'idle', paused: true }));
    expect(pause.state.phase).toBe('prompting');
    expect(opens(pause.effects)).toBe(1);
    expect(detection(pause.effects)).toEqual([IDLE_DETECTION_MS / SECOND]);
  });

  it('opens on a switch of window, or of tab since the wait began', () => {
    const window = due();
    const focus = window.d.apply(observe(T0 + 46 * MINUTE, { reason: 'focus' }));
    expect(opens(focus.effects)).toBe(1);

    const tab = driver(natural);
    tab.apply(observe(T0, { tab: 7 }));
    expect(tab.fire({ tab: 7 }).state.phase).toBe('waiting');
    // The same tab at the next look: still waiting; another tab: now.
    expect(tab.fire({ tab: 7 }).state.phase).toBe('waiting');
    const switched = tab.fire({ tab: 8 });
    expect(switched.state.phase).toBe('prompting');
    expect(opens(switched.effects)).toBe(1);
  });

  it('opens at the end of the wait when no pause comes, however the looks fall', () => {
    const { d } = due();
    let last = d.fire();
    while (last.state.phase === 'waiting') last = d.fire();
    expect(last.state.phase).toBe('prompting');
    expect(opens(d.effects)).toBe(1);
    const openedAt = d.alarms.length;
    // At most the bound (3 minutes by default) after it was due.
    expect(d.state().promptedAt).toBe(T0 + 48 * MINUTE);
    expect(openedAt).toBeGreaterThan(2);
  });

  it('opens at once with "at once", or when the user is already in a pause', () => {
    const atOnce = due({ ...natural, waitForPauseMinutes: 0 });
    expect(atOnce.at.state.phase).toBe('prompting');
    const d = driver(natural);
    d.apply(observe(T0));
    const paused = d.fire({ paused: true });
    expect(paused.state.phase).toBe('prompting');
  });

  it('keeps every other rule while it waits: sound holds it, its end is a natural moment', () => {
    const { d } = due();
    const video = d.apply(observe(T0 + 46 * MINUTE, { busy: true, reason: 'alarm' }));
    expect(video.state.phase).toBe('deferred');
    expect(detection(video.effects)).toEqual([IDLE_DETECTION_MS / SECOND]);
    const quiet = d.apply(observe(T0 + 50 * MINUTE, { busy: false, reason: 'alarm' }));
    expect(quiet.state.phase).toBe('prompting');
  });

  it('after a call it waits for a natural moment like any other', () => {
    const d = driver(natural);
    d.apply(observe(T0, { meeting: true }));
    const held = d.fire({ meeting: true });
    expect(held.state.phase).toBe('deferred');
    expect(held.state.callHeld).toBe(true);
    until(d, T0 + 50 * MINUTE, { meeting: true });
    const ended = d.apply(observe(T0 + 50 * MINUTE, { meeting: false, reason: 'tab' }));
    // The grace minute after the call, then the wait.
    let next = ended;
    while (next.state.phase === 'deferred') next = d.fire();
    expect(next.state.phase).toBe('waiting');
    const pause = d.apply(observe(d.alarms.at(-1)! - SECOND, { paused: true, reason: 'idle' }));
    expect(pause.state.phase).toBe('prompting');
  });

  it('ends with the working period, like any held stretch', () => {
    const s = { ...natural, workEndMinute: 9 * 60 + 46 };
    const d = driver(s);
    d.apply(observe(T0));
    expect(d.fire().state.phase).toBe('waiting');
    const after = d.apply(observe(T0 + 47 * MINUTE));
    expect(after.state.phase).toBe('counting');
    expect(opens(d.effects)).toBe(0);
  });

  it('a "Snooze the next stretch" while it waits snoozes it', () => {
    const { d } = due();
    const snoozed = d.apply({ type: 'snooze-next', at: T0 + 46 * MINUTE });
    expect(snoozed.state.phase).toBe('snoozed');
    expect(snoozed.state.snoozeUntil).toBe(T0 + 46 * MINUTE + natural.snoozeMinutes * MINUTE);
    expect(detection(snoozed.effects)).toEqual([IDLE_DETECTION_MS / SECOND]);
  });
});

describe('the 15-second pause is not an absence', () => {
  it('counts the time of a short pause, as with the minute-long detection', () => {
    const { d } = due();
    const pause = d.apply(observe(T0 + 46 * MINUTE, { reason: 'idle', paused: true }));
    expect(pause.state.present).toBe(true);
    expect(pause.state.awaySince).toBeNull();
    // Presence is still read at a minute: the user gone for good is back-dated a minute.
    const gone = d.apply(observe(T0 + 47 * MINUTE, { idle: 'idle', reason: 'idle' }));
    expect(gone.state.present).toBe(false);
    expect(gone.state.awaySince).toBe(T0 + 47 * MINUTE - IDLE_DETECTION_MS);
  });
});

describe('an ignored window: one reminder, then let go', () => {
  it('reminds once after the snooze length, then ends the cycle unanswered', () => {
    const d = driver(natural);
    d.apply(observe(T0));
    d.fire({ paused: true });
    expect(d.state().phase).toBe('prompting');
    const snooze = natural.snoozeMinutes * MINUTE;
    expect(d.alarms.at(-1)).toBe(T0 + 45 * MINUTE + snooze);
    const reminder = d.fire();
    expect(reminder.effects.map(effectName)).toEqual(['notify']);
    expect(d.state().reminded).toBe(true);
    expect(d.alarms.at(-1)).toBe(T0 + 45 * MINUTE + 2 * snooze);
    const over = d.fire();
    expect(over.state.phase).toBe('counting');
    expect(over.effects.map(effectName).sort()).toEqual(['clear-notification', 'close-prompt']);
    // Nothing recorded: nobody answered.
    expect(over.effects.filter((e) => e.type === 'record')).toEqual([]);
  });

  it('leaves the window alone when the setting is off', () => {
    const d = driver({ ...natural, remindIgnored: false });
    d.apply(observe(T0));
    d.fire({ paused: true });
    expect(d.alarms.at(-1)).toBeNull();
  });

  it('counts the reminder from the return when the user was away', () => {
    const d = driver(natural);
    d.apply(observe(T0));
    d.fire({ paused: true });
    d.apply(observe(T0 + 46 * MINUTE + IDLE_DETECTION_MS, { idle: 'idle', reason: 'idle' }));
    const back = d.apply(observe(T0 + 80 * MINUTE, { reason: 'idle' }));
    expect(back.state.phase).toBe('prompting');
    expect(back.alarmAt).toBe(T0 + 80 * MINUTE + natural.snoozeMinutes * MINUTE);
  });
});

describe('never the moment the user comes back', () => {
  it.each([
    [
      'a locked screen, however short',
      { idle: 'locked' as const, reason: 'idle' as const },
      MINUTE,
    ],
    ['a natural break', { idle: 'idle' as const, reason: 'idle' as const }, 10 * MINUTE],
  ])('after %s the next stretch is a full interval of presence away', (_what, leave, awayMs) => {
    const d = driver(natural);
    d.apply(observe(T0));
    d.fire();
    expect(d.state().phase).toBe('waiting');
    const left = T0 + 46 * MINUTE;
    d.apply(observe(left, leave));
    const back = d.apply(observe(left + awayMs, { reason: 'idle' }));
    expect(back.state.phase).toBe('counting');
    expect(back.state.continuousMs).toBe(0);
    expect(back.alarmAt).toBe(left + awayMs + 45 * MINUTE);
  });

  it('a stretch due during a sleep does not fire on waking', () => {
    const d = driver(natural);
    d.apply(observe(T0));
    // The machine sleeps at T0 + 40 min; the due alarm fires on waking, an hour late.
    const woke = d.apply(observe(T0 + 105 * MINUTE, { reason: 'wake' }));
    // The user is at the desk again at once: a new cycle, nothing opens.
    expect(woke.state.phase).toBe('counting');
    expect(woke.state.continuousMs).toBe(0);
    expect(woke.alarmAt).toBe(T0 + 150 * MINUTE);
    expect(opens(d.effects)).toBe(0);
  });

  it('a short absence while it waits starts the wait again from the return', () => {
    const { d } = due();
    until(d, T0 + 47 * MINUTE);
    d.apply(observe(T0 + 47 * MINUTE + IDLE_DETECTION_MS, { idle: 'idle', reason: 'idle' }));
    const back = d.apply(observe(T0 + 49 * MINUTE, { reason: 'idle' }));
    expect(back.state.phase).toBe('waiting');
    expect(back.state.waitingSince).toBe(T0 + 49 * MINUTE);
    expect(opens(back.effects)).toBe(0);
  });
});
