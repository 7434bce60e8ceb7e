/**
 * Screenshots of the prompt showing three moves (kneeling, seated,
 * standing), in light and dark, in English and Spanish, taken from the e2e
 * build in real Chromium at the prompt window's size:
 *
 *   npx wxt build --mode e2e && npx tsx scripts/screenshots-moves.ts
 *
 * Writes docs/screenshots/move-<id>-<scheme>-<lang>.png. The figure is shot
 * with reduced motion, so each picture shows the move's still pose. The
 * script fails if the page is not in the expected language or the figure is
 * narrower than 200 px. Spanish needs Chromium's language files (on Debian,
 * the chromium-l10n package); without them Chromium stays in English.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { moveKey } from '../content/text-keys';
import { CHROMIUM_ARGS, launch, ROOT } from '../tests/e2e/harness';
import { showMove } from '../tests/e2e/show-move';

const OUT = path.join(ROOT, 'docs/screenshots');
const MOVES = ['half-kneeling-desk', 'seated-edge-of-chair', 'desk-split-stance'] as const;
const SCHEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'es'] as const;

async function shootLanguage(lang: (typeof LANGS)[number]): Promise<void> {
  // Chromium takes its UI language, which chrome.i18n follows, from --lang and LANGUAGE.
  process.env.LANGUAGE = lang;
  CHROMIUM_ARGS.push(`--lang=${lang}`);
  const app = await launch();
  CHROMIUM_ARGS.pop();
  try {
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${app.extensionId}/prompt.html`);
    await page.locator('main').waitFor();
    // The page's language follows the browser's UI language (lib/page.ts).
    const ui = await page.evaluate(() => document.documentElement.lang);
    if (ui !== lang) throw new Error(`The prompt is in ${ui}, not ${lang}`);
    for (const id of MOVES) {
      await showMove(page, id);
      const messages = JSON.parse(
        readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string } | undefined>;
      const name = messages[moveKey(id, 'name')]?.message ?? id;
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.reload();
        await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
        const figure = page.locator('.illustration svg');
        await figure.waitFor();
        const width = (await figure.boundingBox())?.width ?? 0;
        if (width < 200) throw new Error(`${id}: the figure is ${String(width)} px wide`);
        // The timer running, a couple of seconds in.
        await page.locator('.hold-timer button').click();
        await page.waitForTimeout(2200);
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
        });
        await page.evaluate(() => document.fonts.ready);
        const file = `move-${id}-${colorScheme}-${lang}.png`;
        await page.screenshot({ path: path.join(OUT, file) });
        console.log(`wrote docs/screenshots/${file} (figure ${String(Math.round(width))} px)`);
      }
    }
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const lang of LANGS) await shootLanguage(lang);
}

await main();
