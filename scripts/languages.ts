/**
 * The languages Unsit ships are the folders of `_locales`: read once at
 * build time (wxt.config.ts, vitest.config.ts) and handed to the code as
 * `__UNSIT_LANGUAGES__`, so adding a language is adding a folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder names under `<publicDir>/_locales` that hold a messages.json, sorted. */
export function localeFolders(publicDir: string): string[] {
  const dir = path.join(publicDir, '_locales');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'messages.json')))
    .map((d) => d.name)
    .sort();
}

/** Vite's `define` for them. */
export const languagesDefine = (publicDir: string) => ({
  __UNSIT_LANGUAGES__: JSON.stringify(localeFolders(publicDir)),
});
