/**
 * Local calendar days as "YYYY-MM-DD" keys, and every calendar rule built on
 * them. Written by hand rather than with a date library: each rule is a few
 * Date calls, and it keeps the popup and worker bundles small.
 */
export type DayKey = string;

export const DAY_KEY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The local calendar day containing `t`, in the machine's time zone now. */
export function dayKey(t: number | Date): DayKey {
  const d = typeof t === 'number' ? new Date(t) : t;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Minutes east of UTC at `t` (New York in winter: -300). */
export function utcOffsetMinutes(t: number): number {
  // `|| 0` turns the -0 of a UTC machine into 0, so stored values compare equal.
  return -new Date(t).getTimezoneOffset() || 0;
}

/** The machine's time zone now (an IANA name). */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The calendar day and UTC offset of `t` in `zone`, as `dayKey` and
 * `utcOffsetMinutes` give them in the machine's zone; in the machine's zone
 * when `zone` is no zone the platform knows. For work that must read every
 * day in one zone however often it is resumed (core/migrate.ts).
 */
export function dayIn(t: number, zone: string): { day: DayKey; utcOffset: number } {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return { day: dayKey(t), utcOffset: utcOffsetMinutes(t) };
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(t)) p[part.type] = Number(part.value);
  const [y, m, d] = [p.year ?? 0, p.month ?? 1, p.day ?? 1];
  const local = Date.UTC(y, m - 1, d, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  const utcOffset = Math.round((local - Math.floor(t / 1000) * 1000) / 60_000) || 0;
  return { day: `${y}-${pad(m)}-${pad(d)}`, utcOffset };
}

function parts(day: DayKey): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** True when y-m-d names a day that exists (no 30 February). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A well-formed key of a day that exists. */
export function isDayKey(value: unknown): value is DayKey {
  return typeof value === 'string' && DAY_KEY_PATTERN.test(value) && isCalendarDay(...parts(value));
}

/** Local midnight at the start of a day key. */
export function dayStart(day: DayKey): Date {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d);
}

/**
 * The day key `n` local calendar days after `day` (negative for before). A
 * day the time zone skipped (Samoa, 2011-12-30) is stepped over.
 */
export function addDays(day: DayKey, n: number): DayKey {
  const start = dayStart(day);
  return dayKey(new Date(start.getFullYear(), start.getMonth(), start.getDate() + n));
}

/** Day of the week, 0 = Sunday. */
export function weekday(day: DayKey): number {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whether `day` is one of the user's working days. */
export function isWorkday(day: DayKey, workDays: readonly number[]): boolean {
  return workDays.includes(weekday(day));
}

/** The first moment of the local day after the one containing `at`. */
export function nextMidnight(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
