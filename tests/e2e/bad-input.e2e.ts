/**
 * Bad import files in real Chromium: each is refused with a message that
 * says why, and an export before and after is identical.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hook, launch, until, type Launched } from './harness';

async function exportJson(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /export history/i }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const file = JSON.parse(readFileSync(path, 'utf8')) as { exportedAt?: string };
  delete file.exportedAt;
  return file;
}

const valid = (events: object[]) => JSON.stringify({ format: 'unsit-history', version: 1, events });
const event = {
  id: 'x1',
  at: '2026-11-02T10:00:00.000Z',
  kind: 'done',
  stretchId: 'desk-split-stance',
};

describe('bad import files change nothing', () => {
  let app: Launched;
  let page: Page;
  let before: unknown;
  beforeAll(async () => {
    app = await launch();
    // Some history first: one stretch done.
    const sw = await app.worker();
    const s = await hook<{ nextBreakAt: number; now: number }>(sw, 'state');
    await hook(sw, 'advance', s.nextBreakAt - s.now + 1000);
    page = await app.open('options');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'answer', answer: 'done' }));
    await until(async () => (await hook<{ events: unknown[] }>(sw, 'state')).events.length === 1);
    before = await exportJson(page);
  });
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    await app.close();
  });

  it.each([
    ['malformed JSON', '{"format": "unsit-history", ', /not valid JSON|JSON/i],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, events: [] }),
      /format|Unsit/i,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'unsit-history', version: 9, events: [] }),
      /version/i,
    ],
    [
      'a __proto__ key',
      valid([{ ...event, __proto__x: 1 }]).replace('__proto__x', '__proto__'),
      /__proto__/,
    ],
    [
      'a constructor key',
      valid([{ ...event, constructor: { prototype: {} } }]),
      /constructor|prototype/,
    ],
    ['a bad kind', valid([{ ...event, kind: 'maybe' }]), /kind/i],
    ['an impossible date', valid([{ ...event, at: '2026-02-30T10:00:00.000Z' }]), /date|time/i],
  ])('refuses %s with a reason', async (_name, text, reason) => {
    await page.getByLabel(/import history/i).setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await refusedWith(reason);
  });

  it('refuses a file over the size limit with a reason, without reading it', async () => {
    // Written to disk and chosen by path, as a user picks a file: over the 64 MB limit.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'unsit-big-')), 'history.json');
    writeFileSync(
      file,
      valid([]).replace('"events":[]', `"events":[],"pad":"${'x'.repeat(64_100_000)}"`),
    );
    await page.getByLabel(/import history/i).setInputFiles(file);
    await refusedWith(/large|size|MB/i);
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  async function refusedWith(reason: RegExp) {
    const message = page.getByText(/Nothing was imported/);
    await message.waitFor({ timeout: 10_000 });
    expect(await message.textContent()).toMatch(reason);
    expect(await exportJson(page)).toEqual(before);
    await page.reload();
  }
});
