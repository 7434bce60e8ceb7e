/**
 * The copy of the settings that travels to the user's other browsers: the
 * background writes it to `storage.sync` after every change it accepted
 * (tagged with this browser's id, `writer`), and reads it when another
 * browser changed it (`storage.onChanged`) or at a new install. IndexedDB
 * holds the settings themselves (core/stored.ts). When sync is unavailable or
 * refuses the write, storage.local keeps the copy instead.
 */
import { browser } from 'wxt/browser';
import type { SyncedSettings } from '@/core/effects';

export const SETTINGS_KEY = 'settings';

/** The synced settings as stored, unchecked (they are checked where they enter: core/rules-settings.ts). */
export async function loadSyncedSettings(): Promise<unknown> {
  let stored: unknown;
  try {
    stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    stored = undefined;
  }
  if (stored === undefined) {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  }
  return stored;
}

/** Writes the settings for the other browsers; returns where they were kept. */
export async function storeSettings(settings: SyncedSettings): Promise<'sync' | 'local'> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
    return 'sync';
  } catch {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return 'local';
  }
}

export async function clearSettings(): Promise<void> {
  await Promise.allSettled([
    browser.storage.sync.remove(SETTINGS_KEY),
    browser.storage.local.remove(SETTINGS_KEY),
  ]);
}
