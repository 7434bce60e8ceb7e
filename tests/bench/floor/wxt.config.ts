import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The floor for `npm run bench`: the least an extension like Unsit can be
 * built from the same stack (WXT, Preact, the webextension-polyfill,
 * idb-keyval) — a popup that reads one IndexedDB key and renders it, a bare
 * page opened as a popup window, and a background that opens it. Built and
 * measured beside Unsit in the same run.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: '../../../.output/bench-floor',
  vite: () => ({ plugins: [preact()], build: { target: 'es2022' } }),
  manifest: { name: 'Floor', permissions: ['storage'] },
});
