/**
 * The popup and the stretch prompt in German, Japanese and Polish, at their
 * real sizes (popup 360 px wide, the prompt's 420 × 640 window), light
 * theme, with one stretch done today, a guided session running on side one.
 * Needs Chromium's language files (Debian: chromium-l10n).
 *
 * Run: npm run build:e2e && npx tsx scripts/screenshots-languages.ts [lang…]
 * Writes docs/screenshots/{popup,prompt}-{de,ja,pl}.png
 */
import './languages-global';
import path from 'node:path';
import { launch, ROOT } from '../tests/e2e/harness';
import { showGuidedSession } from './guided-shot';

const OUT = path.join(ROOT, 'docs/screenshots');
const LANGS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['de', 'ja', 'pl'];

for (const lang of LANGS) {
  const app = await launch({ lang });
  // One stretch done today, as the user would: "Stretch now", then Done.
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/popup.html`);
  await page.evaluate(`(async () => {
    await chrome.runtime.sendMessage({ type: 'stretch-now' });
    await chrome.runtime.sendMessage({ type: 'answer', answer: 'done' });
  })()`);
  await page.setViewportSize({ width: 360, height: 600 });
  await page.reload();
  await page.locator('.streak-number').waitFor();
  const ui = await page.evaluate(() => document.documentElement.lang);
  if (ui !== lang) throw new Error(`The popup is in ${ui}, not ${lang}`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 360, height });
  await page.screenshot({ path: path.join(OUT, `popup-${lang}.png`) });
  console.log(`wrote docs/screenshots/popup-${lang}.png`);

  const prompt = await app.context.newPage();
  await prompt.setViewportSize({ width: 420, height: 640 });
  await prompt.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await showGuidedSession(prompt, app.extensionId);
  await prompt.screenshot({ path: path.join(OUT, `prompt-${lang}.png`) });
  console.log(`wrote docs/screenshots/prompt-${lang}.png`);
  await app.close();
}
