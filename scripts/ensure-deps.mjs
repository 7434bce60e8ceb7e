#!/usr/bin/env node
// Runs before `npm start` and `npm test` (prestart, pretest): installs the
// npm dependencies when they are missing or older than package-lock.json,
// and says plainly what it cannot install itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const installed = path.join(root, 'node_modules/.package-lock.json');
const lock = path.join(root, 'package-lock.json');
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;

if (stale) {
  console.log('Installing the npm dependencies (npm install)…');
  // npm install, not npm ci: the lock file lists optional packages for other
  // platforms that some registries do not carry.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('npm install failed: see the messages above (is the npm registry reachable?).');
    process.exit(result.status ?? 1);
  }
}

function found(names) {
  return names.some((name) => {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() !== '';
    } catch {
      return false;
    }
  });
}

const missing = [];
if (
  !process.env.CHROMIUM_PATH &&
  !found(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'])
) {
  missing.push('Chromium (Debian: `sudo apt-get install chromium`, or set CHROMIUM_PATH)');
}
if (
  process.env.npm_lifecycle_event === 'pretest' &&
  !process.env.FIREFOX_PATH &&
  !found(['firefox-esr', 'firefox'])
) {
  missing.push('Firefox (Debian: `sudo apt-get install firefox-esr`, or set FIREFOX_PATH)');
}
if (
  process.env.npm_lifecycle_event === 'pretest' &&
  !process.env.CHROMIUM_PATH &&
  existsSync('/usr/lib/chromium') &&
  !existsSync('/usr/lib/chromium/locales/es.pak')
) {
  missing.push(
    "Chromium's language files, for the tests in Spanish (Debian: `sudo apt-get install chromium-l10n`)",
  );
}
if (process.env.npm_lifecycle_event === 'pretest') {
  // The typing test needs a real display and a keyboard: Xvfb and xdotool.
  if (!found(['xvfb-run'])) {
    missing.push('a virtual display for the typing test (Debian: `sudo apt-get install xvfb`)');
  }
  if (!found(['xdotool'])) {
    missing.push(
      'xdotool, which types in the typing test (Debian: `sudo apt-get install xdotool`)',
    );
  }
}
if (missing.length > 0) {
  const what =
    process.env.npm_lifecycle_event === 'pretest'
      ? 'The browser tests need'
      : 'Opening Unsit needs';
  console.log(`${what} what this script cannot install itself: ${missing.join('; ')}.`);
}
