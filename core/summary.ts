/**
 * The summary record: what the popup and the badge need, kept current by the
 * background so that nothing they do grows with years of history. Every day
 * before `from` is already folded into the streak; the days from `from` on
 * (a little more than the heatmap shows) are kept as records.
 *
 * With sharing on (core/sync.ts), the days other browsers published count
 * too: `others` holds theirs from `from` on, and the fold was made over the
 * merged days; `device` is this browser's id ('' with sharing off).
 *
 * It is derived data: when it is missing or damaged, the background builds it
 * again from the day buckets (and what sync holds).
 */
import { addDays, DAY_KEY_PATTERN, type DayKey } from './days';
import type { DayRecord, Days, StretchEvent } from './history';
import { mergeOthers, type Others } from './sync';
import {
  DEFAULT_HEATMAP_WEEKS,
  emptyFold,
  foldDays,
  summarize,
  walkStreak,
  type StreakFold,
  type Summary,
  type SummaryOptions,
  type WalkStart,
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
  /** This browser's id in sync, '' when it shares nothing. */
  device: string;
  /** Other browsers' days from `from` on (core/sync.ts). */
  others: Others;
  /**
   * The best streak ever shown: a maximum kept apart from the days, so that
   * nothing but Delete or an import that replaces the history lowers it
   * (absent in summaries written before it was kept).
   */
  bestSeen?: number;
}

/** Days kept as records: the heatmap's weeks and one more. */
export const KEEP_DAYS = DEFAULT_HEATMAP_WEEKS * 7 + 7;
/** Older days are folded in once the kept span grows this much past KEEP_DAYS. */
const FOLD_SLACK_DAYS = 31;
export const RECENT_KEPT = 3;

/** The entries of `record` on days from `from` on (or before it, with `before`). */
function restrict<T>(record: Record<DayKey, T>, from: DayKey, before = false): Record<DayKey, T> {
  const kept: Record<DayKey, T> = {};
  for (const [day, v] of Object.entries(record)) if (day >= from !== before) kept[day] = v;
  return kept;
}

/** This browser's records with the other browsers' days added (the days a streak walks over). */
export function mergedDays(own: Days, device: string, others: Others): Days {
  return mergeOthers(own, device, others, { from: '', to: '' }).days;
}

/**
 * Builds the summary from every day record of this browser and every day
 * other browsers published (after a migration, an import, a repair or news
 * from sync).
 */
export function buildSummary(
  all: Days,
  recent: RecentStretch[],
  today: DayKey,
  device = '',
  others: Others = {},
): StoredSummary {
  const from = addDays(today, -KEEP_DAYS);
  return {
    version: 1,
    from,
    fold: foldDays(emptyFold(), mergedDays(restrict(all, from, true), device, others), from),
    days: restrict(all, from),
    recent: recent.slice(0, RECENT_KEPT),
    device,
    others: restrict(others, from),
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
  const folding = mergedDays(
    restrict(days, from, true),
    summary.device,
    restrict(summary.others, from, true),
  );
  return {
    ...summary,
    from,
    fold: foldDays(summary.fold, folding, from),
    days: restrict(days, from),
    others: restrict(summary.others, from),
  };
}

/** The summary with other browsers' days from `from` on replaced (news from sync). */
export function withOthers(summary: StoredSummary, others: Others): StoredSummary {
  return { ...summary, others: restrict(others, summary.from) };
}

/** The summary after a completed stretch. */
export function withRecent(summary: StoredSummary, event: StretchEvent): StoredSummary {
  if (event.kind !== 'done') return summary;
  const recent = [{ at: event.at, stretchId: event.stretchId }, ...summary.recent];
  return { ...summary, recent: recent.slice(0, RECENT_KEPT) };
}

/** The days the popup and the badge walk: this browser's and the others', from `from` on. */
export function viewDays(summary: StoredSummary): Days {
  return mergedDays(summary.days, summary.device, summary.others);
}

/** The browsers with activity from `from` through `today`, this one included (at least 1). */
export function devicesShown(summary: StoredSummary, today: DayKey): number {
  const span = { from: summary.from, to: today };
  return Math.max(1, mergeOthers(summary.days, summary.device, summary.others, span).devices);
}

/** Where the popup's walk starts: the fold, its best raised to the best ever shown. */
export function walkStartOf(summary: StoredSummary): WalkStart {
  const best = Math.max(summary.fold.best, summary.bestSeen ?? 0);
  return { from: summary.from, fold: { ...summary.fold, best } };
}

/** The streak, today and the heatmap as of `today`, from the summary alone. */
export function summaryView(summary: StoredSummary, today: DayKey, opts: SummaryOptions): Summary {
  return summarize(viewDays(summary), today, opts, walkStartOf(summary));
}

/** The current and best streak (the badge, and the best kept), from the summary alone. */
export function streakNow(
  summary: StoredSummary,
  today: DayKey,
  opts: SummaryOptions,
): { current: number; best: number } {
  const { state } = walkStreak(viewDays(summary), today, opts, walkStartOf(summary));
  return { current: state.streak, best: state.best };
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
  if (typeof s.device !== 'string' || typeof s.others !== 'object' || s.others === null) {
    return null;
  }
  if (s.bestSeen !== undefined && !isCount(s.bestSeen)) return null;
  for (const [day, devices] of Object.entries(s.others)) {
    const cells = Object.values(devices as object) as unknown[];
    const ok = cells.every((c) => Array.isArray(c) && c.length === 6 && c.every(isCount));
    if (!DAY_KEY_PATTERN.test(day) || !ok) return null;
  }
  return s as StoredSummary;
}
