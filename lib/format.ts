/**
 * The one formatter for times and dates on every page (popup, welcome,
 * options, weekly view), in the user's conventions: everything comes from
 * `Intl`, with one cached formatter per locale and style (the heatmap
 * formats 182 cells). The first day of the week too: `Intl.Locale` week
 * info where the browser has it, else the region's usual first day.
 */
/**
 * Whole local days from the day of `from` to the day of `to`, as
 * core/status.ts counts them; written here too so that a page that only
 * formats does not load the tracker's modules.
 */
function daysAhead(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  const start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((end - start) / 86_400_000);
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTime(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Local noon of a "YYYY-MM-DD" key: a Date every formatter reads as that day. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** "9:05 AM", "9:05": a time of day as the locale writes it. */
export function timeOfDay(at: number, locale: string): string {
  return dateTime(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** "Monday" or, `short`, "Mon". */
export function weekdayName(at: number | Date, locale: string, short = false): string {
  return dateTime(locale, { weekday: short ? 'short' : 'long' }).format(at);
}

/** "Mon, Nov 3": a day in a list of days (the heatmap). */
export function shortDay(at: number | Date, locale: string): string {
  return dateTime(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(at);
}

/** "Monday, November 24": a day named in a sentence. */
export function longDay(at: number | Date, locale: string): string {
  return dateTime(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(at);
}

/** "Nov": a month's name over the heatmap's columns. */
export function monthName(at: number | Date, locale: string): string {
  return dateTime(locale, { month: 'short' }).format(at);
}

/** "Tue 10:30 AM": a moment on an earlier day of the week. */
export function weekdayAndTime(at: number, locale: string): string {
  return dateTime(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** "Nov 3, 2026, 10:30 AM": a moment anywhere in time. */
export function dateAndTime(at: number, locale: string): string {
  return dateTime(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "today", "tomorrow", or the weekday's name further ahead. */
export function dayWord(at: number, startsAt: number, locale: string): string {
  const ahead = daysAhead(at, startsAt);
  if (ahead <= 1)
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(ahead, 'day');
  return weekdayName(startsAt, locale);
}

/**
 * Regions whose week starts on Sunday (6 = Saturday for a few), for browsers
 * without `Intl.Locale` week info (Firefox): CLDR's list, the populous ones.
 */
const SUNDAY_FIRST = new Set(
  'AG AS BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_FIRST = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The first day of the week for `locale`, 0 = Sunday … 6 = Saturday (as
 * Date.getDay). From `Intl.Locale` week info where the browser has it
 * (1 = Monday … 7 = Sunday there), else from the region, else Monday.
 */
export function firstDayOfWeek(locale: string): number {
  let loc: LocaleWithWeek;
  try {
    loc = new Intl.Locale(locale).maximize();
  } catch {
    return 1;
  }
  const info = loc.getWeekInfo?.() ?? loc.weekInfo;
  if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
  const region = loc.region ?? '';
  if (SUNDAY_FIRST.has(region)) return 0;
  if (SATURDAY_FIRST.has(region)) return 6;
  return 1;
}
