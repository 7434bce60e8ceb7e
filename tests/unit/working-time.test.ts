import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { HOUR, MINUTE } from '@/core/time';
import { addWorkingMs, isWorkingTime, workingMsBetween } from '@/core/working-time';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime(); // Nov 2026; the 16th is a Monday

describe('working time', () => {
  it.each([
    [at(16, 7, 59), false],
    [at(16, 8, 0), true],
    [at(16, 17, 59), true],
    [at(16, 18, 0), false],
    [at(21, 10, 0), false], // Saturday
  ])('isWorkingTime(%s) = %s', (t, expected) => {
    expect(isWorkingTime(t, defaultSettings)).toBe(expected);
  });

  it('measures only working time', () => {
    expect(workingMsBetween(at(16, 7), at(16, 9), defaultSettings)).toBe(HOUR);
    expect(workingMsBetween(at(20, 17), at(23, 9), defaultSettings)).toBe(2 * HOUR); // Fri 17–18, Mon 8–9
  });

  it('adds working time across the evening and the weekend', () => {
    expect(addWorkingMs(at(20, 17, 50), 20 * MINUTE, defaultSettings)).toBe(at(23, 8, 10));
    expect(addWorkingMs(at(16, 6), 0, defaultSettings)).toBe(at(16, 8));
  });

  it('keeps 08:00 local on a daylight-saving day', () => {
    const s = { ...defaultSettings, workDays: [0, 1, 2, 3, 4, 5, 6] };
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2026, 9, 25],
      [2026, 2, 8],
      [2026, 10, 1],
    ] as const) {
      const start = addWorkingMs(new Date(y, m, d, 1).getTime(), 0, s);
      expect(new Date(start).getHours()).toBe(8);
    }
  });
});
