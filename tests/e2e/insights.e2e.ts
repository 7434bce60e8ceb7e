/**
 * The weekly view in real Chromium: two weeks imported through options,
 * opened from the popup's link; the table, the sentence, the hours, the
 * keyboard, axe-core in light and dark, and the page in Spanish.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from './axe';
import { launch, type Launched } from './harness';
import {
  importTwoWeeks,
  THIS_WEEK,
  toSundayNoon,
  WEEK_BEFORE,
  type SeedDay,
} from './insights-seed';

/** The table's body and foot, cell by cell, as read (a dash with its reason). */
async function tableRows(page: Page, part: 'tbody' | 'tfoot'): Promise<string[][]> {
  return page
    .locator(`table ${part} tr`)
    .evaluateAll((rows) =>
      rows.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
}

/**
 * The seeded week's cells as the table shows them, without the day names. A
 * day without a record comes after the first measured spell (the week
 * before's Monday), so it measured none: 0 (#24, item 9).
 */
function expectedCells(week: (SeedDay | null)[]): string[][] {
  return week.map((d) =>
    d ? [`${d.longest} min`, String(d.longSpells), String(d.doneAt.length)] : ['0 min', '0', '0'],
  );
}

function totals(week: (SeedDay | null)[]) {
  const days = week.filter((d): d is SeedDay => d !== null);
  return [
    `${Math.max(...days.map((d) => d.longest))} min`,
    String(days.reduce((s, d) => s + d.longSpells, 0)),
    String(days.reduce((s, d) => s + d.doneAt.length, 0)),
  ];
}

/** Opens the popup and follows its link to the weekly view: a new tab. */
async function openFromPopup(app: Launched, linkName: string): Promise<Page> {
  const popup = await app.open('popup');
  const link = popup.getByRole('link', { name: linkName });
  const [page] = await Promise.all([app.context.waitForEvent('page'), link.click()]);
  await page.locator('table tbody tr').first().waitFor();
  expect(new URL(page.url()).pathname).toBe('/insights.html');
  return page;
}

describe('the weekly view, in English', () => {
  let app: Launched;
  let page: Page;
  beforeAll(async () => {
    // British English: weeks start on Monday there, as the seeded weeks do (en-US starts on Sunday).
    app = await launch({ lang: 'en-GB' });
    const sunday = await toSundayNoon(app);
    await importTwoWeeks(app, sunday);
    page = await openFromPopup(app, "This week's sitting");
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows this week day by day against the week before', async () => {
    await page.getByRole('heading', { level: 2, name: /^This week/ }).waitFor();
    // Spells past the interval 6 → 3 halve; the longest spell 95 → 52 falls by less.
    await page
      .getByText('3 fewer spells ran past your interval than the week before (3 instead of 6).')
      .waitFor();
    await page.getByText('Compared with the week before.').waitFor();
    const body = await tableRows(page, 'tbody');
    expect(body.map((row) => row[0]?.split(',')[0])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(body.map((row) => row.slice(1))).toEqual(expectedCells(THIS_WEEK));
    expect(await tableRows(page, 'tfoot')).toEqual([
      ['Whole week', ...totals(THIS_WEEK)],
      ['Week before', ...totals(WEEK_BEFORE)],
    ]);
    expect(await page.locator('table tbody tr[aria-current="date"] th').textContent()).toMatch(
      /^Sunday/,
    );
  });

  it('draws a bar for each measured day and says when the stretches were done', async () => {
    // Every day of the week was measured (a day off measured no spell: a bar of 0).
    expect(await page.locator('.chart .bar').count()).toBe(THIS_WEEK.length);
    expect(await page.locator('.chart').getAttribute('aria-hidden')).toBe('true');
    // Five of the week's stretches were done between 10 and 11.
    await page.getByText(/^Most often 10:00\s?–\s?11:00(\sAM)? \(5 stretches\)\.$/).waitFor();
  });

  it.each(['light', 'dark'] as const)(
    'has nothing for axe-core to find, %s theme',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await scan(page)).toEqual([]);
    },
  );

  it('goes back a week and forward again from the keyboard, focus shown', async () => {
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          text: el?.textContent?.trim() ?? '',
          outline: el ? getComputedStyle(el).outlineStyle : '',
        };
      });
    expect(await focused()).toEqual({ text: '← Previous week', outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Last week/ }).waitFor();
    await page
      .getByText(
        'The week before has no sitting spells to compare with. Your longest that week: 95 minutes.',
      )
      .waitFor();
    expect((await tableRows(page, 'tbody')).map((row) => row.slice(1))).toEqual(
      expectedCells(WEEK_BEFORE),
    );
    expect(await scan(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Next week →');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^This week/ }).waitFor();
    // Focus stays on the button, now at the last week it can show.
    expect(
      await page.getByRole('button', { name: /Next week/ }).getAttribute('aria-disabled'),
    ).toBe('true');
    expect((await focused()).text).toBe('Next week →');
  });
});

describe('the weekly view, in Spanish', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch({ lang: 'es' });
    await importTwoWeeks(app, await toSundayNoon(app));
  });
  afterAll(async () => {
    await app.close();
  });

  it('says the same in Spanish, and axe-core finds nothing in either theme', async () => {
    const page = await openFromPopup(app, 'Tu semana en la silla');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page
      .getByRole('heading', { level: 1, name: 'Tu tiempo en la silla, semana a semana' })
      .waitFor();
    await page
      .getByText('3 periodos menos pasaron de tu intervalo que la semana anterior (3 en vez de 6).')
      .waitFor();
    const body = await tableRows(page, 'tbody');
    expect(body.map((row) => row[0]?.split(',')[0])).toEqual([
      'lunes',
      'martes',
      'miércoles',
      'jueves',
      'viernes',
      'sábado',
      'domingo',
    ]);
    expect(body.map((row) => row.slice(1))).toEqual(expectedCells(THIS_WEEK));
    expect((await tableRows(page, 'tfoot')).map((row) => row[0])).toEqual([
      'Semana completa',
      'Semana anterior',
    ]);
    await page.getByText(/^Sobre todo 10:00–11:00 \(5 estiramientos\)\.$/).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await scan(page)).toEqual([]);
    }
  });
});
