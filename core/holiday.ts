/**
 * A holiday (#24): a pause until a day the user picks, at most
 * MAX_HOLIDAY_DAYS ahead. Nothing is offered while it lasts, so its days
 * are rest days (core/streaks.ts): the streak waits for the user's return.
 */
import { addDays, dayKey, dayStart, isDayKey, type DayKey } from './days';

export const MAX_HOLIDAY_DAYS = 30;

/** The first and last day a holiday can end on (the day the user is back), from `today`. */
export function holidayRange(today: DayKey): { first: DayKey; last: DayKey } {
  return { first: addDays(today, 1), last: addDays(today, MAX_HOLIDAY_DAYS) };
}

/**
 * When a holiday that lasts until `until` (the day the user is back) ends:
 * the start of that day, or null when it is not a day from tomorrow to
 * MAX_HOLIDAY_DAYS ahead.
 */
export function holidayEnd(at: number, until: unknown): number | null {
  if (!isDayKey(until)) return null;
  const { first, last } = holidayRange(dayKey(at));
  if (until < first || until > last) return null;
  return dayStart(until).getTime();
}
