/**
 * Messages caught by a stopping worker (issue #21), in real Chromium. An
 * import of ten years is slow enough to stop the worker while it handles
 * it, as the browser stops a worker: the page's message gets no answer.
 * `send` (lib/messages.ts) sends it once more to the worker the browser
 * starts again; lost twice, the page says so and offers to try again. A
 * worker stopped inside its transaction wrote nothing, so nothing counts
 * twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toExportJson } from '@/core/export';
import { history } from '../bench/history';
import { launch, stopWorker, until, type Launched } from './harness';

let app: Launched | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const file = () => ({
  name: 'unsit-history.json',
  mimeType: 'application/json',
  buffer: Buffer.from(toExportJson(history(10), Date.now())),
});

/** Counts the page's messages to the background as they leave (before its own scripts run). */
async function countSends(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const runtime = chrome.runtime as unknown as { sendMessage: (...a: unknown[]) => unknown };
    const original = runtime.sendMessage.bind(runtime);
    (globalThis as unknown as { sends: number }).sends = 0;
    runtime.sendMessage = (...args: unknown[]) => {
      (globalThis as unknown as { sends: number }).sends += 1;
      return original(...args);
    };
  });
  await page.reload();
  return () => page.evaluate(() => (globalThis as unknown as { sends: number }).sends);
}

/** Stops the worker shortly after the page's `n`th message left, while it handles it. */
async function stopDuring(page: Page, sends: () => Promise<number>, n: number) {
  await until(async () => (await sends()) >= n, 30_000, `message ${n}`);
  await page.waitForTimeout(150);
  await stopWorker(page);
}

/** The stored events, read by a page of the extension from IndexedDB. */
async function storedEvents(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('unsit');
        open.onerror = () => {
          reject(open.error ?? new Error('no database'));
        };
        open.onsuccess = () => {
          const kv = open.result.transaction('kv').objectStore('kv');
          const days = kv.getAll(IDBKeyRange.bound('day:', 'day:\uffff'));
          days.onsuccess = () => {
            const buckets = days.result as { events: unknown[] }[];
            resolve(buckets.reduce((n, b) => n + b.events.length, 0));
          };
        };
      }),
  );
}

describe('a message the worker never answered (#21)', () => {
  it('is sent again to the restarted worker, and counts once', async () => {
    app = await launch();
    const options = await app.open('options');
    const sends = await countSends(options);
    await options.getByLabel(/import history/i).setInputFiles(file());
    await stopDuring(options, sends, 1);
    const said = await options.getByText(/Imported [\d,]+/).textContent({ timeout: 60_000 });
    expect(await sends()).toBe(2);
    const imported = Number(said?.replace(/\D/g, ''));
    expect(imported).toBeGreaterThan(20_000);
    expect(await storedEvents(options)).toBe(imported);
  });

  it('lost twice, says so, and Try again imports it once', async () => {
    app = await launch();
    const options = await app.open('options');
    const sends = await countSends(options);
    await options.getByLabel(/import history/i).setInputFiles(file());
    await stopDuring(options, sends, 1);
    await stopDuring(options, sends, 2);
    await options.getByRole('alert').filter({ hasText: 'That did not reach Unsit' }).waitFor();
    expect(await storedEvents(options)).toBe(0);
    await options.getByRole('button', { name: 'Try again' }).click();
    const said = await options.getByText(/Imported [\d,]+/).textContent({ timeout: 60_000 });
    expect(await storedEvents(options)).toBe(Number(said?.replace(/\D/g, '')));
    expect(await options.getByText('That did not reach Unsit').count()).toBe(0);
  });
});
