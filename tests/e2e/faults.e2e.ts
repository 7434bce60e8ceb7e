/**
 * Faults in real Chromium (issue: fault harness). The same seeded plan of 50
 * prompt cycles over a few simulated weeks runs twice: once calmly, once with
 * the worker stopped through CDP at random points (between events, during a
 * Done, during an import) and the browser closed and reopened on the same
 * profile three times. Per-day history and the streak must come out equal.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, dayKey, utcOffsetMinutes } from '@/core/days';
import { hook, launch, stopWorker, until, type Launched } from './harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A small seeded generator: the plan and the faults are the same every run. */
function seeded(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

type Answer = 'done' | 'skip' | 'snooze';
interface Step {
  answer: Answer;
  /** After this cycle the user goes home: a night away. */
  night: boolean;
  /** Before this cycle an export from another browser is imported. */
  importHere: boolean;
}

function plan(): Step[] {
  const random = seeded(7);
  return Array.from({ length: 50 }, (_, i) => {
    const r = random();
    return {
      answer: r < 0.72 ? 'done' : r < 0.86 ? 'snooze' : 'skip',
      night: i % 3 === 2,
      importHere: i === 20,
    };
  });
}

interface Outcome {
  perDay: Record<string, Record<string, number>>;
  summary: { current: number; best: number; freezesHeld: number; freezesUsed: string[] };
}

interface HookState {
  now: number;
  nextBreakAt: number | null;
  tracker?: { phase: string };
  events: { at: number; kind: string; id: string }[];
  summary: Outcome['summary'];
}

/** How many faults a run injected: the faulty run must really have had them. */
const injected = { stops: 0, stopsDuringMessage: 0, restarts: 0 };

class Session {
  app!: Launched;
  page!: Page;
  requests: string[] = [];
  constructor(public profile: string | undefined) {}

  async open(first: boolean) {
    this.app = await launch({
      profile: this.profile,
      keepProfile: true,
      settings: first ? undefined : null,
    });
    this.page = await this.app.open('options');
  }
  async close() {
    this.requests.push(...this.app.outsideRequests);
    await this.app.close();
  }
  async state() {
    return hook<HookState>(await this.app.worker(), 'state');
  }
  async advance(ms: number) {
    return hook<number>(await this.app.worker(), 'advance', ms);
  }
  async presence(state: 'active' | 'locked') {
    await hook(await this.app.worker(), 'setPresence', state);
  }
  /** Sends a message as a page does; with `stop`, the worker is stopped at the same moment. */
  async send(message: object, stop: boolean) {
    const sending = this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    if (!stop) return sending;
    injected.stopsDuringMessage += 1;
    const [reply] = await Promise.allSettled([sending, stopWorker(this.page)]);
    // A message lost with the worker (refused, or answered by nobody) is sent
    // again, as the user would after the page says it did not go through;
    // every message here is safe to repeat.
    if (reply.status === 'rejected' || reply.value === undefined)
      return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await this.wake();
    return reply.value;
  }
  /**
   * Answers the open prompt as the prompt window does: while the window is
   * still open (the answer was lost with a stopped worker) it is sent again.
   */
  async answer(answer: Answer, stop: boolean) {
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.send({ type: 'answer', answer }, stop && attempt === 0);
      const phase = (await this.state()).tracker?.phase;
      if (phase !== 'prompting') return;
    }
    throw new Error(`the ${answer} answer was never taken`);
  }
  /** The hook lives in the worker: start it again (a message nobody answers) before using it. */
  async wake() {
    await this.page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }));
  }
}

/** Another browser's export: three Done stretches on past days. */
function importedHistory(start: number) {
  const day = (n: number) => new Date(start - n * 24 * HOUR + 10 * HOUR).getTime();
  return {
    type: 'import',
    // As the options page sends it: parsed from a version-2 file.
    events: [1, 2, 3].map((n) => ({
      id: `other-${n}`,
      at: day(n),
      kind: 'done',
      stretchId: 'desk-split-stance',
      day: dayKey(day(n)),
      utcOffset: utcOffsetMinutes(day(n)),
      answersOffer: false,
    })),
    days: [],
  };
}

async function runPlan(faults: boolean): Promise<Outcome> {
  const random = seeded(99);
  const steps = plan();
  const s = new Session(undefined);
  await s.open(true);
  s.profile = s.app.profile;
  const restartsAt = new Set([12, 25, 38]);
  const maybeStop = async () => {
    if (faults && random() < 0.3) {
      injected.stops += 1;
      await stopWorker(s.page);
      await s.wake();
    }
  };

  // Start at 08:00 local on the next morning, after a night away.
  await s.presence('locked');
  const now0 = (await s.state()).now;
  const tomorrow = new Date(now0);
  const morning = new Date(
    tomorrow.getFullYear(),
    tomorrow.getMonth(),
    tomorrow.getDate() + 1,
    8,
    0,
    30,
  ).getTime();
  await s.advance(morning - now0);
  await s.presence('active');
  const started = morning;

  for (const [i, step] of steps.entries()) {
    if (faults && restartsAt.has(i)) {
      injected.restarts += 1;
      await s.close();
      await s.open(false);
    }
    await maybeStop();
    if (step.importHere) {
      const reply = await s.send(importedHistory(started), faults);
      expect(reply).toMatchObject({ ok: true });
    }
    const before = await s.state();
    expect(before.nextBreakAt).not.toBeNull();
    await s.advance(before.nextBreakAt! - before.now + 30_000);
    await until(async () => (await s.state()).tracker?.phase === 'prompting', 5000, `prompt ${i}`);
    await maybeStop();
    if (step.answer === 'snooze') {
      await s.answer('snooze', faults && random() < 0.5);
      await s.advance(5 * MINUTE + 30_000);
      await until(
        async () => (await s.state()).tracker?.phase === 'prompting',
        5000,
        `re-prompt ${i}`,
      );
    }
    await s.answer(step.answer === 'skip' ? 'skip' : 'done', faults && random() < 0.5);
    if (step.night) {
      await s.presence('locked');
      const st = await s.state();
      const d = new Date(st.now);
      const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 8, 0, 30).getTime();
      await s.advance(next - st.now);
      await s.presence('active');
    }
  }
  const final = await s.state();
  await s.close();
  rmSync(s.profile!, { recursive: true, force: true });
  expect(s.requests).toEqual([]);
  const perDay: Outcome['perDay'] = {};
  for (const e of final.events) {
    const day = dayKey(e.at);
    perDay[day] ??= {};
    perDay[day][e.kind] = (perDay[day][e.kind] ?? 0) + 1;
  }
  // The first day of the plan and the last: a sanity check that weeks passed.
  expect(Object.keys(perDay).length).toBeGreaterThanOrEqual(14);
  expect(addDays(dayKey(started), 14) <= dayKey(final.now)).toBe(true);
  return { perDay, summary: final.summary };
}

describe('faults: worker stops and browser restarts lose nothing and count nothing twice', () => {
  const outcomes: Outcome[] = [];

  it('runs the plan without faults', async () => {
    outcomes.push(await runPlan(false));
    const done = Object.values(outcomes[0]!.perDay).reduce((n, d) => n + (d.done ?? 0), 0);
    expect(done).toBeGreaterThan(30);
  }, 300_000);

  it('runs the same plan with faults and ends in the same history and streak', async () => {
    const faulty = await runPlan(true);
    expect(outcomes[0]).toBeDefined();
    expect(injected.restarts).toBe(3);
    expect(injected.stops).toBeGreaterThanOrEqual(10);
    expect(injected.stopsDuringMessage).toBeGreaterThanOrEqual(10);
    expect(faulty.perDay).toEqual(outcomes[0]!.perDay);
    expect(faulty.summary).toEqual(outcomes[0]!.summary);
  }, 300_000);
});
