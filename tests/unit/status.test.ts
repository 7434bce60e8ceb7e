import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { breakStatus, formatCountdown } from '@/core/status';
import { MINUTE } from '@/core/time';
import { initialTracker, step } from '@/core/tracker';

const s = {
  ...defaultSettings,
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMinute: 0,
  workEndMinute: 1440,
};
const T0 = new Date(2026, 10, 18, 10).getTime();

describe('popup status', () => {
  it.each([
    [0, '0:00'],
    [999, '0:01'],
    [61_000, '1:01'],
    [45 * MINUTE, '45:00'],
    [62 * MINUTE + 5000, '1:02:05'],
    [-5000, '0:00'],
  ])('formatCountdown(%i) = %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('counts down while present, waits while away, and says when paused', () => {
    const present = step(
      initialTracker(T0, s),
      { type: 'observe', at: T0, idle: 'active', focused: true, busy: false, reason: 'idle' },
      s,
    ).state;
    expect(breakStatus(present, s, T0 + MINUTE)).toEqual({
      kind: 'counting',
      dueAt: T0 + 45 * MINUTE,
    });
    const away = step(
      present,
      {
        type: 'observe',
        at: T0 + MINUTE,
        idle: 'locked',
        focused: true,
        busy: false,
        reason: 'idle',
      },
      s,
    ).state;
    expect(breakStatus(away, s, T0 + 2 * MINUTE).kind).toBe('away');
    const paused = step(present, { type: 'pause', at: T0, until: T0 + 60 * MINUTE }, s).state;
    expect(breakStatus(paused, s, T0 + MINUTE)).toEqual({
      kind: 'paused',
      until: T0 + 60 * MINUTE,
    });
    expect(breakStatus(undefined, s, T0).kind).toBe('starting');
  });

  it('says when a due stretch waits for a pause in the work (#27)', () => {
    const look = (at: number) =>
      ({
        type: 'observe',
        at,
        idle: 'active',
        focused: true,
        busy: false,
        reason: 'alarm',
      }) as const;
    const present = step(initialTracker(T0, s), look(T0), s).state;
    const due = step(present, look(T0 + 45 * MINUTE), s).state;
    expect(due.phase).toBe('waiting');
    expect(breakStatus(due, s, T0 + 45 * MINUTE).kind).toBe('waiting');
  });
});
