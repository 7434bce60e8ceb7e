/**
 * A streak you can trust and a backup that restores (#24), in real Chromium
 * with the e2e build, driven as a user drives the pages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, hook, launch, promptPage, until, type Launched } from './harness';

const MINUTE = 60_000;

interface HookState {
  now: number;
  tracker?: { pausedUntil: number | null };
  nextBreakAt: number | null;
  events: { kind: string; id: string }[];
  settings?: { intervalMinutes: number; noKneeling: boolean; plan: string };
}

async function state(app: Launched) {
  return hook<HookState>(await app.worker(), 'state');
}
async function advance(app: Launched, ms: number) {
  return hook<number>(await app.worker(), 'advance', ms);
}
async function message(app: Launched, m: object) {
  const page = await app.open('options');
  const reply: unknown = await page.evaluate((x) => chrome.runtime.sendMessage(x), m);
  await page.close();
  return reply;
}

async function launchReady(settings: object = ALWAYS_WORKING) {
  const app = await launch({ settings });
  await message(app, { type: 'safety-seen' });
  return app;
}

/** Moves the clock to the next stretch and waits for its window. */
async function nextPrompt(app: Launched): Promise<Page> {
  const s = await state(app);
  expect(s.nextBreakAt).not.toBeNull();
  await advance(app, s.nextBreakAt! - s.now + 1000);
  await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt window');
  const page = promptPage(app.context)!;
  await page.getByRole('button', { name: 'Done', exact: true }).waitFor();
  return page;
}

async function done(page: Page) {
  const closed = page.waitForEvent('close');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await closed;
}

/** The streak number, the best streak line and the badge, as shown now. */
async function shown(app: Launched) {
  const popup = await app.open('popup');
  const number = popup.locator('.streak-number');
  await number.waitFor();
  const streak = (await number.textContent()) ?? '';
  const line = (await popup.getByText(/^Best streak/).textContent()) ?? '';
  await popup.close();
  const badge = await (await app.worker()).evaluate(() => chrome.action.getBadgeText({}));
  return { streak, line, badge };
}

let app: Launched | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the streak never goes down during a good day (#24, item 1)', () => {
  it('day 1, goal 3: nothing after the first Done or the next offer, 1 after the third Done', async () => {
    app = await launchReady();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const prompt = await nextPrompt(app);
      seen.push((await shown(app)).streak);
      await done(prompt);
      seen.push((await shown(app)).streak);
    }
    expect(seen).toEqual(['0', '0', '0', '0', '0', '1']);
    const end = await shown(app);
    expect(end.line).toMatch(/^Best streak: 1/);
    expect(end.badge).toBe('1');
  });
});

describe('the export is a backup (#24, item 2)', () => {
  it('Export, Delete everything, Import: the history and every setting come back', async () => {
    app = await launchReady();
    await message(app, {
      type: 'save-settings',
      change: { intervalMinutes: 35, noKneeling: true, plan: 'After a call, I stand up' },
    });
    await done(await nextPrompt(app));
    const options = await app.open('options');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: /export history/i }).click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: /delete everything|yes/i }).click();
    await until(async () => (await state(app!)).events.length === 0, 5000, 'deleted');
    await options.getByLabel(/replace this browser/i).check();
    await options.getByLabel(/import history/i).setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await options.getByText(/Imported 1 new events\. Settings restored\./).waitFor();
    expect((await state(app)).settings).toMatchObject({ intervalMinutes: 35, noKneeling: true });
    // The page shows the restored settings, and the kneeling moves are left out again.
    expect(await options.getByLabel(/interval/i).inputValue()).toBe('35');
    expect(await options.getByLabel('No kneeling').isChecked()).toBe(true);
    const kneeling = options.getByText(/left out by “No kneeling”/);
    expect(await kneeling.count()).toBeGreaterThan(0);
  });

  it('refuses a file with an event dated after now, and says which (#24, item 10)', async () => {
    app = await launchReady();
    const now = (await state(app)).now;
    const file = JSON.stringify({
      format: 'unsit-history',
      version: 1,
      events: [{ id: 'x1', at: new Date(now + 3 * 24 * 60 * MINUTE).toISOString(), kind: 'done' }],
    });
    const options = await app.open('options');
    await options.getByLabel(/import history/i).setInputFiles({
      name: 'later.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await options.getByText(/event 1 has a date later than now/).waitFor();
    expect((await state(app)).events).toEqual([]);
  });
});

describe('pauses and a holiday say until when (#24, items 9 and 10)', () => {
  it('"until tomorrow" says tomorrow; a holiday picked in the popup says its day', async () => {
    app = await launchReady();
    const paused = (on: boolean) =>
      until(
        async () => ((await state(app!)).tracker?.pausedUntil != null) === on,
        5000,
        'the pause',
      );
    let popup = await app.open('popup');
    await popup.getByRole('button', { name: /^Pause/ }).click();
    // The menu follows the arrow keys.
    await popup.keyboard.press('ArrowDown');
    await expect(popup.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Pause until tomorrow',
    );
    // The popup closes on the key press itself, before the key comes up.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await paused(true);
    if (!popup.isClosed()) await popup.close();
    popup = await app.open('popup');
    await popup.getByText('Paused until tomorrow.').waitFor();
    await popup.getByRole('button', { name: 'Resume' }).click();
    await paused(false);
    if (!popup.isClosed()) await popup.close();

    popup = await app.open('popup');
    await popup.getByRole('button', { name: /^Pause/ }).click();
    await popup.getByRole('button', { name: 'Holiday…' }).click();
    const field = popup.getByLabel('Back on');
    const max = (await field.getAttribute('max'))!;
    await field.fill(max);
    await popup.getByRole('button', { name: 'Start holiday' }).click();
    await paused(true);
    if (!popup.isClosed()) await popup.close();
    popup = await app.open('popup');
    await popup
      .getByText(/^On holiday until .+\. Those days are rest days for your streak\.$/)
      .waitFor();
    const [y, m, d] = max.split('-').map(Number) as [number, number, number];
    const day = new Date(y, m - 1, d).toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
    });
    expect(await popup.locator('.status').textContent()).toContain(day);
  });
});

describe('the heatmap (#24, item 9)', () => {
  it('has weekday and month labels, a legend, today not a rest day, and one Tab stop the arrows move', async () => {
    app = await launchReady();
    const popup = await app.open('popup');
    const grid = popup.getByRole('grid');
    await grid.waitFor();
    expect(await popup.getByRole('rowheader').filter({ hasText: /\w/ }).count()).toBeGreaterThan(2);
    expect(await popup.getByRole('columnheader').filter({ hasText: /\w/ }).count()).toBeGreaterThan(
      4,
    );
    await popup.getByText('None').waitFor();
    const today = popup.locator('[aria-current="date"]');
    expect(await today.getAttribute('aria-label')).not.toMatch(/rest day/);
    expect(await today.getAttribute('tabindex')).toBe('0');
    expect(await popup.locator('[role="gridcell"][tabindex="0"]').count()).toBe(1);
    await today.focus();
    await popup.keyboard.press('ArrowLeft');
    const focused = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).not.toBe(await today.getAttribute('aria-label'));
    expect(focused).toMatch(/: 0 of 3 stretches/);
  });
});
