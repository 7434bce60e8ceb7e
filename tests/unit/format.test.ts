/** lib/format.ts: one formatter for times and dates, the first day of the week from Intl (#24, item 9). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayWord, firstDayOfWeek, longDay, timeOfDay } from '@/lib/format';

describe('firstDayOfWeek', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['es-ES', 1],
    ['es-MX', 0],
    ['de', 1],
    ['ar-EG', 6],
  ])('%s starts on %i', (locale, day) => {
    expect(firstDayOfWeek(locale)).toBe(day);
  });

  it('falls back to the region where the browser has no week info (Firefox)', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = Object.getOwnPropertyDescriptors(proto);
    try {
      for (const name of ['getWeekInfo', 'weekInfo']) {
        Object.defineProperty(proto, name, { value: undefined, configurable: true });
      }
      expect(firstDayOfWeek('en-US')).toBe(0);
      expect(firstDayOfWeek('en-GB')).toBe(1);
      expect(firstDayOfWeek('ar-EG')).toBe(6);
      expect(firstDayOfWeek('not a locale!')).toBe(1);
    } finally {
      for (const name of ['getWeekInfo', 'weekInfo']) {
        const d = saved[name];
        if (d) Object.defineProperty(proto, name, d);
        else Reflect.deleteProperty(proto, name);
      }
    }
  });
});

describe('times and dates', () => {
  const nine = new Date(2026, 10, 16, 9, 5).getTime();

  it('writes a time as the locale does, the same way on every page', () => {
    expect(timeOfDay(nine, 'en-US')).toBe('9:05 AM');
    expect(timeOfDay(nine, 'en-GB')).toBe('9:05');
    expect(timeOfDay(nine, 'es')).toBe('9:05');
  });

  it('names a day in a sentence, and today, tomorrow or the weekday', () => {
    expect(longDay(new Date(2026, 10, 24), 'en-US')).toBe('Tuesday, November 24');
    expect(longDay(new Date(2026, 10, 24), 'es')).toBe('martes, 24 de noviembre');
    expect(dayWord(nine, nine, 'en')).toBe('today');
    expect(dayWord(nine, nine + 86_400_000, 'en')).toBe('tomorrow');
    expect(dayWord(nine, nine + 3 * 86_400_000, 'en')).toBe('Thursday');
  });
});
