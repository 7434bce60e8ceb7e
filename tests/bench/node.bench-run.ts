/**
 * Benchmarks that run in Node, through the real background service with
 * fake-indexeddb (`npm run bench` runs this file through Vitest). They print
 * `BENCH` lines with numbers and ratios; they assert nothing.
 */
import fc from 'fast-check';
import { it } from 'vitest';
import { buildSummary } from '@/core/summary';
import { dayKey } from '@/core/days';
import { SCHEMA_VERSION } from '@/core/migrate';
import { dayBucketKey, type Writes } from '@/core/stored';
import { clearAll, readDayBuckets, transact } from '@/lib/db';
import { week } from '../sim/desk-worker';
import { simulate } from '../sim/simulate';
import { World } from '../sim/world';
import { history } from './history';
import { ALWAYS_WORKING } from '../browser-tests';

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Stores `years` of history as the background keeps it: one bucket a day and the summary. */
async function storeYears(years: number, today: string): Promise<number> {
  await clearAll();
  const buckets = history(years, today);
  const writes: Writes = { meta: { schemaVersion: SCHEMA_VERSION } };
  for (const [day, bucket] of buckets) writes[dayBucketKey(day)] = bucket;
  const records = Object.fromEntries([...buckets].map(([day, b]) => [day, b.record]));
  writes.summary = buildSummary(records, [], today);
  await transact([] as const, () => ({ writes, result: null }));
  return [...buckets.values()].reduce((n, b) => n + b.events.length, 0);
}

/** Ten worker starts with their history check, then ten "Stretch now" → Done: milliseconds each. */
async function timeSteps(start: number) {
  const w = new World(start, ALWAYS_WORKING, 5);
  const starts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    w.newWorker();
    await w.deliver((s) => s.handle({ type: 'startup' }));
    starts.push(performance.now() - t0);
  }
  const startup = median(starts);
  w.idle = 'active';
  await w.deliver((s) => s.handle({ type: 'idle' }));
  const stretches: number[] = [];
  for (let i = 0; i < 10; i++) {
    w.at += 60_000;
    const t = performance.now();
    await w.deliver((s) => s.handle({ type: 'stretch-now' }));
    await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
    stretches.push(performance.now() - t);
  }
  return { startup, stretch: stretches.reduce((a, b) => a + b, 0) / stretches.length };
}

it('prints what one recorded stretch and a worker start cost with 1, 5 and 20 years of history', async () => {
  const start = new Date(2026, 10, 18, 9, 0).getTime();
  const today = dayKey(start);
  const years = [1, 5, 20];
  const runs: Record<number, { startup: number[]; stretch: number[]; events: number }> = {};
  for (const y of years) runs[y] = { startup: [], stretch: [], events: 0 };
  // Alternating rounds, the order turning each time: load on the machine falls on every size alike.
  for (let round = 0; round < 7; round++) {
    for (let k = 0; k < years.length; k++) {
      const y = years[(round + k) % years.length]!;
      runs[y]!.events = await storeYears(y, today);
      const t = await timeSteps(start);
      if (round === 0) continue; // warm-up
      runs[y]!.startup.push(t.startup);
      runs[y]!.stretch.push(t.stretch);
    }
  }
  await storeYears(20, today);
  const stored = (await readDayBuckets()).reduce((n, [, v]) => n + JSON.stringify(v).length, 0);
  const base = runs[1]!;
  for (const y of years) {
    const r = runs[y]!;
    console.log(
      `BENCH storage years=${y} events=${r.events} stretch_ms=${median(r.stretch).toFixed(2)} startup_ms=${median(r.startup).toFixed(2)} stretch_ratio=${(median(r.stretch) / median(base.stretch)).toFixed(2)} startup_ratio=${(median(r.startup) / median(base.startup)).toFixed(2)}`,
    );
  }
  console.log(`BENCH storage-size years=20 json_bytes=${stored}`);
});

it('prints worker wake-ups per active hour and per off-hours hour over random weeks', async () => {
  const zone = process.env.TZ ?? 'UTC';
  const totals = { working: 0, afterTravel: 0, offWakeups: 0, hours: 0, offHours: 0, prompts: 0 };
  await fc.assert(
    fc.asyncProperty(week(), async (w) => {
      const r = await simulate(w, zone);
      totals.working += r.wakeups.working;
      totals.afterTravel += r.wakeups.afterTravel;
      totals.offWakeups += r.wakeups.offHours;
      totals.hours += r.hours.working;
      totals.offHours += r.hours.offHours;
      totals.prompts += r.windowsOpened + r.notifications;
    }),
    { numRuns: 200, seed: 42 },
  );
  console.log(
    `BENCH wakeups active_per_hour=${(totals.working / totals.hours).toFixed(2)} prompts_per_hour=${(totals.prompts / totals.hours).toFixed(2)} offhours_per_hour=${(totals.offWakeups / totals.offHours).toFixed(2)} offhours_hours=${Math.round(totals.offHours)} active_hours=${Math.round(totals.hours)} after_travel=${totals.afterTravel}`,
  );
});

/**
 * A plain working day: the user stays at the browser and answers each prompt
 * with Done after 40 s; counts alarm firings against a tick every minute.
 */
it('prints wake-ups of a plain 8-hour day against a tick every minute', async () => {
  const start = new Date(2026, 10, 18, 8, 30).getTime();
  await clearAll();
  const w = new World(start, ALWAYS_WORKING, 1);
  w.newWorker();
  await w.deliver((s) => s.handle({ type: 'startup' }));
  w.idle = 'active';
  await w.deliver((s) => s.handle({ type: 'idle' }));
  const end = start + 8 * 3_600_000;
  let alarms = 0;
  let prompts = 0;
  while (w.alarm !== null && w.alarm <= end) {
    w.at = w.alarm;
    w.alarm = null;
    alarms += 1;
    await w.deliver((s) => s.handle({ type: 'alarm' }));
    if (w.windows.size > 0) {
      prompts += 1;
      w.at += 40_000;
      await w.deliver((s) => s.handle({ type: 'answer', answer: 'done' }));
    }
  }
  console.log(
    `BENCH wakeups-day alarms_per_hour=${(alarms / 8).toFixed(2)} prompts=${prompts} tick_every_minute_per_hour=60.00`,
  );
});
