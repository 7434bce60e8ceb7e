/**
 * Screenshots of the popup, options, prompt and insights pages in light and
 * dark themes, taken from the e2e build in real Chromium:
 *
 *   npx wxt build --mode e2e && npx tsx scripts/screenshots.ts [insights]
 *
 * Writes docs/screenshots/{popup,options,options-plan,welcome}-{light,dark}.png
 * (the prompt's are made by scripts/screenshots-prompt.ts)
 * and welcome-{light,dark}-es.png (Spanish needs Chromium's language files; on
 * Debian, chromium-l10n). Before the
 * popup is shot, a few days of stretches are answered through real prompt
 * windows (the e2e clock moves forward), so the streak, the ring, the heatmap
 * and the recent list show something.
 *
 * Then docs/screenshots/insights-{light,dark}[-es].png: the weekly view with
 * two weeks of sitting figures imported (tests/e2e/insights-seed.ts), in
 * English and Spanish (Spanish needs Chromium's language files; on Debian,
 * chromium-l10n). With the argument `insights`, only these.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  hook,
  launch,
  promptPage,
  ROOT,
  until,
  welcomePage,
  type Launched,
} from '../tests/e2e/harness';
import { importTwoWeeks, toSundayNoon } from '../tests/e2e/insights-seed';

const OUT = path.join(ROOT, 'docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;

interface HookState {
  now: number;
  nextBreakAt: number | null;
}

/** Moves the clock to the next break, answers the prompt window with Done. */
async function answerNextPrompt(app: Launched): Promise<void> {
  const sw = await app.worker();
  const state = await hook<HookState>(sw, 'state');
  if (state.nextBreakAt === null) throw new Error('No break is scheduled');
  await hook(sw, 'advance', state.nextBreakAt - state.now + 1000);
  await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt window');
  const page = promptPage(app.context);
  if (!page) throw new Error('No prompt window');
  const understood = page.getByRole('button', { name: 'I understand' });
  const done = page.getByRole('button', { name: 'Done', exact: true });
  await understood.or(done).waitFor();
  if (await understood.isVisible()) await understood.click();
  const closed = page.waitForEvent('close');
  await done.click();
  await closed;
}

/** Away (locked) until the next 9:00 local time, then back at the desk. */
async function nextMorning(app: Launched): Promise<void> {
  const sw = await app.worker();
  const now = await hook<number>(sw, 'now');
  const morning = new Date(now);
  morning.setHours(9, 0, 0, 0);
  if (morning.getTime() <= now) morning.setDate(morning.getDate() + 1);
  await hook(sw, 'setPresence', 'locked');
  await hook(sw, 'advance', morning.getTime() - now);
  await hook(sw, 'setPresence', 'active');
}

/** One working day per entry, with that many stretches done, from 9:00 on. */
async function makeHistory(app: Launched, perDay: number[]): Promise<void> {
  for (const count of perDay) {
    await nextMorning(app);
    for (let n = 0; n < count; n += 1) await answerNextPrompt(app);
  }
}

/** A part of a page: from the section of one heading to the section of another (ids). */
interface Region {
  from?: string;
  to?: string;
}

/** Shoots the page's content (main), or the part of it a region names. */
async function shoot(page: Page, file: string, region: Region = {}): Promise<void> {
  // Fonts and the lazily loaded illustration settle first.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  // The content's own height: a popup window fits its content.
  // No named functions inside: the evaluated code runs without the script runner's helpers.
  const [top, bottom] = await page.evaluate(({ from, to }) => {
    const main = document.querySelector('main')?.getBoundingClientRect();
    const [start, end] = [from, to].map((id) =>
      id === undefined ? undefined : document.getElementById(id)?.closest('section'),
    );
    const y = start?.getBoundingClientRect().top;
    const bottom = end?.getBoundingClientRect().bottom;
    return [
      y === undefined ? 0 : Math.floor(y + scrollY - 12),
      bottom === undefined ? Math.ceil(main?.bottom ?? 600) : Math.ceil(bottom + scrollY + 12),
    ];
  }, region);
  const width = page.viewportSize()?.width ?? 800;
  await page.screenshot({
    path: path.join(OUT, file),
    clip: { x: 0, y: top, width, height: bottom - top },
    fullPage: true,
  });
  console.log(`wrote docs/screenshots/${file}`);
}

/** The welcome page a new install opens, as it first shows, in both themes. */
async function shootWelcome(lang: string): Promise<void> {
  const app = await launch({ welcome: 'keep', settings: null, lang });
  try {
    await until(async () => welcomePage(app.context) !== undefined, 10_000, 'the welcome page');
    const page = welcomePage(app.context);
    if (!page) throw new Error('No welcome page');
    await page.setViewportSize({ width: 800, height: 900 });
    await page.locator('.start button').waitFor();
    const ui = await page.evaluate(() => document.documentElement.lang);
    if (ui !== lang) throw new Error(`The welcome page is in ${ui}, not ${lang}`);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `welcome-${colorScheme}${lang === 'en' ? '' : `-${lang}`}.png`);
    }
  } finally {
    await app.close();
  }
}

/** The weekly view, in light and dark, in `lang`; the page must be in that language. */
async function shootInsights(lang: string): Promise<void> {
  const app = await launch({ lang });
  try {
    await importTwoWeeks(app, await toSundayNoon(app));
    for (const colorScheme of SCHEMES) {
      const page = await app.context.newPage();
      await page.setViewportSize({ width: 960, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${app.extensionId}/insights.html`);
      await page.locator('.hours').waitFor();
      const ui = await page.evaluate(() => document.documentElement.lang);
      if (ui !== lang) throw new Error(`The insights page is in ${ui}, not ${lang}`);
      await shoot(page, `insights-${colorScheme}${lang === 'en' ? '' : `-${lang}`}.png`);
      await page.close();
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (process.argv[2] !== 'insights') {
    for (const lang of ['en', 'es'] as const) await shootWelcome(lang);
    await shootPages();
  }
  for (const lang of ['en', 'es'] as const) await shootInsights(lang);
}

async function shootPages(): Promise<void> {
  const app = await launch();
  try {
    // Four days meeting the goal of 3 (one with an extra stretch), then 2 so far today.
    await makeHistory(app, [3, 4, 3, 3, 2]);
    // Mid-cycle, so the countdown is not a round number.
    await hook(await app.worker(), 'advance', 17 * 60_000 + 23_000);

    for (const colorScheme of SCHEMES) {
      const popup = await app.context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.emulateMedia({ colorScheme });
      await popup.goto(`chrome-extension://${app.extensionId}/popup.html`);
      await popup.getByRole('button', { name: 'Stretch now' }).waitFor();
      await shoot(popup, `popup-${colorScheme}.png`);
      await popup.close();
    }

    // The test harness works around the clock; show the usual week instead,
    // set as a user would.
    const settings = await app.context.newPage();
    await settings.goto(`chrome-extension://${app.extensionId}/options.html`);
    for (const day of ['Saturday', 'Sunday']) {
      await settings.getByLabel(day).uncheck();
      await settings.getByText('Saved.').waitFor();
    }
    for (const [label, time] of [
      [/hours start/, '08:00'],
      [/hours end/, '18:00'],
    ] as const) {
      await settings.getByLabel(label).fill(time);
      await settings.getByText('Saved.').waitFor();
    }
    await settings.close();

    for (const colorScheme of SCHEMES) {
      const options = await app.context.newPage();
      await options.setViewportSize({ width: 800, height: 900 });
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${app.extensionId}/options.html`);
      await options
        .getByLabel(/interval/i)
        .first()
        .waitFor();
      await shoot(options, `options-${colorScheme}.png`, { to: 'h-goal' });
      // The goal, the plan and web meetings, further down.
      await shoot(options, `options-plan-${colorScheme}.png`, { from: 'h-goal', to: 'h-meetings' });
      await options.close();
    }
  } finally {
    await app.close();
  }
}

await main();
