/**
 * Typing never answers a prompt (issue #22), on a real display: Chromium
 * headed under Xvfb (`npm run test:e2e` runs under `xvfb-run`), and
 * `xdotool` typing into whichever window has the keyboard, as a person's
 * keyboard would. A due stretch opens while the user is typing a letter
 * full of Enters, spaces and "s": the prompt window appears, nothing is
 * answered, and the letter has every character.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, launch, promptPage, until, type Launched } from './harness';

const MINUTE = 60_000;
const LETTER =
  'Hi Sam,\nI hope you are well.\nThanks so much, see you soon.\nSo yes: Sunday suits us.\n';

interface HookState {
  now: number;
  nextBreakAt: number | null;
  events: { kind: string }[];
}

function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
}

describe('typing in another window while a stretch comes due', () => {
  let app: Launched;
  let letter: Page;
  beforeAll(async () => {
    if (!process.env.DISPLAY) {
      throw new Error('No display: run this under `xvfb-run -a` (Debian: apt-get install xvfb).');
    }
    xdotool('version');
    app = await launch({ headed: true });
    letter = await app.context.newPage();
    await letter.setContent('<title>Letter</title><textarea rows="12" cols="60"></textarea>');
    await letter.bringToFront();
    await letter.locator('textarea').click();
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens the prompt without the keyboard: nothing is answered, and the letter keeps every key', async () => {
    const sw = await app.worker();
    const s = await hook<HookState>(sw, 'state');
    // The typing is in the letter's window, at the X server's input focus.
    const typing = spawn('xdotool', ['type', '--delay', '90', LETTER], { stdio: 'ignore' });
    const typed = new Promise<void>((resolve, reject) => {
      typing.on('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`xdotool exited with ${String(code)}`));
      });
    });
    await new Promise((r) => setTimeout(r, 1500));
    // The stretch comes due in the middle of a sentence.
    await hook(sw, 'advance', s.nextBreakAt! - s.now + MINUTE);
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt window');
    await typed;

    expect(await letter.locator('textarea').inputValue()).toBe(LETTER);
    const after = await hook<HookState>(sw, 'state');
    expect(after.events.filter((e) => ['done', 'snoozed', 'skipped'].includes(e.kind))).toEqual([]);
    const prompt = promptPage(app.context)!;
    expect(prompt.isClosed()).toBe(false);
    await prompt.getByRole('button', { name: 'Done', exact: true }).waitFor();
    // A click is always the user's: it answers at once.
    const closed = prompt.waitForEvent('close');
    await prompt.getByRole('button', { name: 'Done', exact: true }).click();
    await closed;
    await until(
      async () => (await hook<HookState>(sw, 'state')).events.some((e) => e.kind === 'done'),
      5000,
      'the Done recorded',
    );
  });

  it('when the prompt has the keyboard, typing into it still answers nothing', async () => {
    const sw = await app.worker();
    const s = await hook<HookState>(sw, 'state');
    await hook(sw, 'advance', s.nextBreakAt! - s.now + MINUTE);
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt window');
    const prompt = promptPage(app.context)!;
    await prompt.getByRole('button', { name: 'Done', exact: true }).waitFor();
    // As in Firefox, which gives a new window the keyboard: the keys land in the prompt.
    const id = xdotool('search', '--sync', '--name', 'Unsit ·').split('\n')[0]!;
    xdotool('windowfocus', '--sync', id);
    xdotool('type', '--delay', '90', LETTER);
    const after = await hook<HookState>(sw, 'state');
    expect(after.events.filter((e) => ['snoozed', 'skipped'].includes(e.kind))).toEqual([]);
    expect(after.events.filter((e) => e.kind === 'done')).toHaveLength(1);
    expect(prompt.isClosed()).toBe(false);
  });
});
