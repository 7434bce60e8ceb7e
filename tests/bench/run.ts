/**
 * `npm run bench`: builds, then prints one table of sizes, timings and
 * wake-ups. Numbers are printed, not asserted (size budgets are asserted by
 * tests/e2e/budgets.e2e.ts in `npm test`).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { browserBench } from './browser';
import { BUDGETS, measureSizes } from './sizes';

const root = path.resolve(import.meta.dirname, '../..');
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

if (!process.env.BENCH_SKIP_BUILD) {
  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '--mode', 'e2e']);
}

const node = run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts']);
const lines = node.split('\n').filter((l) => l.includes('BENCH '));
const field = (line: string | undefined, key: string) =>
  line?.match(new RegExp(`${key}=([\\d.]+)`))?.[1] ?? '?';
const nodeLine = lines.find((l) => l.includes('popup-data-node'));
const ours = lines.find((l) => l.includes('wakeups unsit'));
const baseline = lines.find((l) => l.includes('wakeups tick-every-minute'));

const sizes = measureSizes(path.join(root, '.output/chrome-mv3'));
const browser = await browserBench();
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const rows: [string, string, string][] = [
  ['popup JS (gzip)', kb(sizes.pages.popup), `≤ ${kb(BUDGETS.popupJs)}`],
  ['options JS (gzip)', kb(sizes.pages.options), ''],
  ['prompt JS (gzip)', kb(sizes.pages.prompt), ''],
  ['worker JS (gzip)', kb(sizes.worker), `≤ ${kb(BUDGETS.workerJs)}`],
  ['package (compressed)', kb(sizes.packageBytes), `≤ ${kb(BUDGETS.packageBytes)}`],
  [
    `popup data in Node, ${field(nodeLine, 'events')} events (median)`,
    `${field(nodeLine, 'median_ms')} ms`,
    '< 5 ms',
  ],
  ['popup time to streak, empty history (median of 10)', `${browser.empty.toFixed(1)} ms`, ''],
  [
    `popup time to streak, ${browser.events} events (median of 10)`,
    `${browser.full.toFixed(1)} ms`,
    '',
  ],
  ['  ratio', browser.ratio.toFixed(2), '≤ 1.2'],
  ['worker JS heap after start', browser.heap === null ? 'n/a' : kb(browser.heap), ''],
  [
    'wake-ups per active hour (alarms + presence handlers)',
    field(ours, 'scheduling_wakeups_per_hour'),
    '≤ 2',
  ],
  ['  with the user answering each prompt', field(ours, 'with_user_answers_per_hour'), ''],
  ['  baseline: a tick every minute', field(baseline, 'scheduling_wakeups_per_hour'), ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nUnsit benchmark');
for (const [name, value, budget] of rows) {
  console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${budget}`);
}
console.log(`(import of the 5-year history: ${JSON.stringify(browser.imported)})`);
