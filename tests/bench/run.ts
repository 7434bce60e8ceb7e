/**
 * `npm run bench`: builds Unsit and the floor (tests/bench/floor), then
 * prints one table. Every timing is a ratio against a floor or a baseline
 * measured in the same run; sizes are in bytes against their budgets. It
 * asserts nothing (the size budgets are asserted in `npm test`).
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
  run('npx', ['wxt', 'build', 'tests/bench/floor']);
}

const node = run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts']);
const lines = node.split('\n').filter((l) => l.includes('BENCH '));
const line = (start: string) => lines.find((l) => l.includes(`BENCH ${start}`)) ?? '';
const field = (text: string, key: string) =>
  Number(text.match(new RegExp(`${key}=([\\d.]+)`))?.[1] ?? NaN);

const sizes = measureSizes(path.join(root, '.output/chrome-mv3'));
const floorSizes = measureSizes(path.join(root, '.output/bench-floor/chrome-mv3'), ['popup']);
const b = await browserBench();
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const x = (n: number) => `${n.toFixed(2)}×`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const year = (y: number) => line(`storage years=${y} `);

const rows: [string, string, string][] = [
  ['popup: streak on screen, empty, ÷ floor', x(b.popup.empty / b.popup.floor), '≤ 1.20×'],
  ['popup: streak on screen, 5 years, ÷ floor', x(b.popup.five / b.popup.floor), '≤ 1.30×'],
  ['popup: streak on screen, 20 years, ÷ empty', x(b.popup.twenty / b.popup.empty), '≤ 1.20×'],
  [
    'popup: 5 years + another browser’s 5 years, ÷ floor',
    x(b.popup.merged / b.popup.floor),
    '≤ 1.30×',
  ],
  [
    '  (medians: floor, empty, 5 y, 20 y, 5 y + 5 y)',
    `${ms(b.popup.floor)} ${ms(b.popup.empty)} ${ms(b.popup.five)} ${ms(b.popup.twenty)} ${ms(b.popup.merged)}`,
    '',
  ],
  ['storage.sync: another browser’s 5 years (key + JSON)', kb(b.syncBytes), '≤ 102.4 KB'],
  [
    'prompt window: request to stretch on screen, ÷ floor',
    x(b.prompt.unsit / b.prompt.floor),
    '≤ 1.30×',
  ],
  ['  (medians: floor, Unsit)', `${ms(b.prompt.floor)} ${ms(b.prompt.unsit)}`, ''],
  ['worker heap after start, ÷ floor', x(b.heap.start / b.heap.floor), '≤ 1.25×'],
  ['worker heap after a day of use, ÷ after start', x(b.heap.day / b.heap.start), '≤ 1.10×'],
  [
    '  (floor, start, after a day)',
    `${kb(b.heap.floor)} ${kb(b.heap.start)} ${kb(b.heap.day)}`,
    '',
  ],
  ['one recorded stretch, 5 years ÷ 1 year', x(field(year(5), 'stretch_ratio')), ''],
  ['one recorded stretch, 20 years ÷ 1 year', x(field(year(20), 'stretch_ratio')), '≤ 1.20×'],
  [
    'worker start with its history check, 20 years ÷ 1 year',
    x(field(year(20), 'startup_ratio')),
    '≤ 1.20×',
  ],
  [
    'storage at 20 years (the browser’s estimate; JSON of the days)',
    `${kb(b.usage20)}; ${kb(field(line('storage-size'), 'json_bytes'))}`,
    '',
  ],
  [
    'wake-ups per active hour, random weeks (prompts per hour)',
    `${field(line('wakeups '), 'active_per_hour')} (${field(line('wakeups '), 'prompts_per_hour')})`,
    '',
  ],
  [
    'wake-ups per off-hours hour, random weeks',
    `${field(line('wakeups '), 'offhours_per_hour')} over ${field(line('wakeups '), 'offhours_hours')} h`,
    '0',
  ],
  [
    'wake-ups per hour, a plain day (tick every minute)',
    `${field(line('wakeups-day'), 'alarms_per_hour')} (60)`,
    '',
  ],
  [
    'popup JS (gzip) (floor)',
    `${kb(sizes.pages.popup)} (${kb(floorSizes.pages.popup)})`,
    `≤ ${kb(BUDGETS.popupJs)}`,
  ],
  ['prompt JS (gzip)', kb(sizes.pages.prompt), `≤ ${kb(BUDGETS.promptJs)}`],
  ['options JS (gzip)', kb(sizes.pages.options), ''],
  ['worker JS (gzip)', kb(sizes.worker), `≤ ${kb(BUDGETS.workerJs)}`],
  ['package (compressed)', kb(sizes.packageBytes), `≤ ${kb(BUDGETS.packageBytes)}`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nUnsit benchmark');
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(width)}  ${value.padStart(24)}  ${target}`);
