/**
 * Insights: a week of sitting figures against the week before, and the one
 * change worth saying in a sentence. Pure: the insights page reads the
 * summary's day records and the week's day buckets and calls these.
 *
 * Weeks start on the first day of the user's locale (lib/format.ts
 * `firstDayOfWeek`: Monday in most of Europe, Sunday in the US), as the
 * popup's heatmap rows do; Monday when none is given. Days are calendar dates, counted without the clock: a
 * week is seven dates whatever daylight saving or a skipped date did to the
 * hours in between (a date the time zone skipped simply has no record).
 *
 * A day's sitting figures count from the first day with a spell on: days
 * from before Unsit kept them have 0 everywhere, which means "not measured",
 * not "no sitting"; a day after it without a spell measured none (#24).
 */
import type { DayKey } from './days';
import type { DayRecord } from './history';
import type { Settings } from './settings';

/** A change in the longest spell smaller than this many minutes is no change. */
export const MIN_LONGEST_CHANGE = 5;

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function utcDate(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function keyOf(date: Date): DayKey {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The calendar date `n` days after `day` (negative for before), in no time zone. */
export function calendarAdd(day: DayKey, n: number): DayKey {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return keyOf(date);
}

/** Days since the week's first day (`firstDay`, 0 = Sunday, 1 = Monday): 0 to 6. */
export function weekdayIndex(day: DayKey, firstDay = 1): number {
  return (utcDate(day).getUTCDay() - firstDay + 7) % 7;
}

/** The first day of the week containing `day`. */
export function weekStart(day: DayKey, firstDay = 1): DayKey {
  return calendarAdd(day, -weekdayIndex(day, firstDay));
}

/** The seven dates of the week starting `start`. */
export function weekDays(start: DayKey): DayKey[] {
  return Array.from({ length: 7 }, (_, i) => calendarAdd(start, i));
}

/** What the page reads of a day record. */
export type SittingRecord = Pick<DayRecord, 'done' | 'spells' | 'longestSpell' | 'longSpells'>;
/** Day records by date (the summary's `days` is one). */
export type SittingDays = Record<DayKey, SittingRecord>;

/**
 * The local calendar date containing `at`, as core/days.ts `dayKey` gives
 * it. Written again here so that the insights page, which needs nothing
 * else of the calendar module, does not move it into the chunk every page
 * loads (a test checks the two agree).
 */
export function localDay(at: number): DayKey {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function isSittingRecord(value: unknown): value is SittingRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return [r.done, r.spells, r.longestSpell, r.longSpells].every(isCount);
}

/**
 * What the page reads of the stored summary (core/summary.ts): the first day
 * it keeps and the day records from then on, each with the figures the page
 * shows. Read by hand, field by field, rather than with `readableSummary`,
 * for the same reason as `localDay`. A record that is damaged is left out
 * (the day shows as one without figures); a summary without its days or
 * first day gives null (the background builds it again).
 */
export function readSittingDays(raw: unknown): { from: DayKey; days: SittingDays } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as { version?: unknown; from?: unknown; days?: unknown };
  if (s.version !== 1 || typeof s.from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s.from)) {
    return null;
  }
  if (typeof s.days !== 'object' || s.days === null) return null;
  const days: SittingDays = {};
  for (const [day, record] of Object.entries(s.days)) {
    if (isSittingRecord(record)) days[day] = record;
  }
  addOthersDone(days, (raw as { others?: unknown }).others);
  return { from: s.from, days };
}

/**
 * Stretches other browsers published (core/sync.ts cells: done first) added
 * to each day's count, so the weekly view counts what the popup counts
 * (#24, item 8). Sitting spells stay this browser's: sync does not carry them.
 */
function addOthersDone(days: SittingDays, others: unknown): void {
  if (typeof others !== 'object' || others === null) return;
  for (const [day, devices] of Object.entries(others)) {
    if (typeof devices !== 'object' || devices === null) continue;
    let done = 0;
    for (const cell of Object.values(devices as Record<string, unknown>)) {
      if (Array.isArray(cell) && Number.isInteger(cell[0]) && (cell[0] as number) >= 0) {
        done += cell[0] as number;
      }
    }
    if (done === 0) continue;
    const own = days[day] ?? { done: 0, spells: 0, longestSpell: 0, longSpells: 0 };
    days[day] = { ...own, done: own.done + done };
  }
}

/** One day of the shown week. */
export interface InsightDay {
  day: DayKey;
  /** After today: nothing to show yet. */
  future: boolean;
  /** The day has sitting figures (at least one spell). */
  measured: boolean;
  /** Minutes; 0 when not measured. */
  longest: number;
  longSpells: number;
  spells: number;
  /** Stretches done; 0 for a day without a record. */
  done: number;
}

function insightDay(
  day: DayKey,
  record: SittingRecord | undefined,
  today: DayKey,
  since: DayKey | null,
): InsightDay {
  const future = day > today;
  const measured =
    !future && ((record !== undefined && record.spells > 0) || (since !== null && day >= since));
  return {
    day,
    future,
    measured,
    longest: measured ? (record?.longestSpell ?? 0) : 0,
    longSpells: measured ? (record?.longSpells ?? 0) : 0,
    spells: measured ? (record?.spells ?? 0) : 0,
    done: future ? 0 : (record?.done ?? 0),
  };
}

/** The first day with a sitting spell: from it on, every day was measured. */
export function measuredSince(days: SittingDays): DayKey | null {
  let first: DayKey | null = null;
  for (const [day, record] of Object.entries(days)) {
    if (record.spells > 0 && (first === null || day < first)) first = day;
  }
  return first;
}

/** The week starting `start`, one entry a day. */
export function weekView(
  days: SittingDays,
  start: DayKey,
  today: DayKey,
  since: DayKey | null = measuredSince(days),
): InsightDay[] {
  return weekDays(start).map((day) => insightDay(day, days[day], today, since));
}

/** A week's figures, over the days compared. */
export interface WeekFigures {
  /** At least one of the days has sitting figures. */
  measured: boolean;
  /** The longest spell of the days, in minutes. */
  longest: number;
  /** Spells past the interval, summed. */
  longSpells: number;
  /** Stretches done, summed. */
  done: number;
}

export function weekFigures(days: readonly InsightDay[]): WeekFigures {
  return {
    measured: days.some((d) => d.measured),
    longest: Math.max(0, ...days.map((d) => d.longest)),
    longSpells: days.reduce((sum, d) => sum + d.longSpells, 0),
    done: days.reduce((sum, d) => sum + d.done, 0),
  };
}

/**
 * How many days of the week starting `start` are compared: up to today in
 * the current week (today included, as far as it has gone), all seven in a
 * week that is over, none in a week still to come.
 */
export function comparedDays(start: DayKey, today: DayKey): number {
  if (today < start) return 0;
  const last = calendarAdd(start, 6);
  if (today > last) return 7;
  return (utcDate(today).getTime() - utcDate(start).getTime()) / 86_400_000 + 1;
}

export type ChangeKind = 'long-spells' | 'longest' | 'done';

/** One figure that changed: from the week before to this one. */
export interface FigureChange<K extends ChangeKind = ChangeKind> {
  kind: K;
  from: number;
  to: number;
}

export type WeekChange =
  /** Neither week has sitting figures. */
  | { kind: 'no-figures' }
  /** The week has them, the week before has none to compare with. */
  | { kind: 'first-week'; longest: number }
  /** The week before has them, this week none (yet). */
  | { kind: 'none-yet'; longest: number }
  | FigureChange<'long-spells'>
  | FigureChange<'longest'>
  | FigureChange<'done'>
  /** Nothing changed enough to say. */
  | { kind: 'same'; longest: number };

/** a/b > c/d for the changes' sizes relative to the larger value, in whole numbers. */
function largerChange(a: FigureChange, b: FigureChange): boolean {
  const size = (c: FigureChange) => Math.abs(c.to - c.from);
  const scale = (c: FigureChange) => Math.max(c.from, c.to);
  return size(a) * scale(b) > size(b) * scale(a);
}

/**
 * The one change to say, by this rule:
 *
 * 1. Without sitting figures on both sides there is nothing to compare:
 *    "no-figures" (neither week), "first-week" (only this one), "none-yet"
 *    (only the week before). These speak of the whole week before
 *    (`previousWeek`), not only of its days compared: on a Wednesday, a week
 *    before with spells on Thursday and Saturday has figures, and on a
 *    Monday morning "last week's longest" is the longest of all seven days
 *    (#28.8). Once both have figures, the same days are compared (a week
 *    before without spells on those days compares as none).
 * 2. Sitting comes first. Of the spells past the interval (changed when the
 *    count differs) and the longest spell (changed when it moved by at least
 *    MIN_LONGEST_CHANGE minutes), the one that changed most relative to the
 *    larger of its two values is said; a tie goes to the spells past the
 *    interval, what Unsit is there to shorten.
 * 3. Otherwise stretches done, if their count changed.
 * 4. Otherwise "same", with this week's longest spell.
 */
export function weekChange(
  current: WeekFigures,
  previous: WeekFigures,
  previousWeek: WeekFigures = previous,
): WeekChange {
  if (!current.measured && !previousWeek.measured) return { kind: 'no-figures' };
  if (!previousWeek.measured) return { kind: 'first-week', longest: current.longest };
  if (!current.measured) return { kind: 'none-yet', longest: previousWeek.longest };
  const sitting: FigureChange[] = [];
  if (current.longSpells !== previous.longSpells) {
    sitting.push({ kind: 'long-spells', from: previous.longSpells, to: current.longSpells });
  }
  if (Math.abs(current.longest - previous.longest) >= MIN_LONGEST_CHANGE) {
    sitting.push({ kind: 'longest', from: previous.longest, to: current.longest });
  }
  const best = sitting.reduce<FigureChange | null>(
    (pick, c) => (pick === null || largerChange(c, pick) ? c : pick),
    null,
  );
  if (best) return best;
  if (current.done !== previous.done) {
    return { kind: 'done', from: previous.done, to: current.done };
  }
  return { kind: 'same', longest: current.longest };
}

/** The shown week against the week before, over the same days of each. */
export interface WeekComparison {
  week: InsightDay[];
  /** Days compared, from the week's first day: 7 for a week that is over. */
  compared: number;
  current: WeekFigures;
  previous: WeekFigures;
  change: WeekChange;
}

export function compareWeeks(days: SittingDays, start: DayKey, today: DayKey): WeekComparison {
  const since = measuredSince(days);
  const week = weekView(days, start, today, since);
  const before = weekView(days, calendarAdd(start, -7), today, since);
  // Today, with no record yet (a Monday morning before any browsing), is no
  // day to compare (#28.8).
  const todayInWeek = week.some((d) => d.day === today);
  const compared = comparedDays(start, today) - (todayInWeek && days[today] === undefined ? 1 : 0);
  const current = weekFigures(week.slice(0, compared));
  const previous = weekFigures(before.slice(0, compared));
  const change = weekChange(current, previous, weekFigures(before));
  return { week, compared, current, previous, change };
}

/**
 * The first week the page shows: the earliest whose week before lies wholly
 * inside the kept records (from `from` on), not before the week of the first
 * day with a record (`firstRecord`; today when there is none), and never
 * after today's week.
 */
export function earliestWeek(
  from: DayKey,
  today: DayKey,
  firstRecord: DayKey = today,
  firstDay = 1,
): DayKey {
  const firstWhole = weekStart(calendarAdd(from, 6), firstDay);
  const kept = calendarAdd(firstWhole, 7);
  const recorded = weekStart(firstRecord, firstDay);
  const earliest = recorded > kept ? recorded : kept;
  const current = weekStart(today, firstDay);
  return earliest < current ? earliest : current;
}

/**
 * Stretches done by hour of the day (24 counts) in the given day buckets, as
 * stored: each hour is the local hour where the stretch was recorded (its
 * UTC offset), so travel moves none. Values that are not buckets, and
 * events that are not done stretches with a time, are left out.
 */
export function stretchHours(buckets: readonly unknown[]): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  for (const bucket of buckets) {
    const events = (bucket as { events?: unknown } | null | undefined)?.events;
    if (!Array.isArray(events)) continue;
    for (const item of events as unknown[]) {
      const hour = doneHour(item);
      if (hour !== null) hours[hour] = (hours[hour] ?? 0) + 1;
    }
  }
  return hours;
}

function doneHour(item: unknown): number | null {
  if (typeof item !== 'object' || item === null) return null;
  const e = item as { at?: unknown; kind?: unknown; utcOffset?: unknown };
  if (e.kind !== 'done' || typeof e.at !== 'number') return null;
  const hour =
    typeof e.utcOffset === 'number'
      ? new Date(e.at + e.utcOffset * 60_000).getUTCHours()
      : new Date(e.at).getHours();
  return Number.isNaN(hour) ? null : hour;
}

/** The hour with the most stretches (the earliest of a tie), or null when there are none. */
export function peakHour(hours: readonly number[]): number | null {
  return peakHours(hours)[0] ?? null;
}

/** Every hour with the most stretches, ascending: two hours that tie are both named (#24, item 10). */
export function peakHours(hours: readonly number[]): number[] {
  const most = Math.max(0, ...hours);
  if (most === 0) return [];
  return hours.flatMap((n, hour) => (n === most ? [hour] : []));
}

/** Steps between the chart's labelled minutes, smallest first. */
const CHART_STEPS = [30, 60, 120, 180, 240, 360, 480, 720];
/** At most this many steps from the bottom of the chart to its top. */
const MAX_CHART_STEPS = 4;

/**
 * The chart's scale, in minutes: its top, the longest spell shown or the
 * interval, whichever is higher (an hour at least), rounded up to a whole
 * step, so the interval line always sits inside the chart; and the labelled
 * minutes, at most five from 0 to the top.
 */
export function chartScale(
  longest: readonly number[],
  interval: number,
): { top: number; ticks: number[] } {
  const high = Math.max(60, interval, ...longest);
  const step =
    CHART_STEPS.find((s) => Math.ceil(high / s) <= MAX_CHART_STEPS) ??
    Math.ceil(high / MAX_CHART_STEPS / 60) * 60;
  const top = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let m = 0; m <= top; m += step) ticks.push(m);
  return { top, ticks };
}

/** The interval in force as a range of minutes: one value twice in fixed mode. */
export function intervalRange(
  settings: Pick<
    Settings,
    'intervalMode' | 'intervalMinutes' | 'variedMinMinutes' | 'variedMaxMinutes'
  >,
): [number, number] {
  return settings.intervalMode === 'varied'
    ? [settings.variedMinMinutes, settings.variedMaxMinutes]
    : [settings.intervalMinutes, settings.intervalMinutes];
}
