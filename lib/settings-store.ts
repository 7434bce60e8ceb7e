/**
 * Settings live in storage.sync so they follow the user to their other
 * browsers (settings only, never history). When sync is unavailable or
 * refuses the write, storage.local keeps them instead.
 */
import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '@/core/settings';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** Fields whose stored value was invalid and fell back to the default. */
  rejected: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  let stored: unknown;
  try {
    stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    stored = undefined;
  }
  if (stored === undefined) {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  }
  return readSettings(stored);
}

/** Writes valid settings; returns where they were kept. */
export async function storeSettings(settings: Settings): Promise<'sync' | 'local'> {
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
