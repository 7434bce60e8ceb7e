/**
 * The extension's clock. Production builds read the system clock. The e2e
 * build (mode "e2e") adds an offset kept in storage.local, so the test hook
 * can move time forward for the worker and every page at once; that code is
 * removed from other builds by the `import.meta.env.MODE` checks.
 */
import { browser } from 'wxt/browser';

const OFFSET_KEY = 'e2eClockOffset';
let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

/** Loads the e2e clock offset and follows its changes; nothing in production. */
export async function syncClock(): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  const got = await browser.storage.local.get(OFFSET_KEY);
  offset = typeof got[OFFSET_KEY] === 'number' ? got[OFFSET_KEY] : 0;
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[OFFSET_KEY];
    if (area === 'local' && change && typeof change.newValue === 'number') offset = change.newValue;
  });
}

/** e2e only: moves the clock so that now() returns `to`. */
export async function setNow(to: number): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  offset = to - Date.now();
  await browser.storage.local.set({ [OFFSET_KEY]: offset });
}
