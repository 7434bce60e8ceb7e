#!/usr/bin/env node
// `npm start`: builds Unsit and opens Chromium with it loaded in a fresh profile.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const build = path.join(root, '.output/chrome-mv3');

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
  ]) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

const manual = `Load it by hand: open chrome://extensions (or edge://extensions), turn on Developer mode, choose "Load unpacked" and pick ${build}`;
const browser = findBrowser();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!browser) {
  console.log(
    `No Chromium, Chrome or Edge found on the PATH (set CHROMIUM_PATH to use another). ${manual}`,
  );
  process.exit(0);
}
if (!hasDisplay) {
  console.log(`No display found to open ${path.basename(browser)} on. ${manual}`);
  process.exit(0);
}
const profile = mkdtempSync(path.join(tmpdir(), 'unsit-profile-'));
// Chromium refuses to run as root without --no-sandbox (it exits at once).
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${build}`,
  `--load-extension=${build}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(asRoot ? ['--no-sandbox'] : []),
];
console.log(
  `Opening ${browser} with Unsit loaded (profile ${profile})${asRoot ? ', with --no-sandbox because this runs as root' : ''}.`,
);
const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
let errors = '';
child.stderr.on('data', (chunk) => {
  errors += String(chunk);
});
// A browser that is still running after a few seconds has opened; one that
// exited has failed, and says why on stderr.
const exited = await Promise.race([
  new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1))),
  new Promise((resolve) => setTimeout(() => resolve(null), 4000)),
]);
if (exited !== null) {
  console.log(`${path.basename(browser)} closed at once (exit code ${exited}). ${manual}`);
  if (errors.trim()) console.log(errors.trim().split('\n').slice(-5).join('\n'));
  process.exit(1);
}
child.stderr.destroy();
child.unref();
