import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstStretch } from '@/core/first-stretch';
import { defaultSettings, type Settings } from '@/core/settings';
import { MINUTE } from '@/core/time';
import { isWorkingTime, workingMsBetween } from '@/core/working-time';

// November 2026; the 16th is a Monday. Default hours: Monday to Friday, 08:00–18:00.
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('when the first stretch comes', () => {
  it('comes after an interval of browsing during working hours', () => {
    expect(firstStretch(defaultSettings, at(18, 10))).toEqual({
      kind: 'browsing',
      minutes: [45, 45],
    });
    expect(firstStretch({ ...defaultSettings, intervalMinutes: 30 }, at(16, 8))).toEqual({
      kind: 'browsing',
      minutes: [30, 30],
    });
  });

  it.each([
    ['before work on a Monday', at(16, 6, 30), at(16, 8)],
    ['after work on a Wednesday', at(18, 19), at(19, 8)],
    ['on a Saturday', at(21, 10), at(23, 8)],
    ['on a Friday evening', at(20, 22), at(23, 8)],
    ['late on a Friday, with too little of the day left', at(20, 17, 30), at(23, 8)],
    ['when the interval would end exactly at the end of the day', at(16, 17, 15), at(17, 8)],
  ])('comes from the next working period %s', (_when, now, startsAt) => {
    expect(firstStretch(defaultSettings, now)).toEqual({
      kind: 'next-period',
      startsAt,
      minutes: [45, 45],
    });
  });

  it('still comes today with a minute to spare', () => {
    expect(firstStretch(defaultSettings, at(16, 17, 14)).kind).toBe('browsing');
  });

  it('gives the range in varied mode, and decides by its shortest gap', () => {
    const varied = { ...defaultSettings, intervalMode: 'varied' as const };
    expect(firstStretch(varied, at(16, 17, 20))).toEqual({ kind: 'browsing', minutes: [35, 55] });
    expect(firstStretch(varied, at(16, 17, 30))).toEqual({
      kind: 'next-period',
      startsAt: at(17, 8),
      minutes: [35, 55],
    });
  });

  it('counts on through midnight when working hours cover whole days', () => {
    const allDays = { ...defaultSettings, workStartMinute: 0, workEndMinute: 24 * 60 };
    expect(firstStretch(allDays, at(17, 23, 50)).kind).toBe('browsing');
    // Friday night runs into the weekend: Monday at midnight.
    expect(firstStretch(allDays, at(20, 23, 50))).toMatchObject({ startsAt: at(23, 0) });
  });
});

const hours = fc
  .record({
    workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    length: fc.integer({ min: 1, max: 24 * 60 }),
    intervalMinutes: fc.integer({ min: 30, max: 60 }),
    varied: fc.boolean(),
  })
  .map(({ workDays, start, length, intervalMinutes, varied }): Settings => ({
    ...defaultSettings,
    workDays,
    workStartMinute: start,
    workEndMinute: Math.min(24 * 60, start + length),
    intervalMinutes,
    intervalMode: varied ? 'varied' : 'fixed',
  }));
const moments = fc.integer({
  min: new Date(2024, 0, 1).getTime(),
  max: new Date(2032, 0, 1).getTime(),
});

describe('the first stretch, for any working hours and moment', () => {
  it('says "from now" only when working time runs, unbroken, to the earliest stretch', () => {
    fc.assert(
      fc.property(hours, moments, (s, now) => {
        const first = firstStretch(s, now);
        const due = now + first.minutes[0] * MINUTE;
        const unbroken = workingMsBetween(now, due, s) === due - now && isWorkingTime(due, s);
        expect(first.kind === 'browsing').toBe(unbroken);
      }),
    );
  });

  it('otherwise names the start of a later working period, with no working time skipped', () => {
    fc.assert(
      fc.property(hours, moments, (s, now) => {
        const first = firstStretch(s, now);
        if (first.kind !== 'next-period') return;
        expect(first.startsAt).toBeGreaterThan(now);
        expect(isWorkingTime(first.startsAt, s)).toBe(true);
        expect(isWorkingTime(first.startsAt - 1, s)).toBe(false);
        // At most what was left of the current period lies between: too little for a stretch.
        expect(workingMsBetween(now, first.startsAt, s)).toBeLessThan(first.minutes[0] * MINUTE);
        if (!isWorkingTime(now, s)) expect(workingMsBetween(now, first.startsAt, s)).toBe(0);
      }),
    );
  });

  it('gives the fixed interval, or the varied range', () => {
    fc.assert(
      fc.property(hours, moments, (s, now) => {
        expect(firstStretch(s, now).minutes).toEqual(
          s.intervalMode === 'fixed'
            ? [s.intervalMinutes, s.intervalMinutes]
            : [s.variedMinMinutes, s.variedMaxMinutes],
        );
      }),
    );
  });
});
