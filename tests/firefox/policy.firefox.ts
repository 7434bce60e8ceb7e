/**
 * An organisation's policy in firefox-esr: `policies.json` in the
 * distribution folder with `3rdparty.Extensions.<add-on id>`, as an
 * administrator writes it (docs/ADMINS.md). Firefox reads the file when it
 * starts, so it is removed as soon as Firefox is up (it applies to every
 * Firefox on the machine), and always afterwards. Writing there needs root,
 * as CI runs.
 */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addonId, bounded, findFirefox, launch, until, type FirefoxApp } from './harness';

interface HookState {
  settings: { dailyGoal: number } | undefined;
}

describe('browser policy in Firefox', () => {
  let app: FirefoxApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('a locked daily goal from policies.json applies and shows disabled in options', async () => {
    if (process.getuid?.() !== 0) {
      throw new Error("Writing Firefox's distribution/policies.json needs root (CI runs as root).");
    }
    // Next to the real binary (/usr/lib/firefox-esr), not the link on the PATH.
    const dir = path.join(path.dirname(realpathSync(findFirefox())), 'distribution');
    const file = path.join(dir, 'policies.json');
    // A policies.json the machine already has is put back afterwards.
    const kept = `${file}.unsit-test-kept`;
    if (existsSync(file)) renameSync(file, kept);
    try {
      mkdirSync(dir, { recursive: true });
      const unsit = { dailyGoal: { value: 6, locked: true } };
      writeFileSync(
        file,
        JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId()]: unsit } } } }),
      );
      app = await launch();
      rmSync(file, { force: true });
      await until(async () => (await app!.hook<HookState>('state')).settings?.dailyGoal === 6);
      const options = await app.open('options');
      const field = await bounded(
        options.evaluate(async () => {
          for (let i = 0; i < 100 && !document.getElementById('field-dailyGoal'); i++) {
            await new Promise((r) => setTimeout(r, 50));
          }
          const input = document.getElementById('field-dailyGoal') as HTMLInputElement | null;
          return {
            disabled: input?.disabled ?? null,
            value: input?.value ?? null,
            note: document.getElementById('field-dailyGoal-locked')?.textContent ?? null,
          };
        }),
        10_000,
        'reading the daily goal field',
      );
      expect(field).toEqual({ disabled: true, value: '6', note: 'Set by your organisation' });
    } finally {
      rmSync(file, { force: true });
      if (existsSync(kept)) renameSync(kept, file);
    }
  }, 90_000);
});
