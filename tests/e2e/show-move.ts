/** Shows a chosen move in the prompt page, as the worker would have chosen it. */
import type { Page } from 'playwright-core';

/**
 * Writes what the worker stores when it opens a prompt (lib/db.ts, key
 * `prompt` in database `unsit`, store `kv`), and marks the safety notice as
 * read; the prompt page shows that move on its next load. Runs in an
 * extension page, with plain IndexedDB.
 */
export async function showMove(page: Page, stretchId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('unsit');
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(open.error ?? new Error('indexedDB.open failed'));
      };
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      const kv = tx.objectStore('kv');
      kv.put({ stretchId: id, windowId: null, openedAt: Date.now() }, 'prompt');
      kv.put(true, 'safetySeen');
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('transaction failed'));
      };
    });
    db.close();
  }, stretchId);
}
