/**
 * The summary record: what the popup and the badge need, kept current by the
 * background so that nothing they do grows with years of history. Every day
 * before `from` is already folded into the streak; the days from `from` on
 * (a little more than the heatmap shows) are kept as records.
 *
 * It is derived data: when it is missing or damaged, the background builds it
 * again from the day buckets.
 */
import { addDays, DAY_KEY_PATTERN, type DayKey } from './days';
import type { DayRecord, Days, StretchEvent } from './history';
import {
  DEFAULT_HEATMAP_WEEKS,
  emptyFold,
  foldDays,
  summarize,
  walkStreak,
  type StreakFold,
  type Summary,
  type SummaryOptions,
} from './streaks';

export interface RecentStretch {
  at: number;
  stretchId: string | null;
}

export interface StoredSummary {
  version: 1;
  from: DayKey;
  fold: StreakFold;
  days: Days;
  /** The last few completed stretches, newest first. */
  recent: RecentStretch[];
}

/** Days kept as records: the heatmap's weeks and one more. */
export const KEEP_DAYS = DEFAULT_HEATMAP_WEEKS * 7 + 7;
/** Older days are folded in once the kept span grows this much past KEEP_DAYS. */
const FOLD_SLACK_DAYS = 31;
export const RECENT_KEPT = 3;

function restrict(days: Days, from: DayKey): Days {
  const kept: Days = {};
  for (const [day, rec] of Object.entries(days)) if (day >= from) kept[day] = rec;
  return kept;
}

/** Builds the summary from every day record (after a migration, an import or a repair). */
export function buildSummary(all: Days, recent: RecentStretch[], today: DayKey): StoredSummary {
  const from = addDays(today, -KEEP_DAYS);
  return {
    version: 1,
    from,
    fold: foldDays(emptyFold(), all, from),
    days: restrict(all, from),
    recent: recent.slice(0, RECENT_KEPT),
  };
}

/**
 * The summary with one day's record replaced, older days folded in when the
 * kept span has grown; null when the day is before `from` (a clock set far
 * back): then only a full rebuild is right.
 */
export function withDay(
  summary: StoredSummary,
  day: DayKey,
  record: DayRecord,
  today: DayKey,
): StoredSummary | null {
  if (day < summary.from) return null;
  const days = { ...summary.days, [day]: record };
  const from = addDays(today, -KEEP_DAYS);
  if (from <= addDays(summary.from, FOLD_SLACK_DAYS)) return { ...summary, days };
  const folding: Days = {};
  for (const [key, rec] of Object.entries(days)) if (key < from) folding[key] = rec;
  return {
    ...summary,
    from,
    fold: foldDays(summary.fold, folding, from),
    days: restrict(days, from),
  };
}

/** The summary after a completed stretch. */
export function withRecent(summary: StoredSummary, event: StretchEvent): StoredSummary {
  if (event.kind !== 'done') return summary;
  const recent = [{ at: event.at, stretchId: event.stretchId }, ...summary.recent];
  return { ...summary, recent: recent.slice(0, RECENT_KEPT) };
}

/** The streak, today and the heatmap as of `today`, from the summary alone. */
export function summaryView(summary: StoredSummary, today: DayKey, opts: SummaryOptions): Summary {
  return summarize(summary.days, today, opts, { from: summary.from, fold: summary.fold });
}

/** Only the current streak (the badge), from the summary alone. */
export function currentStreak(summary: StoredSummary, today: DayKey, opts: SummaryOptions): number {
  return walkStreak(summary.days, today, opts, { from: summary.from, fold: summary.fold }).state
    .streak;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function isRecord(value: unknown): value is DayRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    [
      r.done,
      r.skipped,
      r.snoozed,
      r.answeredOffers,
      r.offered,
      r.goal,
      r.spells,
      r.longestSpell,
      r.longSpells,
    ].every(isCount) &&
    typeof r.browsed === 'boolean' &&
    typeof r.workday === 'boolean'
  );
}

/**
 * The stored summary when it has the shape it must have, else null. Checked
 * by hand rather than with the schema library: pages read it, and the popup
 * stays small without one.
 */
export function readableSummary(raw: unknown): StoredSummary | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Partial<Record<keyof StoredSummary, unknown>>;
  const fold = s.fold as Partial<StreakFold> | undefined;
  if (s.version !== 1 || typeof s.from !== 'string' || !Array.isArray(s.recent)) return null;
  if (typeof fold !== 'object' || typeof fold.totals !== 'object') return null;
  if (![fold.streak, fold.best, fold.goalRun, fold.freezesHeld].every(isCount)) return null;
  if (typeof s.days !== 'object' || s.days === null) return null;
  for (const [day, rec] of Object.entries(s.days)) {
    if (!DAY_KEY_PATTERN.test(day) || !isRecord(rec)) return null;
  }
  return s as StoredSummary;
}
