/**
 * Local calendar days as "YYYY-MM-DD" keys. Written by hand rather than with a
 * date library: it is three getters and a pad, and it keeps the popup bundle small.
 */
export type DayKey = string;

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The local calendar day containing `t`. */
export function dayKey(t: number | Date): DayKey {
  const d = typeof t === 'number' ? new Date(t) : t;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a day key. */
export function dayStart(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The day key `n` calendar days after `day` (negative for before). */
export function addDays(day: DayKey, n: number): DayKey {
  const start = dayStart(day);
  return dayKey(new Date(start.getFullYear(), start.getMonth(), start.getDate() + n));
}

/** Day of the week, 0 = Sunday. */
export function weekday(day: DayKey): number {
  return dayStart(day).getDay();
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}
