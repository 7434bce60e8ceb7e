/**
 * A review sheet of every move's figure: first pose, halfway, last pose and
 * the still (reduced-motion) pose mirrored for the second side, drawn by the
 * same renderer as the prompt, in real Chromium:
 *
 *   npx tsx scripts/figure-sheet.ts [light|dark] [id ...]
 *
 * Writes .tmp/figure-sheet-<scheme>.png and prints any pose problem (a target
 * out of reach, a missing prop). Look at every figure: a person must read it
 * at a glance.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { figureSvg } from '../components/figure-svg';
import { moveKey } from '../content/text-keys';
import { lerpPose, solvePose } from '../content/figure/solve';
import type { MoveDetails } from '../content/types';
import { CHROMIUM_ARGS, findChromium, ROOT } from '../tests/e2e/harness';

const scheme = process.argv[2] === 'dark' ? 'dark' : 'light';
const only = process.argv.slice(3);
const OUT = path.join(ROOT, '.tmp');
const EN = JSON.parse(
  readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string } | undefined>;

async function main(): Promise<void> {
  const dir = path.join(ROOT, 'content/moves');
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((id) => only.length === 0 || only.includes(id));
  const cells: string[] = [];
  for (const id of ids) {
    const mod = (await import(pathToFileURL(path.join(dir, `${id}.ts`)).href)) as {
      default: MoveDetails;
    };
    const fig = mod.default.figure;
    const first = fig.frames[0];
    const last = fig.frames[fig.frames.length - 1];
    if (!first || !last) continue;
    for (const [i, pose] of fig.frames.entries()) {
      for (const p of solvePose(pose, fig).problems) console.log(`${id} frame ${i}: ${p}`);
    }
    const poses = [first, lerpPose(first, last, 0.5), ...fig.frames.slice(1)];
    const svgs = poses.map((pose) => figureSvg(fig, { still: true, pose }));
    const mirrored = `<div class="mirrored">${figureSvg(fig, { still: true })}</div>`;
    const name = EN[moveKey(id, 'name')]?.message ?? id;
    cells.push(
      `<section><h2>${name} <small>${id}</small></h2><div class="row">${svgs
        .map((s) => `<div>${s}</div>`)
        .join('')}${mirrored}</div></section>`,
    );
  }
  const css = ['components/theme.css', 'components/move-figure.css']
    .map((f) => readFileSync(path.join(ROOT, f), 'utf8'))
    .join('\n');
  const html = `<!doctype html><html data-theme="${scheme}"><head><meta charset="utf-8"><style>${css}
    body { padding: 12px; width: 1180px; }
    h2 { font-size: 14px; margin: 10px 0 4px; } small { color: var(--muted); font-weight: 400; }
    .row { display: flex; gap: 8px; }
    .row > div { width: 220px; color: var(--text); border: 1px solid var(--line); }
    .mirrored svg { transform: scaleX(-1); }
  </style></head><body>${cells.join('')}</body></html>`;
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `figure-sheet-${scheme}.html`);
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--headless'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 800 },
      deviceScaleFactor: 2,
    });
    await page.goto(pathToFileURL(file).href);
    // Four moves to a picture, so each one is big enough to look at.
    const sections = await page.locator('section').all();
    for (let i = 0; i < sections.length; i += 4) {
      const boxes = await Promise.all(sections.slice(i, i + 4).map((s) => s.boundingBox()));
      const top = Math.min(...boxes.map((b) => b?.y ?? 0));
      const bottom = Math.max(...boxes.map((b) => (b ? b.y + b.height : 0)));
      const png = path.join(OUT, `figure-sheet-${scheme}-${String(i / 4 + 1)}.png`);
      await page.screenshot({
        path: png,
        fullPage: true,
        clip: { x: 0, y: top, width: 940, height: bottom - top },
      });
      console.log(`wrote ${path.relative(ROOT, png)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
