/**
 * Benchmarks that run in Node (`npm run bench` runs this file through Vitest
 * so the fake browser is available). They print numbers; they assert nothing.
 */
import { it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '@/core/days';
import { defaultSettings } from '@/core/settings';
import { breakStatus } from '@/core/status';
import { summarize } from '@/core/streaks';
import { HOUR, MINUTE } from '@/core/time';
import background from '@/entrypoints/background/index';
import * as db from '@/lib/db';
import { installFakes } from '../integration/fakes';
import { fiveYears } from './history';

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

it('prints what the popup needs from five years of history, in Node', () => {
  const buckets = fiveYears();
  const history = {
    events: [...buckets.values()].flatMap((b) => b.events),
    days: Object.fromEntries([...buckets].map(([day, b]) => [day, b.record])),
  };
  const today = dayKey(Date.now());
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const summary = summarize(history.days, today, { todayGoal: 3 });
    breakStatus(undefined, defaultSettings, Date.now());
    times.push(performance.now() - t0);
    if (summary.heatmap.length !== 26 * 7) throw new Error('unexpected heatmap');
  }
  console.log(
    `BENCH popup-data-node events=${history.events.length} days=${Object.keys(history.days).length} median_ms=${median(times).toFixed(3)} max_ms=${Math.max(...times).toFixed(3)}`,
  );
});

/**
 * Drives the real background (listeners, service, storage) through simulated
 * active hours: the user stays at the browser and answers each prompt with
 * Done after 40 s. Counts the alarm firings and event-handler runs.
 */
async function simulate(hours: number, tickEveryMinute: boolean) {
  const T0 = new Date(2026, 10, 18, 8, 30).getTime();
  const { vi } = await import('vitest');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  fakeBrowser.reset();
  await db.clearAll();
  const fakes = await installFakes();
  const counts = { alarms: 0, answers: 0, windowEvents: 0, presence: 0 };
  const tracked =
    <A extends unknown[]>(key: keyof typeof counts, fn: (...a: A) => Promise<unknown>) =>
    (...a: A) => {
      counts[key] += 1;
      return fn(...a);
    };
  background.main();
  await fakes.install();
  const end = T0 + hours * HOUR;
  let tick = T0 + MINUTE;
  for (;;) {
    const alarm = await fakeBrowser.alarms.get('tracker');
    const next = tickEveryMinute
      ? Math.min(tick, alarm?.scheduledTime ?? Infinity)
      : alarm?.scheduledTime;
    if (next === undefined || next > end) break;
    vi.setSystemTime(next);
    if (tickEveryMinute && next === tick) {
      // The baseline: a minute alarm that wakes the worker whether or not anything is due.
      counts.alarms += 1;
      tick += MINUTE;
      if (alarm?.scheduledTime !== next) continue;
    }
    await fakeBrowser.alarms.clear('tracker');
    await tracked('alarms', () => fakes.settle(fakeBrowser.alarms.onAlarm.trigger(alarm!)))();
    const prompt = (await fakeBrowser.windows.getAll()).find((w) => w.type === 'popup');
    if (prompt) {
      counts.windowEvents += 1; // focus moves to the prompt window
      vi.setSystemTime(next + 40_000);
      await tracked('answers', () =>
        fakes.settle(fakeBrowser.runtime.onMessage.trigger({ type: 'answer', answer: 'done' }, {})),
      )();
      counts.windowEvents += 2; // the window closes and focus returns
    }
  }
  vi.useRealTimers();
  return counts;
}

it('prints worker wake-ups per active hour', async () => {
  const hours = 8;
  const ours = await simulate(hours, false);
  const baseline = await simulate(hours, true);
  const row = (name: string, c: typeof ours) => {
    const scheduling = (c.alarms + c.presence) / hours;
    const all = (c.alarms + c.presence + c.answers + c.windowEvents) / hours;
    console.log(
      `BENCH wakeups ${name} alarms_per_hour=${(c.alarms / hours).toFixed(2)} scheduling_wakeups_per_hour=${scheduling.toFixed(2)} with_user_answers_per_hour=${all.toFixed(2)} prompts=${c.answers}`,
    );
  };
  row('unsit', ours);
  row('tick-every-minute', baseline);
});
