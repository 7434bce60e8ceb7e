/**
 * The move of a version-2 history (one `events` and one `days` value) to day
 * buckets, through the real background service: atomic per step, resumable
 * when the worker is killed at any point, nothing lost and nothing counted
 * twice, and data from a newer Unsit left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DayBucket } from '@/core/history';
import { MIGRATION_DAYS_PER_STEP, SCHEMA_VERSION } from '@/core/migrate';
import { addDays } from '@/core/days';
import { clearAll, read, readDayBuckets, transact } from '@/lib/db';
import { World } from '../sim/world';

const START = new Date(2027, 0, 4, 9, 0).getTime();

/** A version-2 store: three years of working days, some events damaged. */
function version2() {
  const events: unknown[] = [];
  const days: Record<string, unknown> = {};
  let day = '2024-01-01';
  for (let i = 0; i < 3 * 365; i++, day = addDays(day, 1)) {
    const noon = new Date(`${day}T12:00:00`).getTime();
    if ([0, 6].includes(new Date(noon).getDay())) continue;
    const n = (i % 4) + 1;
    for (let k = 0; k < n; k++) {
      events.push({
        id: `${day}-${k}`,
        at: noon + k * 3_600_000,
        kind: k === 3 ? 'skipped' : 'done',
        stretchId: 'desk-split-stance',
      });
    }
    days[day] = { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 3, workday: true };
  }
  events.splice(10, 0, { id: 'broken', at: 'noon', kind: 'done' });
  return { meta: { schemaVersion: 2 }, events, days };
}

async function storeVersion2() {
  await clearAll();
  await transact([] as const, () => ({ writes: version2(), result: null }));
}

/** Starts a worker; it moves the history as it starts. */
async function startWorker() {
  const w = new World(START, { workDays: [1, 2, 3, 4, 5] }, 3);
  w.newWorker();
  await w.deliver((s) => s.handle({ type: 'startup' }));
}

async function outcome() {
  const buckets = (await readDayBuckets()) as [string, DayBucket][];
  const [meta, summary, quarantine, events, days, migration] = await read([
    'meta',
    'summary',
    'quarantine',
    'events',
    'days',
    'migration',
  ] as const);
  return {
    buckets,
    meta,
    summary: summary && {
      ...summary,
      fold: summary.fold,
      days: summary.days,
      recent: summary.recent,
    },
    quarantined: quarantine?.map((q) => q.key) ?? [],
    leftovers: [events, days, migration],
  };
}

/** Makes the `n`-th read-write transaction from now fail, as a worker killed inside it. */
function killAtWrite(n: number) {
  const proto = IDBDatabase.prototype as unknown as {
    transaction: (...a: unknown[]) => IDBTransaction;
  };
  const original = proto.transaction;
  let writes = 0;
  proto.transaction = function (this: IDBDatabase, ...args: unknown[]) {
    if (args[1] === 'readwrite' && ++writes === n) {
      proto.transaction = original;
      throw new Error('worker killed');
    }
    return original.apply(this, args);
  };
  return () => {
    proto.transaction = original;
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('moving a version-2 history to day buckets', () => {
  beforeEach(storeVersion2);

  it('moves every event into its day, sets the broken one aside once, and removes the old values', async () => {
    await startWorker();
    const done = await outcome();
    expect(done.meta).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(done.leftovers).toEqual([undefined, undefined, undefined]);
    const events = done.buckets.flatMap(([, b]) => b.events);
    expect(events).toHaveLength(version2().events.length - 1);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(done.quarantined).toEqual(['events[10]']);
    // Three years take more than one step.
    expect(done.buckets.length).toBeGreaterThan(2 * MIGRATION_DAYS_PER_STEP);
    expect(done.summary?.recent).toHaveLength(3);
  });

  it('ends in the same history when the worker is killed at any write of the move', async () => {
    await startWorker();
    const reference = await outcome();
    let kills = 0;
    for (let n = 1; ; n++) {
      await storeVersion2();
      restore = killAtWrite(n);
      const first = await startWorker().then(
        () => 'finished',
        () => 'killed',
      );
      restore();
      if (first === 'finished') break;
      kills += 1;
      // The browser starts the worker again; it resumes where the last whole step ended.
      await startWorker();
      expect(await outcome(), `killed at write ${n}`).toEqual(reference);
    }
    // Every step of the move (and the summary after it) was a place to be killed.
    expect(kills).toBeGreaterThan(3);
  }, 30_000);
});

describe('a move resumed in another time zone (#28.10)', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('killed between two steps and resumed in Tokyo, stores every event once, on the days it began with', async () => {
    process.env.TZ = 'UTC';
    await storeVersion2();
    // Write 1 is the start's own step, 2 the move's first step; the second (3) is killed.
    restore = killAtWrite(3);
    await expect(startWorker()).rejects.toThrow('worker killed');
    restore();
    // The machine is in Tokyo now: the 15:00 UTC events fall after midnight there.
    process.env.TZ = 'Asia/Tokyo';
    await startWorker();
    const events = (await outcome()).buckets.flatMap(([, b]) => b.events);
    expect(events).toHaveLength(version2().events.length - 1);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // Every day as the move began it: in UTC.
    for (const e of events) expect(e.day).toBe(new Date(e.at).toISOString().slice(0, 10));
  });
});

describe('data from a newer Unsit', () => {
  it('is not moved, not rebuilt and not written over', async () => {
    await clearAll();
    const newer = {
      meta: { schemaVersion: SCHEMA_VERSION + 1 },
      events: ['?'],
      summary: 'future',
      'day:2026-01-05': 'future',
    };
    await transact([] as const, () => ({ writes: newer as never, result: null }));
    await startWorker();
    const [meta, events, summary] = await read(['meta', 'events', 'summary'] as const);
    expect(meta).toEqual(newer.meta);
    expect(events).toEqual(['?']);
    expect(summary).toBe('future');
    expect(await readDayBuckets()).toEqual([['2026-01-05', 'future']]);
  });
});
