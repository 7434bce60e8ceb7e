import type { Settings } from './settings';

type WorkingHours = Pick<Settings, 'workDays' | 'workStartMinute' | 'workEndMinute'>;

/** Local midnight of the day `offsetDays` after the day containing `t`. */
function localMidnight(t: number, offsetDays = 0): Date {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offsetDays);
}

/**
 * The working window of the local day starting at `midnight`, or null on a
 * day off. Built with the Date constructor so "08:00" stays 08:00 local time
 * on daylight-saving days.
 */
function windowOf(midnight: Date, hours: WorkingHours): [number, number] | null {
  if (!(hours.workDays as readonly number[]).includes(midnight.getDay())) return null;
  const y = midnight.getFullYear();
  const m = midnight.getMonth();
  const d = midnight.getDate();
  return [
    new Date(y, m, d, 0, hours.workStartMinute).getTime(),
    new Date(y, m, d, 0, hours.workEndMinute).getTime(),
  ];
}

export function isWorkingTime(t: number, hours: WorkingHours): boolean {
  const w = windowOf(localMidnight(t), hours);
  return w !== null && t >= w[0] && t < w[1];
}

/** Milliseconds of working time inside [from, to). */
export function workingMsBetween(from: number, to: number, hours: WorkingHours): number {
  if (to <= from) return 0;
  let total = 0;
  for (let i = 0; ; i++) {
    const midnight = localMidnight(from, i);
    if (midnight.getTime() >= to) break;
    const w = windowOf(midnight, hours);
    if (w) total += Math.max(0, Math.min(to, w[1]) - Math.max(from, w[0]));
  }
  return total;
}

/**
 * The moment at which `ms` more milliseconds of working time have passed
 * after `from`. Looks at most two weeks ahead (settings guarantee at least
 * one working day a week).
 */
export function addWorkingMs(from: number, ms: number, hours: WorkingHours): number {
  let left = Math.max(0, ms);
  for (let i = 0; i < 15; i++) {
    const w = windowOf(localMidnight(from, i), hours);
    if (!w) continue;
    const start = Math.max(from, w[0]);
    if (start >= w[1]) continue;
    if (start + left <= w[1]) return start + left;
    left -= w[1] - start;
  }
  return from + ms;
}

/** The working window [start, end) that contains `t`, or null outside working time. */
export function workingWindowAt(t: number, hours: WorkingHours): [number, number] | null {
  const w = windowOf(localMidnight(t), hours);
  return w !== null && t >= w[0] && t < w[1] ? w : null;
}

/**
 * `t` itself when it is working time, else the start of the next working
 * period (at most two weeks ahead; settings guarantee a working day a week).
 * Alarms pass through this, so nothing wakes the worker off hours.
 */
export function atWorkingTime(t: number, hours: WorkingHours): number {
  if (isWorkingTime(t, hours)) return t;
  for (let i = 0; i < 15; i++) {
    const w = windowOf(localMidnight(t, i), hours);
    if (w && w[0] > t && w[0] < w[1]) return w[0];
  }
  return t;
}

/** Whether a working period ends in (from, to]: a hold begun before it does not outlive it. */
export function workEndsBetween(from: number, to: number, hours: WorkingHours): boolean {
  for (let i = 0; ; i++) {
    const midnight = localMidnight(from, i);
    if (midnight.getTime() > to) return false;
    const w = windowOf(midnight, hours);
    if (w && w[1] > from && w[1] <= to) return true;
  }
}
