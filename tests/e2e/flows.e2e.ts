/**
 * Everyday flows in real Chromium, each once broken (issues #11 and #17):
 * a browser killed with a prompt open, a pause around an open prompt, a
 * stretch held back by a long call, an evening on a day off, a conflict in
 * options, "Stretch now" closed unanswered, filters that leave too few moves,
 * and "Last stretches" after an import.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALWAYS_WORKING, hook, launch, promptPage, until, type Launched } from './harness';

const MINUTE = 60_000;

interface HookState {
  now: number;
  nextBreakAt: number | null;
  tracker?: {
    phase: string;
    pausedUntil: number | null;
    userPrompt: boolean;
    promptVia: string | null;
  };
  events: { kind: string; day: string; id: string; at: number; utcOffset: number }[];
  summary: { current: number; today: { done: number } } | null;
  alarms: { tracker?: number };
  settings?: { workStartMinute: number; workEndMinute: number; disabledStretches: string[] };
}

async function state(app: Launched) {
  return hook<HookState>(await app.worker(), 'state');
}
async function advance(app: Launched, ms: number) {
  return hook<number>(await app.worker(), 'advance', ms);
}
async function presence(app: Launched, idle: 'active' | 'locked') {
  await hook(await app.worker(), 'setPresence', idle);
}
async function message(app: Launched, m: object) {
  const page = await app.open('options');
  const reply: unknown = await page.evaluate((x) => chrome.runtime.sendMessage(x), m);
  await page.close();
  return reply;
}

/** Away until the next `weekday` (0 = Sunday) at `hour`, then back at the desk. */
async function awayUntil(app: Launched, weekday: number, hour: number) {
  const now = (await state(app)).now;
  const d = new Date(now);
  const target = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, 0, 30);
  while (target.getTime() <= now || target.getDay() !== weekday)
    target.setDate(target.getDate() + 1);
  await presence(app, 'locked');
  await advance(app, target.getTime() - now);
  await presence(app, 'active');
}

async function waitForPrompt(app: Launched, ms = 10_000): Promise<Page> {
  await until(async () => promptPage(app.context) !== undefined, ms, 'the prompt window');
  const page = promptPage(app.context)!;
  await page.getByRole('button', { name: 'Done', exact: true }).waitFor();
  return page;
}

/** Moves the clock to the next stretch and waits for its window. */
async function nextPrompt(app: Launched): Promise<Page> {
  const s = await state(app);
  expect(s.nextBreakAt).not.toBeNull();
  await advance(app, s.nextBreakAt! - s.now + 1000);
  return waitForPrompt(app);
}

async function answer(page: Page, name: 'Done' | 'Skip' | 'Snooze') {
  const closed = page.waitForEvent('close');
  await page.getByRole('button', { name, exact: true }).click();
  await closed;
}

async function launchReady(settings: object = ALWAYS_WORKING, profile?: string, tz?: string) {
  const app = await launch({
    settings,
    profile,
    keepProfile: profile !== undefined,
    ...(tz ? { tz } : {}),
  });
  // The safety notice was seen: prompts open on the stretch.
  await message(app, { type: 'safety-seen' });
  return app;
}

/** The Chromium started with this profile: the main process, not its helpers. */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmd.split('\0');
    if (
      args.some((a) => a === `--user-data-dir=${profile}`) &&
      !args.some((a) => a.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`no browser process for ${profile}`);
}

let app: Launched | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a browser killed with a prompt open (#11.1)', () => {
  it('prompts again after a restart on the same profile', async () => {
    app = await launchReady(ALWAYS_WORKING);
    const profile = app.profile;
    await nextPrompt(app);
    // No clean close: the whole browser is killed, as a crash or power cut does.
    process.kill(browserPid(profile), 'SIGKILL');
    await app.context.close().catch(() => undefined);
    app = undefined;
    app = await launch({ profile, keepProfile: true, settings: null });
    try {
      await until(
        async () => (await state(app!)).tracker?.phase !== 'prompting',
        10_000,
        'the lost prompt ended',
      );
      expect(promptPage(app.context)).toBeUndefined();
      await presence(app, 'active');
      await advance(app, 70 * MINUTE);
      await waitForPrompt(app);
    } finally {
      await app.close();
      app = undefined;
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('a browser restarted in another time zone (#11.5)', () => {
  it('keeps each stretch on the day it was done, and the streak', async () => {
    app = await launchReady({ ...ALWAYS_WORKING, dailyGoal: 2 }, undefined, 'America/New_York');
    const profile = app.profile;
    // Away until 21:00 in New York (already the next day in Berlin), then two stretches.
    const start = (await state(app)).now;
    const evening = await (
      await app.worker()
    ).evaluate((now) => {
      const d = new Date(now);
      d.setHours(21, 0, 0, 0);
      if (d.getTime() <= now) d.setDate(d.getDate() + 1);
      return d.getTime();
    }, start);
    await presence(app, 'locked');
    await advance(app, evening - start);
    await presence(app, 'active');
    await answer(await nextPrompt(app), 'Done');
    await answer(await nextPrompt(app), 'Done');
    const before = await state(app);
    const done = before.events.filter((e) => e.kind === 'done');
    expect(done).toHaveLength(2);
    expect(before.summary?.current).toBe(1);

    // The machine moves to Berlin; the browser is killed, not closed, on the way.
    process.kill(browserPid(profile), 'SIGKILL');
    await app.context.close().catch(() => undefined);
    app = await launch({ profile, keepProfile: true, settings: null, tz: 'Europe/Berlin' });
    try {
      const sw = await app.worker();
      // The zone did change: in Berlin, those stretches' times fall on another date.
      const berlinDays = await sw.evaluate(
        (times) =>
          times.map((t) => {
            const d = new Date(t);
            return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          }),
        done.map((e) => e.at),
      );
      expect(berlinDays).not.toEqual(done.map((e) => e.day));
      const after = await state(app);
      expect(after.events).toEqual(before.events);
      // The New York day still meets the goal: the streak carries on.
      expect(after.summary?.current).toBe(1);
      // Another stretch in Berlin lands on Berlin's day.
      await answer(await nextPrompt(app), 'Done');
      const last = (await state(app)).events.at(-1);
      expect(last?.day).not.toBe(done[0]?.day);
    } finally {
      await app.close();
      app = undefined;
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('an open prompt survives a pause (#11.2, #17.4)', () => {
  it('pause, Stretch now, Resume, Done: today counts one more', async () => {
    app = await launchReady();
    const popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Pause' }).click();
    await popup.getByRole('button', { name: /hour/i }).click();
    await until(async () => (await state(app!)).tracker?.pausedUntil != null, 5000, 'the pause');
    const again = await app.open('popup');
    await again.getByRole('button', { name: 'Stretch now' }).click();
    const prompt = await waitForPrompt(app);
    const third = await app.open('popup');
    await third.getByRole('button', { name: 'Resume' }).click();
    await until(async () => (await state(app!)).tracker?.pausedUntil == null, 5000, 'the resume');
    expect(promptPage(app.context)).toBeDefined();
    await answer(prompt, 'Done');
    const popup2 = await app.open('popup');
    await popup2.getByText('1 of 3 today').waitFor();
  });

  it('a scheduled prompt stays open through a pause and its Done is recorded', async () => {
    app = await launchReady();
    const prompt = await nextPrompt(app);
    await message(app, { type: 'pause', length: 'hour' });
    await new Promise((r) => setTimeout(r, 500));
    expect(prompt.isClosed()).toBe(false);
    await answer(prompt, 'Done');
    expect((await state(app)).events.map((e) => e.kind)).toEqual(['done']);
  });
});

describe('a stretch held back by a long call (#17.1)', () => {
  it('comes as the window within 2 minutes of the call ending, after the quiet notification', async () => {
    app = await launchReady();
    const call = await app.context.newPage();
    await call.goto('about:blank');
    await call.evaluate(() => {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      osc.connect(ctx.destination);
      osc.start();
      (window as unknown as { stopCall: () => void }).stopCall = () => void ctx.close();
    });
    await new Promise((r) => setTimeout(r, 1500));
    const s = await state(app);
    // The call runs from just before the stretch is due to 35 minutes later.
    await advance(app, s.nextBreakAt! - s.now + 20 * MINUTE);
    expect((await state(app)).tracker).toMatchObject({
      phase: 'prompting',
      promptVia: 'notification',
    });
    await advance(app, 15 * MINUTE);
    expect(promptPage(app.context)).toBeUndefined();
    await call.evaluate(() => {
      (window as unknown as { stopCall: () => void }).stopCall();
    });
    await call.close();
    await new Promise((r) => setTimeout(r, 2500));
    await advance(app, 2 * MINUTE);
    await waitForPrompt(app);
    expect((await state(app)).tracker?.promptVia).toBe('window');
  });
});

describe('a day off is a rest day (#17.2)', () => {
  it('an evening of browsing on a day off keeps the streak', async () => {
    // Monday, Wednesday to Friday, 08:00–18:00: Tuesday is off.
    app = await launchReady({ workDays: [1, 3, 4, 5], workStartMinute: 480, workEndMinute: 1080 });
    await awayUntil(app, 1, 8);
    for (let i = 0; i < 3; i++) await answer(await nextPrompt(app), 'Done');
    expect((await state(app)).summary?.current).toBe(1);
    await awayUntil(app, 2, 20);
    await advance(app, 15 * MINUTE);
    await awayUntil(app, 3, 9);
    expect((await state(app)).summary?.current).toBe(1);
    const popup = await app.open('popup');
    await popup.getByText('1', { exact: true }).first().waitFor();
    const now = (await state(app)).now;
    const tuesday = new Date(now - 24 * 60 * MINUTE).toLocaleDateString('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
    });
    const cell = popup.getByRole('gridcell', { name: new RegExp(`^${tuesday}: .*rest day`) });
    expect(await cell.count()).toBe(1);
  });
});

describe('what options show is what is saved (#17.3)', () => {
  it('keeps a working-hours conflict in view, then saves both sides together', async () => {
    app = await launchReady({
      workDays: [1, 2, 3, 4, 5],
      workStartMinute: 480,
      workEndMinute: 1080,
    });
    const page = await app.open('options');
    await page.getByLabel('Working hours start').fill('19:00');
    await page.getByLabel('Working hours start').blur();
    await page
      .getByRole('alert')
      .filter({ hasText: /end after it starts/ })
      .waitFor();
    await page.getByLabel('Working hours end').fill('22:00');
    await page.getByLabel('Working hours end').blur();
    await until(async () => (await state(app!)).settings?.workEndMinute === 1320, 5000, 'the save');
    expect((await state(app)).settings).toMatchObject({
      workStartMinute: 1140,
      workEndMinute: 1320,
    });
    await page.reload();
    expect(await page.getByLabel('Working hours start').inputValue()).toBe('19:00');
    expect(await page.getByLabel('Working hours end').inputValue()).toBe('22:00');
  });
});

describe('"Stretch now", look, close (#17.5)', () => {
  it('records nothing and leaves the schedule as it was', async () => {
    app = await launchReady();
    await advance(app, 10 * MINUTE);
    const before = await state(app);
    const popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Stretch now' }).click();
    const prompt = await waitForPrompt(app);
    await prompt.close();
    await until(
      async () => (await state(app!)).tracker?.userPrompt === false,
      5000,
      'the window closed',
    );
    const after = await state(app);
    expect(after.events).toEqual([]);
    expect(after.nextBreakAt).toBe(before.nextBreakAt);
  });
});

describe('stretch filters (#17.6)', () => {
  it('refuses leaving fewer than five moves, and never shows a hidden one', async () => {
    app = await launchReady();
    const page = await app.open('options');
    const boxes = page.getByRole('checkbox', { name: /^Show / });
    const total = await boxes.count();
    for (let i = 0; i < total - 5; i++) await boxes.nth(i).click();
    await until(
      async () => ((await state(app!)).settings?.disabledStretches?.length ?? 0) === total - 5,
      5000,
      'saved',
    );
    await boxes.nth(total - 1).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /at least 5/ })
      .waitFor();
    expect(await boxes.nth(total - 1).isChecked()).toBe(true);
    const allowed = new Set<string>();
    for (let i = total - 5; i < total; i++) {
      allowed.add(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace(/^Show /, ''));
    }
    const prompt = await nextPrompt(app);
    const names = new Set<string>();
    for (let i = 0; i < 6; i++) {
      names.add(((await prompt.getByRole('heading', { level: 1 }).textContent()) ?? '').trim());
      await prompt.getByRole('button', { name: 'Another stretch' }).click();
      await prompt.waitForTimeout(300);
    }
    for (const name of names) expect(allowed).toContain(name);
    expect(names.size).toBeGreaterThan(1);
  });
});

describe('"Last stretches" after an import (#17.7)', () => {
  it('shows the imported stretches again', async () => {
    app = await launchReady();
    await answer(await nextPrompt(app), 'Done');
    await answer(await nextPrompt(app), 'Done');
    const options = await app.open('options');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: /export history/i }).click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: /delete everything|yes/i }).click();
    await until(async () => (await state(app!)).events.length === 0, 5000, 'deleted');
    await options.getByLabel(/import history/i).setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await options.getByText(/Imported 2/).waitFor();
    const popup = await app.open('popup');
    const recent = popup.locator('.recent li');
    await until(async () => (await recent.count()) === 2, 5000, 'the recent list');
  });
});
