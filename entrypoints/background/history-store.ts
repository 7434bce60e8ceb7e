/**
 * The move from an older stored version, apart from the per-step path: it
 * writes in steps of its own (a year of days each), so a worker killed
 * half-way resumes. The plan is core/migrate.ts; this file only reads and
 * writes.
 */
import { currentZone } from '@/core/days';
import type { DayContext } from '@/core/history';
import type { QuarantinedValue } from '@/core/history-schema';
import { MIGRATION_DAYS_PER_STEP, planLegacy, SCHEMA_VERSION, storedVersion } from '@/core/migrate';
import { dayBucketKey, quarantineWrites, type Writes } from '@/core/stored';
import { read, transact } from '@/lib/db';

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
      // The days are read in the zone the move began in, however often it is resumed.
      const zone = progress?.zone ?? currentZone();
      const plan = planLegacy({ events, days }, ctx, zone);
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
        writes.migration = { next: next + MIGRATION_DAYS_PER_STEP, zone };
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
