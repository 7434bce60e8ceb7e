/**
 * Named regressions of the reliability issue (#11) through the real
 * background service, in the simulated world of the day simulator
 * (tests/sim/world.ts) with fake-indexeddb behind it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImport, toExportJson } from '@/core/export';
import type { DayBucket } from '@/core/history';
import { storedVersion } from '@/core/migrate';
import { readableSummary, summaryView } from '@/core/summary';
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
async function started(at: number, settings: object = ALWAYS_WORKING) {
  const w = new World(at, settings, 9);
  w.newWorker();
  await w.deliver((s) => s.handle({ type: 'startup' }));
  w.idle = 'active';
  await w.deliver((s) => s.handle({ type: 'idle' }));
  return w;
}

/** The stretch falls due and the user answers Done, `times` times. */
async function doneTimes(w: World, times: number) {
  for (let i = 0; i < times; i++) {
    if (w.alarm === null) throw new Error('no alarm');
    w.at = w.alarm;
    w.alarm = null;
    await w.deliver((s) => s.handle({ type: 'alarm' }));
    w.at += 30_000;
    await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
  }
}

/** Away until the next day at 19:00 local time (in the zone of the moment). */
async function nextEvening(w: World) {
  w.idle = 'locked';
  await w.deliver((s) => s.handle({ type: 'idle' }));
  const d = new Date(w.at);
  w.at = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 19, 0).getTime();
  w.idle = 'active';
  await w.deliver((s) => s.handle({ type: 'idle' }));
}

async function streak(at: number) {
  const [raw] = await read(['summary'] as const);
  const summary = readableSummary(raw);
  if (!summary) throw new Error('no summary');
  const d = new Date(at);
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return summaryView(summary, today, { todayGoal: 3 });
}

async function buckets(): Promise<Map<string, DayBucket>> {
  return new Map((await readDayBuckets()) as [string, DayBucket][]);
}

describe('travel never moves a stretch to another day (#11.5)', () => {
  it('two goal weeks recorded in New York keep their days and their streak when read in Berlin', async () => {
    process.env.TZ = 'America/New_York';
    // Evening stretches in New York fall after midnight in Berlin and Tokyo:
    // they are the ones a zone change would move.
    const w = await started(new Date(2026, 10, 2, 19, 0).getTime());
    for (let day = 0; day < 10; day++) {
      await doneTimes(w, 3);
      if (day < 9) await nextEvening(w);
    }
    const before = await buckets();
    const inNewYork = (await streak(w.at)).current;
    expect(inNewYork).toBe(10);

    process.env.TZ = 'Europe/Berlin';
    // A new worker in Berlin: a browser start, presence, one more step.
    w.newWorker();
    w.at += 60 * MINUTE;
    await w.deliver((s) => s.handle({ type: 'startup' }));
    const after = await buckets();
    // The check means something: these stretches are on another calendar day in Berlin.
    const moved = [...after.values()]
      .flatMap((b) => b.events)
      .filter((e) => new Date(e.at).getDate() !== Number(e.day.slice(8)));
    expect(moved.length).toBeGreaterThan(10);
    for (const [day, bucket] of before) {
      expect(after.get(day)?.events.map((e) => e.day)).toEqual(bucket.events.map((e) => e.day));
      expect(after.get(day)?.record.done).toBe(bucket.record.done);
    }
    expect((await streak(w.at)).best).toBe(10);
  });

  it('an export from New York imported on a machine in Tokyo keeps every day and the best streak', async () => {
    process.env.TZ = 'America/New_York';
    const w = await started(new Date(2026, 10, 2, 19, 0).getTime());
    for (let day = 0; day < 10; day++) {
      await doneTimes(w, 3);
      if (day < 9) await nextEvening(w);
    }
    const file = toExportJson(await buckets(), w.at);
    const expected = await buckets();

    process.env.TZ = 'Asia/Tokyo';
    await clearAll();
    const tokyo = await started(w.at + 24 * 60 * MINUTE);
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    await tokyo.deliver((s) =>
      s.handle({ type: 'import', events: parsed.events, days: parsed.days }),
    );
    const imported = await buckets();
    for (const [day, bucket] of expected) {
      expect(imported.get(day)?.record).toMatchObject({
        done: bucket.record.done,
        offered: bucket.record.offered,
      });
    }
    expect((await streak(tokyo.at)).best).toBe(10);
  });
});

describe('data written by a newer Unsit is never written over (#11.7)', () => {
  it('leaves every key as it is and records nothing', async () => {
    const newer = {
      meta: { schemaVersion: 99 },
      'day:2026-11-18': { shape: 'from the future' },
      summary: 'future',
    };
    await transact([] as const, () => ({ writes: newer as never, result: null }));
    const w = await started(new Date(2026, 10, 18, 9, 0).getTime());
    await w.deliver((s) => s.handle({ type: 'stretch-now' }));
    await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
    const reply = await w.service.handle({ type: 'import', events: [], days: [] });
    expect(reply).toMatchObject({ ok: false });
    const [meta, summary] = await read(['meta', 'summary'] as const);
    expect(storedVersion(meta)).toBe(99);
    expect(summary).toBe('future');
    expect(await readDayBuckets()).toEqual([['2026-11-18', { shape: 'from the future' }]]);
    expect(w.windows.size).toBe(0);
  });
});

describe('what export writes, import accepts (#11)', () => {
  it('a stored day that is no date is set aside, so export never writes it', async () => {
    const w = await started(new Date(2026, 10, 18, 9, 0).getTime());
    await doneTimes(w, 1);
    const bad = { record: { done: 0 }, events: [] };
    await transact([] as const, () => ({
      writes: { 'day:2026-02-30': bad } as never,
      result: null,
    }));
    await transact([] as const, () => ({ writes: { summary: undefined }, result: null }));
    // The next worker start builds the summary again from the buckets, repairing as it goes.
    w.newWorker();
    w.at += MINUTE;
    await w.deliver((s) => s.handle({ type: 'startup' }));
    const days = (await readDayBuckets()).map(([day]) => day);
    expect(days).not.toContain('2026-02-30');
    const [quarantine] = await read(['quarantine'] as const);
    expect(quarantine?.map((q) => q.key)).toContain('day:2026-02-30');
    expect(parseImport(toExportJson(await buckets(), w.at)).ok).toBe(true);
  });
});
