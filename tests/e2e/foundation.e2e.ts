import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, launch, PROD_BUILD, type Launched } from './harness';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the extension in Chromium', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch();
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts its background worker with the e2e hook', async () => {
    const sw = await app.worker();
    expect(sw.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const now = await hook<number>(sw, 'now');
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000);
  });

  it.each([
    ['popup', 'Stretch now'],
    ['options', 'Unsit settings'],
    ['prompt', 'First time? Please read the safety notice.'],
  ] as const)('renders the %s page with no console errors', async (name, text) => {
    const page = await app.open(name);
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await page.title()).toContain('Unsit');
    await page.close();
    expect(app.consoleErrors).toEqual([]);
  });

  it('makes no network request from any extension context', () => {
    expect(app.outsideRequests).toEqual([]);
  });
});

describe('the production build', () => {
  it('contains no trace of the test hook', () => {
    const files = filesUnder(PROD_BUILD).filter((f) => /\.(js|html|json)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const withHook = files.filter((f) =>
      /unsitTest|e2eClockOffset|e2ePresence/.test(readFileSync(f, 'utf8')),
    );
    expect(withHook).toEqual([]);
  });
});
