/**
 * An organisation's policy in real Chromium: a JSON file in the managed
 * policies folder, as an administrator on Linux would write it
 * (docs/ADMINS.md). The e2e build has a fixed key, so its id is known
 * before it loads. Writing under /etc needs root, as CI runs; the file is
 * always removed afterwards, since it applies to every Chromium on the
 * machine.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hook, launch, promptPage, until, type Launched } from './harness';

const MINUTE = 60_000;
/** The id Chromium gives the e2e build, from the public key in wxt.config.ts. */
const E2E_EXTENSION_ID = 'pkbfdobchidcdjhjalkmeaaemdiijigl';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'unsit-e2e-policy.json');

function writePolicy(unsit: object): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = { '3rdparty': { extensions: { [E2E_EXTENSION_ID]: unsit } } };
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
}

interface HookState {
  now: number;
  nextBreakAt: number | null;
  settings?: { intervalMinutes: number };
}

async function state(app: Launched) {
  return hook<HookState>(await app.worker(), 'state');
}

async function intervalField(page: Page) {
  await page.reload();
  const field = page.locator('#field-intervalMinutes');
  await field.waitFor();
  return {
    disabled: await field.isDisabled(),
    value: await field.inputValue(),
    note: (await page.locator('#field-intervalMinutes-locked').count()) > 0,
  };
}

/**
 * Chromium reads the policy folder again on its own a few seconds after a
 * change; chrome://policy's reload button asks at once. Waits for the worker
 * to follow, pressing the button if it has not after a while.
 */
async function policyFollowed(app: Launched, interval: number) {
  const followed = async () => (await state(app)).settings?.intervalMinutes === interval;
  try {
    await until(followed, 15_000, 'the policy file read again');
  } catch {
    const page = await app.context.newPage();
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
    await page.close();
    await until(followed, 15_000, 'the policy reloaded from chrome://policy');
  }
}

describe('browser policy in Chromium', () => {
  let app: Launched | undefined;
  afterEach(async () => {
    rmSync(POLICY_FILE, { force: true });
    await app?.close();
    app = undefined;
  });

  it('a locked interval is disabled in options, honoured by the tracker, and released with the policy', async () => {
    if (process.getuid?.() !== 0) {
      throw new Error(`Writing ${POLICY_DIR} needs root (CI runs as root).`);
    }
    try {
      // Chromium drops what its schema refuses; a start after Unsit's default end passes it and Unsit reports it.
      writePolicy({
        intervalMinutes: { value: 30, locked: true },
        workStartMinute: { value: 20 * 60 },
      });
      app = await launch();
      expect(app.extensionId).toBe(E2E_EXTENSION_ID);
      await until(async () => (await state(app!)).settings?.intervalMinutes === 30);

      const options = await app.open('options');
      expect(await intervalField(options)).toEqual({ disabled: true, value: '30', note: true });
      // The field Unsit could not use is reported, once; the rest applies.
      await expect(
        options.getByRole('alert').filter({ hasText: 'organisation' }).count(),
      ).resolves.toBe(1);

      // The tracker: the stretch is due 30 minutes in, not 45.
      const s = await state(app);
      expect(s.nextBreakAt).not.toBeNull();
      expect(s.nextBreakAt! - s.now).toBeLessThanOrEqual(30 * MINUTE);
      await hook(await app.worker(), 'advance', 30 * MINUTE);
      await until(async () => promptPage(app!.context) !== undefined, 5000, 'the prompt at 30 min');

      // The lock goes: the user's own interval (the default, 45) comes back, and the field is theirs.
      writePolicy({});
      await policyFollowed(app, 45);
      expect(await intervalField(options)).toEqual({ disabled: false, value: '45', note: false });
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  }, 120_000);
});
