/**
 * The daily streak, freezes, totals and the heatmap, computed from the day
 * records. Pure and recomputed on every read: the rules live in one walk
 * over the calendar instead of in counters that could drift in storage.
 */
import { addDays, dayKey, dayStart, DAY_KEY_PATTERN, type DayKey } from './days';
import { blankRecord, type DayRecord, type Days } from './history';

/** One freeze is earned for every this many consecutive goal days. */
export const GOAL_DAYS_PER_FREEZE = 7;
/** Freezes beyond this many are not kept. */
export const MAX_FREEZES_HELD = 2;
export const DEFAULT_HEATMAP_WEEKS = 26;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatCell {
  day: DayKey;
  done: number;
  goal: number;
  met: boolean;
  rest: boolean;
  /** A freeze was used on this day and kept the streak. */
  frozen: boolean;
  /** Today, still going: neither met by the fewer-offered rule nor a rest day yet. */
  today: boolean;
  level: HeatLevel;
}

export interface Totals {
  done: number;
  skipped: number;
  snoozed: number;
  /** Days on which the goal was met. */
  goalDays: number;
  /** Days with browsing or any stretch event. */
  activeDays: number;
}

export interface Summary {
  current: number;
  best: number;
  freezesHeld: number;
  /** Every day a freeze was used, ascending. */
  freezesUsed: DayKey[];
  /** A freeze used yesterday or the day before, so the popup can say it kept the streak. */
  freezeUsedRecently: DayKey | null;
  today: { done: number; goal: number; met: boolean };
  totals: Totals;
  heatmap: HeatCell[];
}

export interface SummaryOptions {
  /** Weeks shown in the heatmap (default 26). */
  heatmapWeeks?: number;
  /** Today's goal while today has no record yet (default 3). */
  todayGoal?: number;
  /** Whether today is a working day while it has no record yet (default true). */
  todayWorkday?: boolean;
}

/**
 * The goal asks only for what Unsit could ask for: on a day it offered fewer
 * stretches than the goal, answering every offered one with Done meets it.
 */
export function meetsGoal(rec: DayRecord): boolean {
  if (rec.done >= rec.goal) return true;
  return rec.offered > 0 && rec.offered < rec.goal && rec.answeredOffers >= rec.offered;
}

/**
 * Today while it is still going: only the goal's stretches done add it to the
 * streak. The fewer-offered rule waits for the day to end (another offer may
 * still come), so an answered first offer never counts today and then
 * stops counting when the next is offered (#24, item 1).
 */
export function meetsGoalSoFar(rec: DayRecord): boolean {
  return rec.done >= rec.goal;
}

/**
 * A rest day is one on which Unsit offered no stretch of its own: a day off,
 * a weekend, an evening of browsing outside working hours, a day of calls.
 * Missing the goal on it never breaks the streak; meeting it still counts.
 */
export function isRestDay(rec: DayRecord | undefined): boolean {
  return !rec || rec.offered === 0;
}

/**
 * Recorded days from `from` up to today, in calendar order ("YYYY-MM-DD"
 * sorts as text). Days without a record are rest days that change nothing,
 * so visiting only recorded days gives the same result as walking every
 * calendar day, without thousands of local-time Date conversions.
 */
function recordedDaysUntil(days: Days, today: DayKey, from: DayKey): DayKey[] {
  const keys: DayKey[] = [];
  let previous = '';
  let ascending = true;
  for (const key of Object.keys(days)) {
    if (key >= today || key < from || !DAY_KEY_PATTERN.test(key)) continue;
    if (key < previous) ascending = false;
    keys.push(key);
    previous = key;
  }
  // Records are normally added day by day, so the sort is usually skipped.
  if (!ascending) keys.sort();
  keys.push(today);
  return keys;
}

/** Today's record, or a blank one from the options while nothing happened yet today. */
function todayRecord(days: Days, today: DayKey, opts: SummaryOptions): DayRecord {
  return days[today] ?? blankRecord(opts.todayGoal ?? 3, opts.todayWorkday ?? true);
}

/** The streak walked up to some day: everything a later walk needs to go on from there. */
export interface StreakFold {
  streak: number;
  best: number;
  /** Goal days in a row; rest days pause it, a missed working day (frozen or not) ends it. */
  goalRun: number;
  freezesHeld: number;
  /** The last day a freeze was used. */
  lastFreeze: DayKey | null;
  totals: Totals;
}

export function emptyFold(): StreakFold {
  return {
    streak: 0,
    best: 0,
    goalRun: 0,
    freezesHeld: 0,
    lastFreeze: null,
    totals: { done: 0, skipped: 0, snoozed: 0, goalDays: 0, activeDays: 0 },
  };
}

/** Applies one day's outcome to the streak (in place). */
function countDay(
  s: StreakFold,
  day: DayKey,
  rec: DayRecord | undefined,
  isToday: boolean,
  freezesUsed: DayKey[],
): void {
  if (rec && (isToday ? meetsGoalSoFar(rec) : meetsGoal(rec))) {
    s.streak += 1;
    s.goalRun += 1;
    if (s.goalRun % GOAL_DAYS_PER_FREEZE === 0 && s.freezesHeld < MAX_FREEZES_HELD) {
      s.freezesHeld += 1;
    }
    if (s.streak > s.best) s.best = s.streak;
    return;
  }
  // Today is still going: it neither adds nor takes away until it is over.
  if (isToday || isRestDay(rec)) return;
  if (s.freezesHeld > 0) {
    s.freezesHeld -= 1;
    s.lastFreeze = day;
    freezesUsed.push(day);
    // The freeze keeps the streak, but the day was still missed: the run of
    // consecutive goal days towards the next freeze starts again.
    s.goalRun = 0;
    return;
  }
  s.streak = 0;
  s.goalRun = 0;
}

/** Folds finished days (all before `until`) into a copy of `fold`, in calendar order. */
export function foldDays(fold: StreakFold, days: Days, until: DayKey): StreakFold {
  const next: StreakFold = { ...fold, totals: { ...fold.totals } };
  const keys = Object.keys(days)
    .filter((k) => k < until)
    .sort();
  for (const day of keys) {
    const rec = days[day];
    countDay(next, day, rec, false, []);
    addToTotals(next.totals, rec);
  }
  return next;
}

function addToTotals(t: Totals, rec: DayRecord | undefined, isToday = false): void {
  if (!rec) return;
  t.done += rec.done;
  t.skipped += rec.skipped;
  t.snoozed += rec.snoozed;
  if (isToday ? meetsGoalSoFar(rec) : meetsGoal(rec)) t.goalDays += 1;
  if (rec.browsed || rec.done + rec.skipped + rec.snoozed > 0) t.activeDays += 1;
}

/** 0 for nothing done, then quarters of the goal, capped at 4 once the goal is met. */
export function heatLevel(done: number, goal: number): HeatLevel {
  if (done <= 0) return 0;
  return Math.min(4, Math.ceil((4 * done) / Math.max(1, goal))) as HeatLevel;
}

function heatCell(
  day: DayKey,
  rec: DayRecord | undefined,
  fallbackGoal: number,
  frozen: boolean,
  isToday: boolean,
): HeatCell {
  const done = rec?.done ?? 0;
  const goal = rec?.goal ?? fallbackGoal;
  const met = rec ? (isToday ? meetsGoalSoFar(rec) : meetsGoal(rec)) : done >= goal;
  return {
    day,
    done,
    goal,
    met,
    // Whether today is a rest day is known only once it is over.
    rest: !isToday && isRestDay(rec),
    frozen,
    today: isToday,
    level: met ? 4 : heatLevel(done, goal),
  };
}

/**
 * The days from `weeks * 7 - 1` days before today up to today, ascending.
 * One local Date is stepped a day at a time (cheaper than addDays per cell),
 * so a day the time zone skipped (Samoa, 2011-12-30) is stepped over.
 */
function heatmapDays(today: DayKey, weeks: number): DayKey[] {
  if (weeks <= 0) return [];
  const out: DayKey[] = [];
  const date = dayStart(addDays(today, -(weeks * 7 - 1)));
  for (let day = dayKey(date); day <= today; day = dayKey(date)) {
    out.push(day);
    date.setDate(date.getDate() + 1);
  }
  return out;
}

/**
 * Where a walk starts: the fold of every day before `from`. The popup starts
 * from the summary record the background keeps, so its work does not grow
 * with years of history.
 */
export interface WalkStart {
  from: DayKey;
  fold: StreakFold;
}

/** The streak walked from `start` through today: the fold, the freezes used on the way, today's record. */
export function walkStreak(
  days: Days,
  today: DayKey,
  opts: SummaryOptions = {},
  start: WalkStart = { from: '', fold: emptyFold() },
): { state: StreakFold; freezesUsed: DayKey[]; todayRec: DayRecord } {
  const todayRec = todayRecord(days, today, opts);
  const state: StreakFold = { ...start.fold, totals: { ...start.fold.totals } };
  const freezesUsed: DayKey[] = [];
  for (const day of recordedDaysUntil(days, today, start.from)) {
    const isToday = day === today;
    const rec = isToday ? todayRec : days[day];
    countDay(state, day, rec, isToday, freezesUsed);
    addToTotals(state.totals, rec, isToday);
  }
  return { state, freezesUsed, todayRec };
}

/** Everything about the streak as of `today`, without the heatmap (the popup's first frame). */
export type StreakSummary = Omit<Summary, 'heatmap'>;

export function streakSummary(
  days: Days,
  today: DayKey,
  opts: SummaryOptions = {},
  start: WalkStart = { from: '', fold: emptyFold() },
): StreakSummary {
  const { state, freezesUsed, todayRec } = walkStreak(days, today, opts, start);
  const lastFreeze = state.lastFreeze;
  const recent =
    lastFreeze !== null && (lastFreeze === addDays(today, -1) || lastFreeze === addDays(today, -2));
  return {
    current: state.streak,
    best: state.best,
    freezesHeld: state.freezesHeld,
    freezesUsed,
    freezeUsedRecently: recent ? lastFreeze : null,
    today: { done: todayRec.done, goal: todayRec.goal, met: meetsGoalSoFar(todayRec) },
    totals: state.totals,
  };
}

/** The heatmap's cells up to today, ascending; `freezesUsed` marks the frozen days. */
export function heatmap(
  days: Days,
  today: DayKey,
  opts: SummaryOptions,
  freezesUsed: readonly DayKey[],
): HeatCell[] {
  const weeks = Math.max(0, Math.floor(opts.heatmapWeeks ?? DEFAULT_HEATMAP_WEEKS));
  const todayRec = todayRecord(days, today, opts);
  const frozen = new Set(freezesUsed);
  return heatmapDays(today, weeks).map((day) =>
    heatCell(
      day,
      day === today ? todayRec : days[day],
      todayRec.goal,
      frozen.has(day),
      day === today,
    ),
  );
}

/** The streak, freezes, totals and heatmap as of `today`, from the day records. */
export function summarize(
  days: Days,
  today: DayKey,
  opts: SummaryOptions = {},
  start: WalkStart = { from: '', fold: emptyFold() },
): Summary {
  const summary = streakSummary(days, today, opts, start);
  return { ...summary, heatmap: heatmap(days, today, opts, summary.freezesUsed) };
}
