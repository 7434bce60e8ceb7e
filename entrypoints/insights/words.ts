/** The insights page's words: the week's sentence, dates, minutes and counts in the UI language. */
import { calendarAdd, type FigureChange, type WeekChange } from '@/core/insights';
import { plural, t } from '@/lib/i18n';

/** A BCP 47 language tag, as lib/i18n's language() gives it. */
export type Locale = string;

/** Local noon of a date key: a Date every formatter reads as that day. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "52 min", or "52 minutes" with `long`. */
export function formatMinutes(n: number, locale: Locale, long = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: long ? 'long' : 'short',
  }).format(n);
}

/** The interval in force: "45 min", or "30–60 min" in varied mode. */
export function formatInterval([min, max]: readonly [number, number], locale: Locale): string {
  if (min === max) return formatMinutes(min, locale);
  return `${formatNumber(min, locale)}–${formatMinutes(max, locale)}`;
}

/** "Mon" */
export function shortWeekday(day: string, locale: Locale): string {
  return dateOf(day).toLocaleDateString(locale, { weekday: 'short' });
}

/** "Monday, Nov 17" */
export function longDay(day: string, locale: Locale): string {
  return dateOf(day).toLocaleDateString(locale, {
    weekday: 'long',
    month: 'short',
    day: 'numeric',
  });
}

/** "November 17 – 23, 2025" for the week starting `start`. */
export function weekRange(start: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).formatRange(dateOf(start), dateOf(calendarAdd(start, 6)));
}

/** "This week", "Last week", "3 weeks ago". */
export function weekName(start: string, currentStart: string): string {
  const ago = Math.round((dateOf(currentStart).getTime() - dateOf(start).getTime()) / 6.048e8);
  if (ago <= 0) return t('insightsThisWeek');
  if (ago === 1) return t('insightsLastWeek');
  return plural('insightsWeeksAgo', ago);
}

/** "1 stretch", "4 stretches": the plural form by Intl.PluralRules (lib/i18n.ts). */
export function stretchCount(n: number): string {
  return plural('insightsStretches', n);
}

/** The sentence on a count that changed, "3 fewer spells ran past your interval…". */
function countSentence(change: FigureChange<'long-spells' | 'done'>, locale: Locale): string {
  const by = Math.abs(change.to - change.from);
  const fewer = change.to < change.from;
  const values = [change.to, change.from].map((v) => formatNumber(v, locale));
  if (change.kind === 'long-spells') {
    return plural(fewer ? 'insightsLongSpellsFewer' : 'insightsLongSpellsMore', by, values);
  }
  return plural(fewer ? 'insightsDoneFewer' : 'insightsDoneMore', by, values);
}

/**
 * The one sentence on what changed against the week before (core/insights.ts
 * weekChange). `current`: the week shown is this week, still going.
 */
export function changeSentence(change: WeekChange, locale: Locale, current: boolean): string {
  const n = (v: number) => formatNumber(v, locale);
  switch (change.kind) {
    case 'no-figures':
      return current ? t('insightsNoFigures') : t('insightsNoFiguresPast');
    case 'first-week':
      return current
        ? t('insightsFirstWeek', n(change.longest))
        : t('insightsFirstWeekPast', n(change.longest));
    case 'none-yet':
      return current
        ? t('insightsNoneYet', n(change.longest))
        : t('insightsNoneYetPast', n(change.longest));
    case 'same':
      return t('insightsSame', n(change.longest));
    case 'longest':
      return change.to < change.from
        ? t('insightsLongestFell', [n(change.from), n(change.to)])
        : t('insightsLongestRose', [n(change.from), n(change.to)]);
    default:
      return countSentence(change, locale);
  }
}

/** Whether the change compares figures from both weeks (not one of the no-data sentences). */
export function comparesFigures(change: WeekChange): boolean {
  return !['no-figures', 'first-week', 'none-yet'].includes(change.kind);
}

/** What the sentence compares: the whole week before, or its same days so far. */
export function comparedWith(start: string, compared: number, locale: Locale): string {
  if (compared >= 7) return t('insightsComparedWeek');
  const weekday = (i: number) =>
    dateOf(calendarAdd(start, i)).toLocaleDateString(locale, { weekday: 'long' });
  if (compared <= 1) return t('insightsComparedDay', weekday(0));
  return t('insightsComparedDays', [weekday(0), weekday(compared - 1)]);
}

/** "10 AM" or "10:00": the start of an hour of the day (a 24-hour clock shows the minutes). */
export function hourLabel(hour: number, locale: Locale): string {
  const h12 = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12;
  return new Date(2000, 0, 1, hour).toLocaleTimeString(locale, {
    hour: 'numeric',
    ...(h12 ? {} : { minute: '2-digit' }),
  });
}

/** "9:00 – 10:00 AM", "9:00–10:00": an hour of the day. */
export function hourRange(hour: number, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const start = new Date(2000, 0, 1, hour);
  // The last hour ends on the next day; a range would name both dates.
  if (hour === 23) return `${format.format(start)} – ${format.format(new Date(2000, 0, 1, 0))}`;
  return format.formatRange(start, new Date(2000, 0, 1, hour + 1));
}
