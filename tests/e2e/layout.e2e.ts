/**
 * Layout in every language (issue #25), proven on the pseudo-locale build
 * (`npm run build:e2e:pseudo`): en_XA (accented, 40% longer) and ar_XB
 * (right to left) are only files in that build's _locales, yet the language
 * picker offers them and every page follows. At each page's real size, in
 * the light theme, no text overflows its box or is clipped, the popup's
 * buttons keep one-line labels, and a right-to-left language lays the
 * pages out right to left. Pages: popup (360 px), options, welcome, the
 * weekly view and the prompt window (420 x 640).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, launch, ROOT, until, welcomePage, type Launched } from './harness';
import { importTwoWeeks, toSundayNoon } from './insights-seed';
import { showMove } from './show-move';

const PSEUDO_BUILD = path.join(ROOT, '.output/chrome-mv3-pseudo');

/** The moves with the most to say: the longest name, the most steps, the longest cautions. */
const MOVES = ['kneeling-arm-reach', 'desk-hip-extension', 'rear-foot-on-chair'];

/**
 * Every element that holds text and overflows its box sideways, or is
 * clipped (overflow hidden) in either direction; and the page scrolling
 * sideways.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    /** Text for screen readers only: inside a 1 px box that hides what overflows it. */
    const unseen = (el: Element) => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        // 1 px one way at least: a list's padding keeps it wider than it is set.
        const style = getComputedStyle(at);
        const tiny = parseFloat(style.width) <= 1 || parseFloat(style.height) <= 1;
        if (tiny && /hidden|clip/.test(style.overflow)) return true;
      }
      return false;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!(el instanceof HTMLElement) || el.closest('select, svg')) continue;
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text || el.getClientRects().length === 0 || unseen(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.visibility === 'hidden') continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ''}`;
      const clip = /hidden|clip/.test(style.overflowX + style.overflowY);
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name} overflows (${el.scrollWidth} > ${el.clientWidth}): ${text.slice(0, 60)}`);
      } else if (clip && el.scrollHeight > el.clientHeight + 1) {
        out.push(
          `${name} is clipped (${el.scrollHeight} > ${el.clientHeight}): ${text.slice(0, 60)}`,
        );
      }
    }
    return out;
  });
}

/** Buttons whose label runs over more than one line. */
async function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.getClientRects().length > 0)
      .flatMap((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        return tops.size > 1 ? [`${b.textContent?.trim() ?? ''}: ${tops.size} lines`] : [];
      }),
  );
}

async function direction(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    computed: getComputedStyle(document.body).direction,
  }));
}

describe.each([
  { folder: 'en_XA', tag: 'en-XA', dir: 'ltr' },
  { folder: 'ar_XB', tag: 'ar-XB', dir: 'rtl' },
  // And every shipped language but English, whose pages every other test sees.
  ...readdirSync(path.join(ROOT, 'public/_locales'))
    .filter((f) => f !== 'en')
    .map((f) => ({ folder: f, tag: f.replace('_', '-'), dir: 'ltr' })),
])('the pages in $folder', ({ folder, tag, dir }) => {
  let app: Launched;

  beforeAll(async () => {
    if (!existsSync(path.join(PSEUDO_BUILD, '_locales', folder, 'messages.json'))) {
      throw new Error(`No ${folder} in ${PSEUDO_BUILD}: run \`npm run build:e2e:pseudo\` first.`);
    }
    // The welcome page the install opens stays open: it is checked below.
    app = await launch({ build: PSEUDO_BUILD, settings: { ...ALWAYS_WORKING }, welcome: 'keep' });
    // Two weeks of figures for the weekly view, imported while the pages are still in English.
    await importTwoWeeks(app, await toSundayNoon(app));
  });
  afterAll(async () => {
    await app.close();
  });

  async function expectLaidOut(page: Page) {
    expect(await direction(page)).toEqual({ lang: tag, dir, computed: dir });
    expect(await overflows(page)).toEqual([]);
  }

  it('is offered in options, and the open pages follow at once', async () => {
    const popup = await app.open('popup');
    await popup.locator('.popup').waitFor();
    const page = await app.open('options');
    await page.setViewportSize({ width: 800, height: 900 });
    const picker = page.getByLabel('Language', { exact: true });
    await picker.waitFor();
    // Same as the browser, every shipped language and the two pseudo-languages.
    const folders = readdirSync(path.join(PSEUDO_BUILD, '_locales'));
    expect(await picker.locator('option').count()).toBe(folders.length + 1);
    await picker.selectOption(folder);
    await until(async () => (await direction(page)).lang === tag, 10_000, `options in ${tag}`);
    await until(async () => (await direction(popup)).lang === tag, 10_000, `the popup in ${tag}`);
    await page.locator('h1').waitFor();
    await expectLaidOut(page);
    await Promise.all([page.close(), popup.close()]);
  });

  it('lays out the popup at 360 px with one-line buttons', async () => {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${app.extensionId}/popup.html`);
    await page.locator('.popup').waitFor();
    await expectLaidOut(page);
    expect(await wrappedButtons(page)).toEqual([]);
    await page.close();
  });

  it('lays out the welcome page', async () => {
    const page = welcomePage(app.context);
    if (!page) throw new Error('no welcome page');
    await page.setViewportSize({ width: 800, height: 900 });
    await until(async () => (await direction(page)).lang === tag, 10_000, `welcome in ${tag}`);
    await expectLaidOut(page);
  });

  it('lays out the weekly view', async () => {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`chrome-extension://${app.extensionId}/insights.html`);
    await page.locator('table tbody tr').first().waitFor();
    await expectLaidOut(page);
    await page.close();
  });

  it('lays out the prompt window, its safety notice and its longest moves', async () => {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${app.extensionId}/prompt.html`);
    await page.locator('main').waitFor();
    for (const id of MOVES) {
      await showMove(page, id);
      await page.reload();
      await page.locator('.illustration svg').waitFor();
      await expectLaidOut(page);
    }
    // The notice, as the first prompt shows it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('unsit');
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put(false, 'safetySeen');
            tx.oncomplete = () => {
              resolve();
            };
          };
        }),
    );
    await page.goto(`chrome-extension://${app.extensionId}/prompt.html`);
    // The stretch with its first-run banner, then the whole notice in its dialog.
    await page.locator('.safety-banner').waitFor();
    await expectLaidOut(page);
    await page.locator('.safety-banner button').first().click();
    await page.locator('dialog .safety').waitFor();
    await expectLaidOut(page);
    await page.close();
  });
});

describe('the layout checks themselves', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch({ build: PSEUDO_BUILD });
  });
  afterAll(async () => {
    await app.close();
  });

  it('see a text that overflows, one that is clipped, and a button on two lines', async () => {
    // Checks that find nothing would pass every page: each must see a planted fault.
    const page = await app.open('popup');
    await page.locator('.popup').waitFor();
    expect(await overflows(page)).toEqual([]);
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.width = '80px';
      wide.textContent = 'Ŝţŕéţçĥéšẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋ';
      const clipped = document.createElement('div');
      clipped.style.cssText = 'height: 10px; overflow: hidden';
      clipped.textContent = 'two lines of text at least, in a box ten pixels high';
      const button = document.createElement('button');
      button.style.width = '60px';
      button.textContent = 'Start a stretch now';
      document.body.append(wide, clipped, button);
    });
    const found = await overflows(page);
    expect(found.some((f) => f.startsWith('p overflows'))).toBe(true);
    expect(found.some((f) => f.startsWith('div is clipped'))).toBe(true);
    expect(await wrappedButtons(page)).toEqual([
      expect.stringMatching(/^Start a stretch now: [2-9] lines$/),
    ]);
    await page.close();
  });
});
