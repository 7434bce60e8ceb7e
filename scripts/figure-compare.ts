/**
 * Before and after pictures of figures, for a review note:
 *
 *   npx tsx scripts/figure-compare.ts <git revision> <light|dark> <out dir> <id ...>
 *
 * Takes the figure code, the moves and the CSS as they were at the revision
 * (git archive into .tmp/), draws each move's first pose, last pose and the
 * mirrored still pose with that code and with today's, and writes
 * <out dir>/<id>[-dark].png: the revision above, today below. Drawn by the
 * same renderer as the prompt (components/figure-svg.ts), in real Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, ROOT } from '../tests/e2e/harness';

const [rev, schemeArg, outArg, ...ids] = process.argv.slice(2);
if (!rev || !outArg || ids.length === 0) {
  console.error('usage: figure-compare.ts <revision> <light|dark> <out dir> <id ...>');
  process.exit(2);
}
const scheme = schemeArg === 'dark' ? 'dark' : 'light';
const out = path.resolve(ROOT, outArg);

interface Renderer {
  svg: (figure: unknown, opts: { still: boolean; pose?: unknown }) => string;
  css: string;
  figure: (id: string) => Promise<{ frames: unknown[] }>;
}

/** A tree's renderer, moves and CSS: `dir` is the repository root or an extracted copy. */
async function renderer(dir: string): Promise<Renderer> {
  const mod = (await import(pathToFileURL(path.join(dir, 'components/figure-svg.ts')).href)) as {
    figureSvg: Renderer['svg'];
  };
  const css = ['components/theme.css', 'components/move-figure.css']
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  return {
    svg: mod.figureSvg,
    css,
    figure: async (id) =>
      (
        (await import(pathToFileURL(path.join(dir, 'content/moves', `${id}.ts`)).href)) as {
          default: { figure: { frames: unknown[] } };
        }
      ).default.figure,
  };
}

/** The revision's content/ and components/, with '@/' imports made relative so they stay inside it. */
function extract(revision: string): string {
  const dir = path.join(ROOT, '.tmp', `rev-${revision.replace(/[^\w.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', revision, 'content', 'components'], { cwd: ROOT });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = path.join(d, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(path.dirname(file), dir) || '.';
    writeFileSync(file, text.replace(/(['"])@\//g, `$1${rel}/`));
  }
  return dir;
}

async function row(r: Renderer, id: string, label: string): Promise<string> {
  const fig = await r.figure(id);
  const first = fig.frames[0];
  const last = fig.frames[fig.frames.length - 1];
  const cells = [
    r.svg(fig, { still: true, pose: first }),
    r.svg(fig, { still: true, pose: last }),
    `<div class="mirrored">${r.svg(fig, { still: true })}</div>`,
  ];
  const body = `<p>${label}</p><div class="row">${cells.map((c) => `<div>${c}</div>`).join('')}</div>`;
  const doc = `<!doctype html><html data-theme="${scheme}"><head><meta charset="utf-8"><style>${r.css}
    body { margin: 0; padding: 6px 10px; } p { margin: 0 0 4px; font-weight: 600; }
    .row { display: flex; gap: 8px; } .row > div { width: 200px; border: 1px solid var(--line); background: var(--surface); color: var(--text); }
    .mirrored svg { transform: scaleX(-1); }</style></head><body>${body}</body></html>`;
  return `<iframe srcdoc="${doc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
}

async function main(revision: string): Promise<void> {
  const before = await renderer(extract(revision));
  const after = await renderer(ROOT);
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--headless'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 650, height: 440 } });
    for (const id of ids) {
      const [bg, fg] = scheme === 'dark' ? ['#15191d', '#e8ecef'] : ['#ffffff', '#16202a'];
      const html = `<!doctype html><html><body style="margin:0;background:${bg};color:${fg}">
        <style>iframe { display: block; border: 0; width: 650px; height: 205px; }</style>
        <div style="font: 600 14px system-ui; padding: 6px 10px 0">${id}</div>
        ${await row(before, id, `Before (${revision})`)}${await row(after, id, 'After')}</body></html>`;
      const file = path.join(ROOT, '.tmp', `compare-${id}.html`);
      writeFileSync(file, html);
      await page.goto(pathToFileURL(file).href);
      const png = path.join(out, `${id}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: png, fullPage: true });
      console.log(`wrote ${path.relative(ROOT, png)}`);
    }
  } finally {
    await browser.close();
  }
}

await main(rev);
