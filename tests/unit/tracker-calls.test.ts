/**
 * Calls and sitting spells in the pure tracker (DESIGN.md, "Calls and
 * meetings", "Insights"): a meeting tab or quiet the user asked for holds a
 * due stretch back for as long as the call lasts, and it comes within 2
 * minutes after, worded as after the call; every spell of continuous
 * presence is counted on the day it ended.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/core/time';
import {
  CALL_GRACE_MS,
  CALL_HOLD_LIMIT_MS,
  DEFER_LIMIT_MS,
  MIN_SPELL_MS,
  type TrackerEffect as Effect,
} from '@/core/tracker';
import { driver, effectName, observe, office, T0 } from './tracker-driver';

const opened = (effects: readonly Effect[]) =>
  effects.filter((e) => e.type === 'open-prompt' || effectName(e) === 'notify').length;
const spells = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'spell' ? [e] : []));

describe('a meeting tab holds the stretch back', () => {
  it('for the whole call, muted or not, never falling back to a notification', () => {
    const d = driver();
    d.apply(observe(T0));
    // Due at 09:45 in the middle of a two-hour call with the sound off.
    const due = d.fire({ meeting: true });
    expect(opened(due.effects)).toBe(0);
    expect(d.state()).toMatchObject({ phase: 'deferred', callHeld: true });
    while ((d.alarms.at(-1) ?? Infinity) < T0 + 165 * MINUTE) {
      const look = d.fire({ meeting: true });
      expect(opened(look.effects)).toBe(0);
    }
    // Looked at least every minute (catching the end), and well past the 15-minute limit.
    expect(T0 + 165 * MINUTE - (T0 + 45 * MINUTE)).toBeGreaterThan(DEFER_LIMIT_MS);
    expect(d.state().phase).toBe('deferred');
  });

  it('then comes as the window within 2 minutes of the call ending, after the call', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire({ meeting: true });
    const callEnds = (d.alarms.at(-1) ?? 0) + 20_000; // the tab closes between two looks
    let shown: number | null = null;
    for (let i = 0; i < 10 && shown === null; i++) {
      const at = d.alarms.at(-1) ?? 0;
      const look = d.fire({ meeting: at < callEnds });
      if (opened(look.effects) > 0) shown = at;
    }
    expect(shown).not.toBeNull();
    expect((shown ?? 0) - callEnds).toBeLessThanOrEqual(2 * MINUTE);
    // At least a minute after Unsit saw it gone: the call may be wrapping up.
    expect(shown ?? 0).toBeGreaterThanOrEqual(callEnds + CALL_GRACE_MS - MINUTE);
    expect(d.state()).toMatchObject({ phase: 'prompting', promptVia: 'window', callHeld: true });
  });

  it('waits a minute after a meeting tab closed just before the stretch was due', () => {
    const d = driver();
    d.apply(observe(T0, { meeting: true }));
    // 09:44:30: the call ends and its tab closes.
    const closed = T0 + 44.5 * MINUTE;
    d.apply(observe(closed, { meeting: false, reason: 'tab' }));
    const due = d.fire();
    expect(opened(due.effects)).toBe(0);
    expect(d.alarms.at(-1)).toBe(closed + CALL_GRACE_MS);
    expect(opened(d.fire().effects)).toBe(1);
  });

  it('a meeting left by navigating away ends when it was last seen', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire({ meeting: true }); // held at 09:45
    const lastSeen = d.alarms.at(-1) ?? 0;
    d.fire({ meeting: true });
    // The next look finds the page on another address: the call ended since the last look.
    const look = d.fire({ meeting: false });
    expect(d.state().callEndedAt).toBe(lastSeen);
    expect(opened(look.effects)).toBe(1);
  });

  it('a meeting tab left open all afternoon gives way to the quiet notification', () => {
    const d = driver();
    d.apply(observe(T0));
    let shown = 0;
    for (let i = 0; i < 100 && shown === 0; i++) {
      shown = d.fire({ meeting: true }).effects.filter((e) => effectName(e) === 'notify').length;
    }
    expect(shown).toBe(1);
    expect((d.alarms.at(-2) ?? 0) - (T0 + 45 * MINUTE)).toBeGreaterThanOrEqual(
      CALL_HOLD_LIMIT_MS - 2 * MINUTE,
    );
  });

  it('holds nothing without a call: the stretch comes when due', () => {
    const d = driver();
    d.apply(observe(T0));
    expect(opened(d.fire().effects)).toBe(1);
    expect(d.state().callHeld).toBe(false);
  });

  it('does not hold a stretch the user asked for', () => {
    const d = driver();
    d.apply(observe(T0, { meeting: true }));
    const now = d.apply({ type: 'stretch-now', at: T0 + MINUTE });
    expect(now.effects.map((e) => e.type)).toContain('open-prompt');
  });
});

describe('quiet for a call', () => {
  it('holds a due stretch until the quiet ends, then offers it after the call', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'quiet', at: T0 + 30 * MINUTE, until: T0 + 90 * MINUTE });
    // Time keeps counting through the call: due at 09:45, held.
    expect(opened(d.fire().effects)).toBe(0);
    expect(d.alarms.at(-1)).toBe(T0 + 90 * MINUTE);
    const after = d.fire();
    expect(opened(after.effects)).toBe(1);
    expect(d.state().callHeld).toBe(true);
  });

  it('shows no heads-up during the quiet', () => {
    const d = driver({ ...office, headsUp: true });
    d.apply(observe(T0));
    d.apply({ type: 'quiet', at: T0 + MINUTE, until: T0 + 120 * MINUTE });
    for (let i = 0; i < 3; i++) d.fire();
    expect(d.effects.filter((e) => effectName(e) === 'heads-up')).toHaveLength(0);
  });

  it('Resume ends it: the held stretch comes at the next look', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'quiet', at: T0, until: T0 + 3 * 60 * MINUTE });
    d.fire();
    d.apply({ type: 'resume', at: T0 + 50 * MINUTE });
    expect(d.state().quietUntil).toBeNull();
    const next = d.alarms.at(-1) ?? 0;
    expect(next - (T0 + 50 * MINUTE)).toBeLessThanOrEqual(2 * MINUTE);
    expect(opened(d.fire().effects)).toBe(1);
  });

  it('closes the open stretch window and brings the same stretch back after the call (#24, item 10)', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire(); // 09:45, the window
    const quiet = d.apply({ type: 'quiet', at: T0 + 46 * MINUTE, until: T0 + 76 * MINUTE });
    expect(quiet.effects.map((e) => e.type)).toContain('close-prompt');
    expect(d.state()).toMatchObject({ phase: 'deferred', callHeld: true, offered: true });
    // Held through the call, then the window again (still one offer of the cycle).
    expect(d.alarms.at(-1)).toBe(T0 + 76 * MINUTE);
    const after = d.fire();
    expect(opened(after.effects)).toBe(1);
    expect(after.effects.filter((e) => e.type === 'offered')).toHaveLength(0);
  });

  it('leaves a window the user opened themselves ("Stretch now")', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'stretch-now', at: T0 + 10 * MINUTE });
    const quiet = d.apply({ type: 'quiet', at: T0 + 11 * MINUTE, until: T0 + 41 * MINUTE });
    expect(quiet.effects.map((e) => e.type)).not.toContain('close-prompt');
    expect(d.state().userPrompt).toBe(true);
  });
});

describe('sitting spells', () => {
  it('one spell a Done ends, on its day, past the interval when it ran past', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire(); // 09:45, the prompt
    const done = d.apply({ type: 'answer', at: T0 + 51 * MINUTE, answer: 'done' });
    // The prompt was open six minutes: the user was still sitting.
    expect(spells(done.effects)).toEqual([
      { type: 'spell', day: '2026-11-18', minutes: 51, pastInterval: true },
    ]);
    expect(d.state().spellMs).toBe(0);
  });

  it('a prompt answered within a few minutes is no spell past the interval (#24, item 4)', () => {
    for (const after of [2 * SECOND, 4 * MINUTE]) {
      const d = driver();
      d.apply(observe(T0));
      d.fire(); // 09:45, the prompt
      const done = d.apply({ type: 'answer', at: T0 + 45 * MINUTE + after, answer: 'done' });
      expect(spells(done.effects)).toMatchObject([{ type: 'spell', pastInterval: false }]);
    }
  });

  it('a natural break ends it when the user left, on the day they left', () => {
    // Tuesday 17:00, leaves at 17:30, back on Wednesday at 09:00.
    const tue = new Date(2026, 10, 17, 17, 0).getTime();
    const d = driver(office, tue);
    d.apply(observe(tue));
    d.apply(observe(tue + 30 * MINUTE, { idle: 'locked' }));
    const back = d.apply(observe(T0));
    expect(spells(back.effects)).toEqual([
      { type: 'spell', day: '2026-11-17', minutes: 30, pastInterval: false },
    ]);
  });

  it('a Skip, a pause or a window switch does not end it', () => {
    const d = driver();
    d.apply(observe(T0));
    d.fire();
    d.apply({ type: 'answer', at: T0 + 46 * MINUTE, answer: 'skip' });
    d.apply(observe(T0 + 60 * MINUTE, { focused: false, reason: 'focus' }));
    d.apply(observe(T0 + 60 * MINUTE + 1000, { reason: 'focus' }));
    expect(spells(d.effects)).toEqual([]);
    expect(d.state().spellMs).toBeGreaterThanOrEqual(60 * MINUTE);
  });

  it('spells shorter than the minimum are not counted', () => {
    const d = driver();
    d.apply(observe(T0));
    d.apply({ type: 'stretch-now', at: T0 + MIN_SPELL_MS - MINUTE });
    const done = d.apply({ type: 'answer', at: T0 + MIN_SPELL_MS - MINUTE, answer: 'done' });
    expect(spells(done.effects)).toEqual([]);
  });

  it('counts only present working time, never more than the time that passed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 1, max: 40 * MINUTE }),
            idle: fc.constantFrom('active', 'idle', 'locked'),
            focused: fc.boolean(),
            meeting: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (looks) => {
          const d = driver();
          let at = T0;
          d.apply(observe(at));
          for (const look of looks) {
            at += look.gap;
            d.apply(observe(at, { idle: look.idle, focused: look.focused, meeting: look.meeting }));
          }
          d.apply({ type: 'stretch-now', at });
          d.apply({ type: 'answer', at, answer: 'done' });
          const total = spells(d.effects).reduce((sum, e) => sum + e.minutes, 0);
          expect(total * MINUTE).toBeLessThanOrEqual(at - T0 + MINUTE * spells(d.effects).length);
          expect(d.state().spellMs).toBe(0);
        },
      ),
    );
  });
});
