/**
 * Named regressions of Reliability v3 (#28) through the real background
 * service, in the day simulator's world (tests/sim/world.ts) with
 * fake-indexeddb behind it: history that reaches sync, refused writes made
 * good, and two browsers that agree on a day.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '@/core/days';
import type { DayBucket } from '@/core/history';
import { readableSummary, viewDays } from '@/core/summary';
import { readSynced } from '@/core/sync';
import { MINUTE } from '@/core/time';
import { clearAll, read, readDayBuckets, transact } from '@/lib/db';
import { World } from '../sim/world';
import { ALWAYS_WORKING } from '../browser-tests';

const ZONE = process.env.TZ;

beforeEach(async () => {
  await clearAll();
});
afterEach(() => {
  process.env.TZ = ZONE;
});

/** A world whose worker has started, the user present. */
async function started(w: World) {
  w.newWorker();
  await w.deliver((s) => s.handle({ type: 'startup' }));
  w.idle = 'active';
  await w.deliver((s) => s.handle({ type: 'idle' }));
  return w;
}

/** A version-2 store (before sync existed): ten working days with two stretches each. */
async function storeVersion2(lastDay: string) {
  const events: unknown[] = [];
  const days: Record<string, unknown> = {};
  for (let i = 1; i <= 10; i++) {
    const day = addDays(lastDay, -i);
    const noon = new Date(`${day}T12:00:00`).getTime();
    for (let k = 0; k < 2; k++)
      events.push({ id: `${day}-${k}`, at: noon + k * 3_600_000, kind: 'done', stretchId: null });
    days[day] = { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 2, workday: true };
  }
  await transact([] as const, () => ({
    writes: { meta: { schemaVersion: 2 }, events, days },
    result: null,
  }));
}

/** The days `world`'s sync holds for browsers other than `device`. */
function othersIn(world: World, device: string) {
  return readSynced(world.syncItems.entries(), device).others;
}

describe('history moved from before sync reaches sync (#28.2)', () => {
  it('every moved day is published at the first start, with sharing on by default', async () => {
    const at = new Date(2026, 10, 18, 9, 0).getTime();
    await storeVersion2(dayKey(at));
    const w = await started(new World(at, ALWAYS_WORKING, 5));
    const published = othersIn(w, 'nobody00');
    const moved = Object.keys(published).filter((d) => d < dayKey(at));
    expect(moved).toHaveLength(10);
    for (const day of moved) {
      const cells = Object.values(published[day] ?? {});
      expect(cells[0]?.[0]).toBe(2);
    }
  });
});

describe('a refused sync write is made good (#28.3)', () => {
  it('a day refused once reaches the other browser whole at the next step', async () => {
    const at = new Date(2026, 10, 18, 9, 0).getTime();
    const w = await started(new World(at, ALWAYS_WORKING, 5));
    const [device] = await read(['device'] as const);
    // Two Done today; the second write is refused (write rate).
    const done = async () => {
      await w.deliver((s) => s.handle({ type: 'stretch-now' }));
      await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
    };
    await done();
    const platform = w.platform();
    const refuse = platform.execute['sync-set'];
    let refused = 0;
    w.service = (await import('@/entrypoints/background/service')).createService({
      ...platform,
      execute: {
        ...platform.execute,
        'sync-set': (e) => {
          if (refused++ === 0)
            return Promise.resolve({
              type: 'sync-refused' as const,
              reason: 'MAX_WRITE_OPERATIONS',
            });
          return refuse(e);
        },
      },
    });
    w.at += MINUTE;
    await done();
    expect(refused).toBe(1);
    expect(Object.values(othersIn(w, 'nobody00')[dayKey(at)] ?? {})[0]?.[0]).toBe(1);
    // Any later step writes the refused item again, whole: the other browser sees 2.
    w.at += MINUTE;
    await w.deliver((s) => s.handle({ type: 'focus' }));
    expect(Object.values(othersIn(w, 'nobody00')[dayKey(at)] ?? {})[0]?.[0]).toBe(2);
    const [own] = await read(['syncOwn'] as const);
    expect(own).toMatchObject({ dirty: false });
    expect(device).toBeTruthy();
  });
});

describe('two browsers agree on a day (#28.7)', () => {
  it('a day without activity on this browser lends no goal to the merge', async () => {
    const at = new Date(2026, 10, 18, 9, 0).getTime();
    const w = await started(new World(at, { ...ALWAYS_WORKING, dailyGoal: 1 }, 5));
    // Yesterday this browser saw nothing but kept a record (goal 1); another browser
    // did 2 stretches yesterday under goal 3.
    const yesterday = addDays(dayKey(at), -1);
    const record = {
      done: 0,
      skipped: 0,
      snoozed: 0,
      answeredOffers: 0,
      offered: 0,
      browsed: false,
      goal: 1,
      workday: true,
      spells: 0,
      longestSpell: 0,
      longSpells: 0,
    };
    await transact([] as const, () => ({
      writes: { [`day:${yesterday}`]: { record, events: [] } },
      result: null,
    }));
    const index = (Date.parse(yesterday) - Date.UTC(2026, 0)) / 86_400_000;
    // done 2, none skipped, 3 offered and 2 answered (3*4/2 + 2 = 8), goal 3 and browsed (12).
    const value = `1${'0000'.repeat(index)}208c`;
    w.syncItems.set('u1:desktop1:2026', value);
    await w.deliver((s) =>
      s.handle({ type: 'others-synced', changes: { 'u1:desktop1:2026': { newValue: value } } }),
    );
    await w.deliver((s) => s.handle({ type: 'sync-refresh' }));
    const [raw] = await read(['summary'] as const);
    const summary = readableSummary(raw);
    if (!summary) throw new Error('no summary');
    // The desktop alone would show the day as missed (2 of 3): so must the merge.
    expect(viewDays(summary)[yesterday]?.goal).toBe(3);
  });

  it('a Done answering an offer of the day before counts alike here and in the published cell', async () => {
    const late = new Date(2026, 10, 18, 23, 59).getTime();
    const w = new World(late - 45 * MINUTE, { ...ALWAYS_WORKING, dailyGoal: 1 }, 5);
    await started(w);
    // Due at 23:59, answered at 00:01.
    w.at = w.alarm ?? 0;
    expect(dayKey(w.at)).toBe('2026-11-18');
    await w.deliver((s) => s.handle({ type: 'alarm' }));
    expect(w.windows.size).toBe(1);
    w.at = new Date(2026, 10, 19, 0, 1).getTime();
    await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
    const buckets = new Map((await readDayBuckets()) as [string, DayBucket][]);
    const day = buckets.get('2026-11-19')?.record;
    expect(day).toBeDefined();
    // What the own record says and what the cell says are the same numbers.
    const [device] = await read(['device'] as const);
    const mine = readSynced(w.syncItems.entries(), 'nobody00').others['2026-11-19']?.[device ?? ''];
    expect(mine?.[2]).toBe(day?.offered);
    expect(mine?.[3]).toBe(day?.answeredOffers);
    // An offer is answered once, on no more days than it was made on.
    expect(day?.answeredOffers).toBeLessThanOrEqual(day?.offered ?? 0);
  });
});
