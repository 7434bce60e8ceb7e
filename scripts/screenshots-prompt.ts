/**
 * The stretch prompt at its window's size (420 × 640) for the README: light,
 * dark, Spanish, and at 200% zoom (the 210 × 320 CSS px the window holds
 * then), a guided session running on side one.
 *
 * Run: npm run build:e2e && npx tsx scripts/screenshots-prompt.ts
 * Writes docs/screenshots/prompt-{light,dark,es,zoom}.png
 */
import './languages-global';
import path from 'node:path';
import { launch, ROOT } from '../tests/e2e/harness';
import { showGuidedSession } from './guided-shot';

const OUT = path.join(ROOT, 'docs/screenshots');

interface Shot {
  name: string;
  lang: string;
  colorScheme: 'light' | 'dark';
  zoom: number;
}
const SHOTS: Shot[] = [
  { name: 'prompt-light', lang: 'en', colorScheme: 'light', zoom: 1 },
  { name: 'prompt-dark', lang: 'en', colorScheme: 'dark', zoom: 1 },
  { name: 'prompt-es', lang: 'es', colorScheme: 'light', zoom: 1 },
  { name: 'prompt-zoom', lang: 'en', colorScheme: 'light', zoom: 2 },
];

for (const shot of SHOTS) {
  const app = await launch(shot.lang === 'en' ? {} : { lang: shot.lang });
  const page = await app.context.newPage();
  // At 200% zoom the window's 420 × 640 px hold 210 × 320 CSS px.
  await page.setViewportSize({ width: 420 / shot.zoom, height: 640 / shot.zoom });
  await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
  await showGuidedSession(page, app.extensionId);
  await page.screenshot({ path: path.join(OUT, `${shot.name}.png`) });
  console.log(`wrote docs/screenshots/${shot.name}.png`);
  await app.close();
}
