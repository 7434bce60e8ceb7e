import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MEETING_ORIGINS } from './core/meetings';
import { languagesDefine } from './scripts/languages';

/**
 * The pseudo-locale test build (`npm run build:e2e:pseudo`): the same e2e
 * build over a copy of `public/` with two generated languages added as
 * files (scripts/pseudo-locales.ts), written to its own folder. Production
 * builds never see them.
 */
const PSEUDO = process.env.UNSIT_PSEUDO === '1';
const PUBLIC_DIR = PSEUDO ? '.tmp/pseudo-public' : 'public';

/**
 * How the pages' code is split into files (the worker is one file already).
 * Each file an extension page loads is one more request through the
 * browser, which on a busy machine costs more than its bytes: small shared
 * chunks are merged, so a page loads its own chunk and one shared one.
 */
function pageChunks(): Plugin {
  return {
    name: 'unsit-page-chunks',
    outputOptions(output) {
      if (output.inlineDynamicImports) return null;
      return { ...output, experimentalMinChunkSize: 20_000 };
    },
  };
}

export default defineConfig({
  publicDir: PUBLIC_DIR,
  ...(PSEUDO ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-pseudo' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), pageChunks()],
    // The shipped languages: the folders of _locales (core/languages.ts).
    define: languagesDefine(PUBLIC_DIR),
    // Terser packs the worker and the popup about 5% tighter than the default
    // minifier: they are what has a size budget (tests/bench/sizes.ts). ASCII
    // output keeps each script a one-byte string in the engine: one character
    // beyond Latin-1 would store the whole worker source at two bytes a character.
    build: {
      target: 'es2022',
      minify: 'terser',
      sourcemap: process.env.UNSIT_SOURCEMAP === '1',
      terserOptions: { compress: { passes: 2 }, ecma: 2020, format: { ascii_only: true } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Unsit',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'storage', 'notifications'],
    // Asked for at runtime, only if the user turns on "Hold stretches during web meetings".
    optional_host_permissions: [...MEETING_ORIGINS],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'stretch-now': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandStretchNow__',
      },
      'snooze-next': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: '__MSG_commandSnoozeNext__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unsit@unsit.app',
              // data_collection_permissions is read from Firefox 140 on desktop
              // and 142 on Android; 142 covers both.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
