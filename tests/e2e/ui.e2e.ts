/**
 * The popup, options and prompt pages driven as a user drives them: by
 * role, label and visible text, in real Chromium with the e2e build.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyLine } from '@/content/safety';
import { hook, launch, promptPage, until, type Launched } from './harness';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string } | undefined
>;

interface HookState {
  now: number;
  settings?: { intervalMinutes: number; dailyGoal: number };
  events: { at: number; kind: string; stretchId: string | null }[];
}

async function state(app: Launched): Promise<HookState> {
  return hook<HookState>(await app.worker(), 'state');
}

/** Types into a field and leaves it with Tab, which is when a change is saved. */
async function enter(page: Page, label: RegExp, value: string) {
  const field = page.getByLabel(label);
  await field.fill(value);
  await field.press('Tab');
}

describe('options', () => {
  let app: Launched;
  let page: Page;
  beforeAll(async () => {
    app = await launch();
    page = await app.open('options');
    // The page renders after one read: counting its fields before that finds none.
    await page.getByLabel(/daily goal/i).waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  it('has one field whose label contains "interval" and one with "daily goal"', async () => {
    await expect(page.getByLabel(/interval/i).count()).resolves.toBe(1);
    await expect(page.getByLabel(/daily goal/i).count()).resolves.toBe(1);
    expect(await page.getByLabel(/interval/i).inputValue()).toBe('45');
    expect(await page.getByLabel(/daily goal/i).inputValue()).toBe('3');
  });

  it('saves a new interval and daily goal, which a reload reads back', async () => {
    await enter(page, /interval/i, '30');
    await page.getByRole('status').getByText('Saved.').waitFor();
    await enter(page, /daily goal/i, '2');
    await until(async () => (await state(app)).settings?.dailyGoal === 2, 5000, 'the goal saved');
    const saved = await state(app);
    expect(saved.settings).toMatchObject({ intervalMinutes: 30, dailyGoal: 2 });

    await page.reload();
    expect(await page.getByLabel(/interval/i).inputValue()).toBe('30');
    expect(await page.getByLabel(/daily goal/i).inputValue()).toBe('2');
  });

  it.each([
    ['25', '25'],
    ['61', '61'],
    ['empty', ''],
    ['abc', 'abc'],
    ['a 500-character number', '7'.repeat(500)],
  ])('shows an error for an interval of %s and keeps the saved one', async (_name, value) => {
    await page.reload();
    await enter(page, /interval/i, value);
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.isVisible()).toBe(true);
    const text = await error.textContent();
    expect(text).toContain('30');
    expect(text).toContain('60');
    expect(await page.getByLabel(/interval/i).getAttribute('aria-invalid')).toBe('true');
    // Give a wrongly sent change time to land, then check nothing changed.
    await page.waitForTimeout(300);
    expect((await state(app)).settings?.intervalMinutes).toBe(30);
    await page.reload();
    expect(await page.getByLabel(/interval/i).inputValue()).toBe('30');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows an error for a daily goal of 9 and keeps the saved one', async () => {
    await enter(page, /daily goal/i, '9');
    expect(await page.getByRole('alert').textContent()).toMatch(/1 to 8/);
    await page.waitForTimeout(300);
    expect((await state(app)).settings?.dailyGoal).toBe(2);
  });
});

describe('a stretch from the popup', () => {
  let app: Launched;
  let prompt: Page;
  beforeAll(async () => {
    app = await launch();
    // A goal of one, set in options as a user would.
    const options = await app.open('options');
    await enter(options, /daily goal/i, '1');
    await until(async () => (await state(app)).settings?.dailyGoal === 1, 5000, 'the goal saved');
    await options.close();
    // Today's record keeps the goal it started with (3); the new goal holds
    // from the next day on. Away overnight, back at 9:00.
    const sw = await app.worker();
    const now = await hook<number>(sw, 'now');
    const morning = new Date(now);
    morning.setHours(24 + 9, 0, 0, 0);
    await hook(sw, 'setPresence', 'locked');
    await hook(sw, 'advance', morning.getTime() - now);
    await hook(sw, 'setPresence', 'active');
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens the prompt window from "Stretch now", safety notice first', async () => {
    const popup = await app.open('popup');
    expect(promptPage(app.context)).toBeUndefined();
    await popup.getByRole('button', { name: 'Stretch now' }).click();
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt window');
    prompt = promptPage(app.context)!;
    // The address carries what the window shows, so it renders before reading storage.
    expect(new URL(prompt.url()).hash).toMatch(/^#stretch=[\w-]+&.*safety=show/);

    // The stretch is there at once, with a banner for the safety notice.
    await prompt
      .getByRole('region', { name: 'First time? Please read the safety notice.' })
      .waitFor();
    await prompt.getByRole('heading', { level: 1 }).waitFor();
    await prompt.getByRole('button', { name: 'I understand' }).click();
    // A reload of the window shows the stretch, not the notice again.
    await until(async () => prompt.url().includes('safety=seen'), 5_000, 'the address updated');
  });

  it('shows the stretch: name, illustration, steps, hold timer, safety line and answers', async () => {
    const name = prompt.getByRole('heading', { level: 1 });
    await name.waitFor();
    // Nothing is focused when it opens: typing meant for another window presses nothing.
    expect(await prompt.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect((await name.textContent())?.trim()).not.toBe('');
    expect(await prompt.getByRole('main').getAttribute('aria-labelledby')).toBe('stretch-name');

    const illustration = prompt.getByRole('figure').getByRole('img');
    await prompt.locator('figure svg').waitFor({ state: 'attached' });
    expect(await illustration.count()).toBe(1);
    expect((await illustration.getAttribute('aria-label'))?.length).toBeGreaterThan(10);
    expect(await illustration.isVisible()).toBe(true);

    // The step to follow now, large; every step one click away.
    expect((await prompt.locator('.now-step').textContent())?.length).toBeGreaterThan(10);
    await prompt.getByRole('button', { name: 'All steps' }).click();
    const steps = prompt.locator('#all-steps').getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await prompt.getByRole('button', { name: 'Hide the steps' }).click();

    // Each kind of move has its own timer: a hold, repetitions, or time to keep moving.
    await prompt
      .getByText(/^(Hold (for )?\d+ seconds|\d+ slow repetitions|Keep moving for)/)
      .first()
      .waitFor();
    await prompt.getByRole('button', { name: 'Start timer' }).click();
    // First the set-up steps, each in turn, with the time to get into position.
    await prompt.getByRole('img', { name: 'Get into position' }).waitFor();
    await prompt.getByRole('button', { name: 'Pause timer' }).waitFor();

    await prompt.getByText(EN[safetyLine]?.message ?? safetyLine).waitFor();
    for (const answer of ['Done', 'Snooze', 'Skip', 'Another stretch']) {
      expect(await prompt.getByRole('button', { name: answer, exact: true }).isVisible()).toBe(
        true,
      );
    }
    // The answers are in view without scrolling in the 420 × 640 window.
    const box = await prompt.getByRole('button', { name: 'Done', exact: true }).boundingBox();
    const viewport =
      prompt.viewportSize() ?? (await prompt.evaluate(() => ({ height: innerHeight })));
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  });

  it('"Another stretch" shows a different one', async () => {
    const heading = prompt.getByRole('heading', { level: 1 });
    const first = await heading.textContent();
    await prompt.getByRole('button', { name: 'Another stretch' }).click();
    await until(async () => (await heading.textContent()) !== first, 5000, 'another stretch');
    expect(await prompt.getByRole('button', { name: 'Start timer' }).isVisible()).toBe(true);
  });

  it('records Done, and the popup shows the streak and today', async () => {
    const closed = prompt.waitForEvent('close');
    await prompt.getByRole('button', { name: 'Done', exact: true }).click();
    await closed;
    await until(
      async () => (await state(app)).events.some((e) => e.kind === 'done'),
      5000,
      'the done event',
    );

    const popup = await app.open('popup');
    await popup.getByText('1 of 1 today').waitFor();
    const streak = popup.getByRole('region', { name: 'Streak' });
    expect(await streak.locator('.streak-number').textContent()).toBe('1');
    expect(await streak.getByText('day streak').isVisible()).toBe(true);

    const heatmap = popup.getByRole('grid', { name: /Stretches per day/ });
    const days = heatmap.getByRole('gridcell');
    // The history part of the popup loads after the streak: wait for its first day.
    await days.first().waitFor();
    expect(await days.count()).toBeGreaterThan(26 * 7 - 7);
    const labels = await days.evaluateAll((cells) =>
      cells.map((c) => c.getAttribute('aria-label') ?? ''),
    );
    expect(labels.every((l) => /^.+: \d of \d stretches/.test(l))).toBe(true);
    const today = heatmap.locator('[aria-current="date"]');
    expect(await today.getAttribute('aria-label')).toMatch(/: 1 of 1 stretches, goal met$/);
    expect(await today.getAttribute('class')).toMatch(/heat-[1-4]/);

    await popup.getByText(/^Last stretches$/).waitFor();
    await popup.close();
  });

  it('moves the countdown within about 2 seconds', async () => {
    const popup = await app.open('popup');
    const status = popup.getByText(/^Next stretch in \d+:\d\d$/);
    await status.waitFor();
    const first = await status.textContent();
    await until(async () => (await status.textContent()) !== first, 2500, 'the countdown');
    await popup.close();
  });

  it('exports JSON and imports the same file back without changing anything', async () => {
    const options = await app.open('options');
    const before = (await state(app)).events;
    expect(before.length).toBeGreaterThan(0);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: /Export history/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^unsit-history-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      version: number;
      events: { kind: string; at: string }[];
    };
    expect(exported.format).toBe('unsit-history');
    expect(exported.events.filter((e) => e.kind === 'done')).toHaveLength(
      before.filter((e) => e.kind === 'done').length,
    );

    await options.getByLabel(/import/i).setInputFiles(file);
    await options.getByText('Imported 0 new events.').waitFor();
    expect((await state(app)).events).toEqual(before);
    await options.close();
  });

  it('refuses a malformed file, says why, and changes nothing', async () => {
    const options = await app.open('options');
    const before = (await state(app)).events;
    for (const [name, text] of [
      ['broken.json', '{"format": "unsit-history", "version": 1, "events": ['],
      [
        'bad-event.json',
        JSON.stringify({ format: 'unsit-history', version: 1, events: [{ at: 'yesterday' }] }),
      ],
    ] as const) {
      await options.getByLabel(/import/i).setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const message = options.getByText(/^Nothing was imported: .+/);
      await message.waitFor();
      expect(await message.isVisible()).toBe(true);
      expect((await state(app)).events).toEqual(before);
    }
    await options.close();
  });

  it('logs no errors in any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
