/**
 * Named regressions of Reliability v3 (#28) in the pure tracker: time
 * without evidence of presence is never sitting, a snooze during a call
 * starts its own hold, a clock set back lengthens nothing the user set by
 * duration, and inside a call idle is not absence.
 */
import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/core/time';
import { CALL_HOLD_LIMIT_MS, type TrackerEffect as Effect } from '@/core/tracker';
import { driver, effectName, observe, office } from './tracker-driver';

const spells = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'spell' ? [e.minutes] : []));
const shown = (effects: readonly Effect[]) =>
  effects.filter((e) => e.type === 'open-prompt' || effectName(e) === 'notify').length;

describe('the hours the browser was closed are no sitting spell (#28.1)', () => {
  it('a prompt open when the browser quit on Friday ends its spell at the quit, not at Tuesday', () => {
    // Friday 16:00, present; the stretch is due at 16:45 and its window opens.
    const friday = new Date(2026, 10, 20, 16, 0).getTime();
    const d = driver(office, friday);
    d.apply(observe(friday));
    d.fire();
    expect(d.state()).toMatchObject({ phase: 'prompting', promptVia: 'window' });
    // The browser quits with the window open and starts again on Tuesday 09:05.
    const tuesday = new Date(2026, 10, 24, 9, 5).getTime();
    const start = d.apply(observe(tuesday, { reason: 'startup', promptGone: true }));
    const all = [...spells(start.effects), ...spells(d.effects)];
    expect(all.every((m) => m <= 45)).toBe(true);
    expect(d.state()).toMatchObject({ phase: 'counting', spellMs: 0 });
  });

  it('a prompt-gone event on its own credits nothing of the gap', () => {
    const friday = new Date(2026, 10, 20, 16, 0).getTime();
    const d = driver(office, friday);
    d.apply(observe(friday));
    d.fire();
    const monday = new Date(2026, 10, 23, 9, 0).getTime();
    d.apply({ type: 'prompt-gone', at: monday });
    expect(d.state().spellMs).toBeLessThanOrEqual(45 * MINUTE);
  });
});

describe('a snooze pressed while a call holds the stretch starts its own hold (#28.5)', () => {
  it('the snooze ending in the same call holds the stretch again instead of notifying at once', () => {
    const d = driver();
    d.apply(observe(new Date(2026, 10, 18, 9, 0).getTime()));
    d.fire({ meeting: true }); // due at 09:45 in a call
    expect(d.state()).toMatchObject({ phase: 'deferred', callHeld: true });
    // Held for 1 h 55 min by the call.
    while (
      (d.alarms.at(-1) ?? Infinity) <
      d.state().deferredSince! + CALL_HOLD_LIMIT_MS - 5 * MINUTE
    )
      d.fire({ meeting: true });
    const snoozeAt = d.state().observedAt + 30_000;
    d.apply({ type: 'snooze-next', at: snoozeAt });
    expect(d.state().phase).toBe('snoozed');
    // The snooze ends while the call goes on: held again, and for the next half hour of
    // the call nothing is shown (the old hold's start would notify within a minute).
    const snoozeEnd = d.alarms.at(-1) ?? 0;
    while ((d.alarms.at(-1) ?? Infinity) < snoozeEnd + 30 * MINUTE) {
      expect(shown(d.fire({ meeting: true }).effects)).toBe(0);
      expect(d.state().phase).toBe('deferred');
    }
  });
});

describe('a clock set back lengthens nothing set by duration (#28.6)', () => {
  it('a pause of an hour, then the clock set back 3 hours, ends an hour after the last look', () => {
    const t0 = new Date(2026, 10, 18, 12, 0).getTime();
    const d = driver(office, t0);
    d.apply(observe(t0));
    d.apply({ type: 'pause', at: t0 + MINUTE, until: t0 + 61 * MINUTE });
    // Ten minutes into the pause the clock is set back three hours.
    const back = t0 + 11 * MINUTE - 180 * MINUTE;
    const r = d.apply(observe(back, { reason: 'focus' }));
    // What was left of it at the last look (the whole hour: the pause began there) is what
    // is left now; the time between that look and the jump is unknown, never added twice.
    expect(d.state().pausedUntil).toBe(back + 60 * MINUTE);
    expect(r.alarmAt).toBe(back + 60 * MINUTE);
  });

  it('quiet for a call keeps its remaining length across the jump', () => {
    const t0 = new Date(2026, 10, 18, 12, 0).getTime();
    const d = driver(office, t0);
    d.apply(observe(t0));
    d.apply({ type: 'quiet', at: t0 + MINUTE, until: t0 + 31 * MINUTE });
    const back = t0 + 11 * MINUTE - 120 * MINUTE;
    d.apply(observe(back, { reason: 'focus' }));
    expect(d.state().quietUntil).toBe(back + 30 * MINUTE);
  });
});

describe('inside a call, idle is not absence (#28.9)', () => {
  it('listening to a call with quiet on for 5 minutes keeps the time and the cycle', () => {
    const t0 = new Date(2026, 10, 18, 9, 0).getTime();
    const d = driver(office, t0);
    d.apply(observe(t0));
    d.apply({ type: 'quiet', at: t0 + 10 * MINUTE, until: t0 + 70 * MINUTE });
    const cycle = d.state().cycleStartedAt;
    d.apply(observe(t0 + 20 * MINUTE, { idle: 'idle', reason: 'idle' }));
    d.apply(observe(t0 + 27 * MINUTE, { reason: 'idle' }));
    expect(d.state().cycleStartedAt).toBe(cycle);
    expect(d.state().continuousMs).toBe(27 * MINUTE);
    expect(spells(d.effects)).toEqual([]);
  });

  it('a stretch held by a call stays held through an idle listener, and comes after the call', () => {
    const t0 = new Date(2026, 10, 18, 9, 0).getTime();
    const d = driver(office, t0);
    d.apply(observe(t0));
    d.fire({ meeting: true });
    expect(d.state().phase).toBe('deferred');
    const held = d.state().cycleStartedAt;
    const idleAt = d.state().observedAt + 30_000;
    d.apply(observe(idleAt, { idle: 'idle', reason: 'idle', meeting: true }));
    // The held stretch's looks every two minutes see the listener idle, in the call.
    while ((d.alarms.at(-1) ?? Infinity) < idleAt + 6 * MINUTE)
      d.fire({ idle: 'idle', meeting: true });
    d.apply(observe(idleAt + 6 * MINUTE, { reason: 'idle', meeting: true }));
    expect(d.state()).toMatchObject({ phase: 'deferred', cycleStartedAt: held, callHeld: true });
    // The call ends: the same stretch comes within two minutes.
    const end = d.state().observedAt + 10_000;
    d.apply(observe(end, { reason: 'tab', meeting: false }));
    let at = end;
    let came = 0;
    for (let i = 0; i < 4 && came === 0; i++) {
      at = d.alarms.at(-1) ?? at;
      came = shown(d.fire().effects);
    }
    expect(came).toBe(1);
    expect(at - end).toBeLessThanOrEqual(2 * MINUTE);
  });

  it('a locked screen during a call is still time away', () => {
    const t0 = new Date(2026, 10, 18, 9, 0).getTime();
    const d = driver(office, t0);
    d.apply(observe(t0));
    d.apply({ type: 'quiet', at: t0 + 10 * MINUTE, until: t0 + 70 * MINUTE });
    const cycle = d.state().cycleStartedAt;
    d.apply(observe(t0 + 20 * MINUTE, { idle: 'locked', reason: 'idle' }));
    d.apply(observe(t0 + 30 * MINUTE, { reason: 'idle' }));
    expect(d.state().cycleStartedAt).not.toBe(cycle);
  });
});
