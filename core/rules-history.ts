/**
 * Rules over the whole history, for the inputs that read every day bucket:
 * building the summary again, merging an import, deleting everything.
 */
import type { DayKey } from './days';
import {
  byTime,
  dayContext,
  mergeIntoBuckets,
  recount,
  type DayBucket,
  type Days,
  type StretchEvent,
} from './history';
import { isWholeHistory, readBucket } from './history-schema';
import type { Input } from './inputs';
import { dayBucketKey, readLastAnswer, UNDO_MS } from './stored';
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
    if (key.startsWith('day:') && value) merged.set(key.slice(4), value as DayBucket);
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
 * buckets by event id, then the summary built again. A message that lost
 * its shape on the way merges nothing.
 */
export function importHistory(
  turn: Turn<Extract<Input, { type: 'import' }>>,
  shared: { device: string; others: Others },
): void {
  const { events, days } = turn.input;
  if (!isWholeHistory(events, days)) {
    turn.reply = { ok: false, reason: 'The import did not arrive whole.' };
    return;
  }
  const buckets = allBuckets(turn);
  const ids = new Set<string>();
  for (const bucket of buckets.values()) for (const e of bucket.events) ids.add(e.id);
  const rows = new Map(days.map(({ day, ...snapshot }) => [day, snapshot]));
  const merged = mergeIntoBuckets(buckets, ids, events, rows, dayContext(turn.settings));
  for (const [day, bucket] of merged.changed) {
    turn.writes[dayBucketKey(day)] = bucket;
    turn.changedDays.set(day, bucket.record);
  }
  rebuildSummary(turn, shared);
  turn.reply = { ok: true, added: merged.added };
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
