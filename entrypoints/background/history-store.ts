/**
 * The background's whole-history work, apart from the per-step path: the
 * move from an older stored version, building the summary again from every
 * day bucket, and merging an import. Each decision is made by a pure
 * function in core/; this file only reads and writes.
 */
import { dayKey, type DayKey } from '@/core/days';
import {
  byTime,
  mergeIntoBuckets,
  type DayBucket,
  type DayContext,
  type DaySnapshot,
  type Days,
  type StretchEvent,
} from '@/core/history';
import { readBucket, type QuarantinedValue } from '@/core/history-schema';
import { MIGRATION_DAYS_PER_STEP, planLegacy, SCHEMA_VERSION, storedVersion } from '@/core/migrate';
import { dayBucketKey, quarantineWrites, type Writes } from '@/core/stored';
import { buildSummary, RECENT_KEPT, type RecentStretch } from '@/core/summary';
import { read, readDayBuckets, transact } from '@/lib/db';
import type { Shared } from './sync-store';

/** What the history is ready for: normal use, or read-only because a newer Unsit wrote it. */
export type Readiness = 'ready' | 'newer';

/**
 * One step of the move to the current version: writes the next run of day
 * buckets and the progress, in one transaction; the last step also writes
 * the version and removes the old values. Returns true when the move is done.
 * Every step can be repeated: it recomputes the same buckets from the old
 * values, which stay in place until the last step.
 */
function migrationStep(ctx: DayContext, at: number): Promise<boolean> {
  return transact(
    ['meta', 'migration', 'events', 'days', 'quarantine'] as const,
    ([meta, progress, events, days, list]) => {
      if (storedVersion(meta) === SCHEMA_VERSION) return { writes: {}, result: true };
      const plan = planLegacy({ events, days }, ctx);
      const next = progress?.next ?? 0;
      const writes: Writes = {};
      const setAside: QuarantinedValue[] = next === 0 ? [...plan.quarantined] : [];
      if (next === 0 && meta !== undefined && storedVersion(meta) === null) {
        setAside.push({
          key: 'meta',
          value: meta,
          reason: 'the schema version marker is not valid',
        });
      }
      Object.assign(writes, quarantineWrites(list, setAside, at));
      for (const [day, bucket] of plan.buckets.slice(next, next + MIGRATION_DAYS_PER_STEP)) {
        writes[dayBucketKey(day)] = bucket;
      }
      if (next + MIGRATION_DAYS_PER_STEP < plan.buckets.length) {
        writes.migration = { next: next + MIGRATION_DAYS_PER_STEP };
        return { writes, result: false };
      }
      // The summary is built from the buckets next (ensureSummary).
      Object.assign(writes, {
        meta: { schemaVersion: SCHEMA_VERSION },
        migration: undefined,
        events: undefined,
        days: undefined,
        summary: undefined,
      });
      return { writes, result: true };
    },
  );
}

/** The version check on every worker start: one small read unless there is something to move. */
export async function prepareHistory(ctx: DayContext, now: () => number): Promise<Readiness> {
  for (;;) {
    const [meta] = await read(['meta'] as const);
    const version = storedVersion(meta);
    if (version !== null && version > SCHEMA_VERSION) return 'newer';
    if (version === SCHEMA_VERSION) return 'ready';
    if (await migrationStep(ctx, now())) return 'ready';
  }
}

/** Every bucket, repaired where damaged, with what had to be set aside. */
async function allBuckets(ctx: DayContext) {
  const buckets = new Map<DayKey, DayBucket>();
  const repaired: Writes = {};
  const setAside: QuarantinedValue[] = [];
  for (const [day, raw] of await readDayBuckets()) {
    const read = readBucket(day, raw, ctx);
    setAside.push(...read.quarantined);
    if (!read.bucket) {
      // Set aside whole (a key that is no day): it leaves the history.
      if (read.changed) repaired[dayBucketKey(day)] = undefined;
      continue;
    }
    buckets.set(day, read.bucket);
    if (read.changed) repaired[dayBucketKey(day)] = read.bucket;
  }
  return { buckets, repaired, setAside };
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

function recordsOf(buckets: ReadonlyMap<DayKey, DayBucket>): Days {
  const days: Days = {};
  for (const [day, bucket] of buckets) days[day] = bucket.record;
  return days;
}

/**
 * Builds the summary again from every day bucket and what other browsers
 * shared; damaged buckets are repaired and reported.
 */
export async function rebuildSummary(ctx: DayContext, at: number, shared: Shared): Promise<void> {
  const { buckets, repaired, setAside } = await allBuckets(ctx);
  const { device, others } = shared;
  const summary = buildSummary(recordsOf(buckets), recentFrom(buckets), dayKey(at), device, others);
  await transact(['quarantine'] as const, ([list]) => ({
    writes: { ...repaired, ...quarantineWrites(list, setAside, at), summary },
    result: undefined,
  }));
}

/**
 * Merges an import (already parsed and validated whole by the page) into the
 * day buckets by event id, all in one transaction, and builds the summary
 * again. Returns how many events were new.
 */
export async function importHistory(
  events: readonly StretchEvent[],
  rows: ReadonlyMap<DayKey, DaySnapshot>,
  ctx: DayContext,
  at: number,
  shared: Shared,
): Promise<number> {
  const { buckets, repaired, setAside } = await allBuckets(ctx);
  const ids = new Set<string>();
  for (const bucket of buckets.values()) for (const e of bucket.events) ids.add(e.id);
  const merged = mergeIntoBuckets(buckets, ids, events, rows, ctx);
  const all = new Map([...buckets, ...merged.changed]);
  const writes: Writes = { ...repaired };
  for (const [day, bucket] of merged.changed) writes[dayBucketKey(day)] = bucket;
  const { device, others } = shared;
  writes.summary = buildSummary(recordsOf(all), recentFrom(all), dayKey(at), device, others);
  await transact(['quarantine'] as const, ([list]) => ({
    writes: { ...writes, ...quarantineWrites(list, setAside, at) },
    result: undefined,
  }));
  return merged.added;
}
