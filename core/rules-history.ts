/**
 * Rules over the whole history, for the inputs that read every day bucket:
 * building the summary again, merging an import, deleting everything.
 */
import type { DayKey } from './days';
import {
  byTime,
  dayContext,
  emptyRecord,
  mergeIntoBuckets,
  recount,
  type DayBucket,
  type Days,
  type StretchEvent,
} from './history';
import { refuseMerged } from './export-file';
import { FUTURE_SLACK_MS, isWholeHistory, readBucket } from './history-schema';
import type { Input } from './inputs';
import { dayBucketKey, readLastAnswer, UNDO_MS } from './stored';
import { restoreSettings } from './rules-settings';
import { withDay } from './summary';
import { buildSummary, RECENT_KEPT, type RecentStretch } from './summary';
import type { Others } from './sync';
import { writeSummary, type Turn } from './turn';

const validated = new WeakMap<Turn, Map<DayKey, DayBucket>>();

/**
 * Every bucket the turn read, repaired where damaged (the repair written and
 * what was set aside reported), with what the turn itself wrote on top.
 */
export function allBuckets(turn: Turn): Map<DayKey, DayBucket> {
  let buckets = validated.get(turn);
  if (!buckets) {
    buckets = new Map();
    const ctx = dayContext(turn.settings);
    for (const [day, raw] of turn.buckets) {
      const read = readBucket(day, raw, ctx);
      turn.setAside.push(...read.quarantined);
      if (read.changed && !(dayBucketKey(day) in turn.writes)) {
        // Set aside whole (a key that is no day), it leaves the history; else the repair is kept.
        turn.writes[dayBucketKey(day)] = read.bucket ?? undefined;
      }
      if (read.bucket) buckets.set(day, read.bucket);
    }
    validated.set(turn, buckets);
  }
  const merged = new Map(buckets);
  for (const [key, value] of Object.entries(turn.writes)) {
    if (!key.startsWith('day:')) continue;
    // A day the turn removed (an import that replaces) is no longer there.
    if (value) merged.set(key.slice(4), value as DayBucket);
    else merged.delete(key.slice(4));
  }
  return merged;
}

function recentFrom(buckets: ReadonlyMap<DayKey, DayBucket>): RecentStretch[] {
  const recent: StretchEvent[] = [];
  for (const day of [...buckets.keys()].sort().reverse()) {
    const done = (buckets.get(day)?.events ?? []).filter((e) => e.kind === 'done');
    recent.push(...done.sort(byTime).reverse());
    if (recent.length >= RECENT_KEPT) break;
  }
  return recent.slice(0, RECENT_KEPT).map((e) => ({ at: e.at, stretchId: e.stretchId }));
}

export function recordsOf(buckets: ReadonlyMap<DayKey, DayBucket>): Days {
  const days: Days = {};
  for (const [day, bucket] of buckets) days[day] = bucket.record;
  return days;
}

/** The summary built again from every day and what other browsers shared. */
export function rebuildSummary(turn: Turn, shared: { device: string; others: Others }): void {
  if (!turn.allDays) throw new Error('core/rules-history.ts: a rebuild reads every day');
  const buckets = allBuckets(turn);
  writeSummary(
    turn,
    buildSummary(recordsOf(buckets), recentFrom(buckets), turn.today, shared.device, shared.others),
  );
}

/**
 * An import (parsed and validated whole by the page) merged into the day
 * buckets by event id, or, with `replace`, taking the place of every day
 * this browser kept (the best streak kept so far goes with them); then the
 * summary built again. The file's settings, when sent, are restored field
 * by field. A message that lost its shape on the way, or that carries an
 * event dated after now, changes nothing.
 */
export function importHistory(
  turn: Turn<Extract<Input, { type: 'import' }>>,
  shared: { device: string; others: Others },
): void {
  const { events, days, mode, settings } = turn.input;
  if (!isWholeHistory(events, days)) {
    turn.reply = { ok: false, reason: 'The import did not arrive whole.' };
    return;
  }
  if (events.some((e) => e.at > turn.at + FUTURE_SLACK_MS)) {
    turn.reply = { ok: false, reason: 'The import has events dated after now.' };
    return;
  }
  const ctx = dayContext(turn.settings);
  const kept = allBuckets(turn);
  const buckets = mode === 'replace' ? new Map<DayKey, DayBucket>() : kept;
  const ids = new Set<string>();
  for (const bucket of buckets.values()) for (const e of bucket.events) ids.add(e.id);
  const rows = new Map(days.map(({ day, ...snapshot }) => [day, snapshot]));
  const merged = mergeIntoBuckets(buckets, ids, events, rows, ctx);
  // What is stored must export and import again: the merge is checked whole,
  // before anything (days, settings) is written.
  const refused = refuseMerged(new Map([...buckets, ...merged.changed]));
  if (refused) {
    turn.reply = refused;
    return;
  }
  // A message is checked again here: a page could send anything.
  const raw: unknown = settings;
  const restored =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? restoreSettings(turn, raw as Record<string, unknown>)
      : null;
  if (mode === 'replace') {
    for (const day of kept.keys()) {
      turn.writes[dayBucketKey(day)] = undefined;
      // Published as an empty day, so other browsers stop counting it.
      turn.changedDays.set(day, emptyRecord(day, ctx));
    }
    turn.writes.lastAnswer = undefined;
    turn.bestReset = true;
  }
  for (const [day, bucket] of merged.changed) {
    turn.writes[dayBucketKey(day)] = bucket;
    turn.changedDays.set(day, bucket.record);
  }
  rebuildSummary(turn, shared);
  turn.reply = restored
    ? {
        ok: true,
        added: merged.added,
        settingsSaved: restored.saved,
        settingsRefused: restored.refused,
      }
    : { ok: true, added: merged.added };
}

/** "Delete everything": every stored key, this browser's items in sync, the window, alarm and notifications. */
export function deleteAll(turn: Turn): void {
  const windowId = turn.values.prompt?.windowId;
  if (windowId != null) turn.effects.push({ type: 'close-window', windowId });
  turn.effects.push(
    { type: 'alarm', at: null },
    { type: 'clear-notification', kind: 'prompt' },
    { type: 'clear-notification', kind: 'heads-up' },
    { type: 'clear-synced-settings' },
    { type: 'badge', streak: 0 },
  );
  if (turn.values.device) turn.effects.push({ type: 'sync-unpublish', device: turn.values.device });
  turn.clearAll = true;
  turn.reply = null;
  // The organisation's policy is read again: its defaults and locks apply to the new start.
  if (turn.values.policy !== undefined) turn.next.push({ type: 'policy-changed' });
}

/**
 * The last Done or Skip taken back: the event leaves its day (the counts,
 * the streak, the summary, the badge and the sync item follow); the tracker
 * is left as it is, so nothing opens again.
 */
export function undoLast(turn: Turn): void {
  const last = readLastAnswer(turn.values.lastAnswer);
  turn.reply = { ok: false };
  if (!last || turn.at - last.at > UNDO_MS || turn.at < last.at) return;
  const read = readBucket(last.day, turn.buckets.get(last.day), dayContext(turn.settings));
  turn.setAside.push(...read.quarantined);
  turn.writes.lastAnswer = undefined;
  if (!read.bucket?.events.some((e) => e.id === last.id)) return;
  const events = read.bucket.events.filter((e) => e.id !== last.id);
  const bucket = { record: recount(read.bucket.record, events), events };
  turn.writes[dayBucketKey(last.day)] = bucket;
  turn.changedDays.set(last.day, bucket.record);
  if (turn.summary) {
    const recent = turn.summary.recent.filter((r) => r.at !== last.at);
    const summary = withDay({ ...turn.summary, recent }, last.day, bucket.record, turn.today);
    writeSummary(turn, summary);
  }
  turn.reply = { ok: true, undone: last.kind };
}
