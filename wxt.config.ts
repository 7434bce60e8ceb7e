import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { MEETING_ORIGINS } from './core/meetings';
import { localeFolders } from './scripts/languages';
import { pseudoLocales, type Messages } from './scripts/pseudo-locales';

/**
 * The pseudo-locale test build (`npm run build:e2e:pseudo`): the e2e build
 * with two generated languages added to `_locales` as files only
 * (scripts/pseudo-locales.ts), in its own folder. Production builds never
 * see them.
 */
const PSEUDO = process.env.UNSIT_PSEUDO === '1';
const PSEUDO_LANGUAGES = ['ar_XB', 'en_XA'];

/** The shipped languages: the folders of public/_locales (core/languages.ts). */
const LANGUAGES = [...localeFolders('public'), ...(PSEUDO ? PSEUDO_LANGUAGES : [])].sort();

const MESSAGES = /^_locales\/(\w+)\/messages\.json$/;

/**
 * What the package carries of each messages.json: the messages without the
 * descriptions for translators (a third of the English file), so a page
 * fetches and parses less; the pseudo build adds its two languages.
 */
function packagedMessages(
  files: ({ relativeDest: string } & ({ absoluteSrc: string } | { contents: string }))[],
): void {
  const slim = (m: Messages) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { message: v.message }])),
    );
  let english: Messages | undefined;
  // A language's glossary (GLOSSARY.md beside its messages.json) is for
  // translators, not the package.
  const glossaries = files.filter((f) => /^_locales\/[^/]+\/GLOSSARY\.md$/.test(f.relativeDest));
  for (const g of glossaries) files.splice(files.indexOf(g), 1);
  files.forEach((file, i) => {
    if (!MESSAGES.test(file.relativeDest) || !('absoluteSrc' in file)) return;
    const messages = JSON.parse(readFileSync(file.absoluteSrc, 'utf8')) as Messages;
    if (file.relativeDest === '_locales/en/messages.json') english = messages;
    files[i] = { relativeDest: file.relativeDest, contents: slim(messages) };
  });
  if (PSEUDO && english) {
    for (const [folder, messages] of Object.entries(pseudoLocales(english))) {
      files.push({ relativeDest: `_locales/${folder}/messages.json`, contents: slim(messages) });
    }
  }
}

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

/**
 * The e2e build's public key (base64 DER, made once with node's crypto; the
 * private half was never kept): it fixes the extension id at
 * `E2E_EXTENSION_ID`, so a test's policy file can name it. Other builds
 * have no key; the store gives theirs.
 */
const E2E_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqCxihWTEqgIkBQIZcgPJ13aZJHdLp2SC5dnh2Cw6Qbh/Y026WFsCnqNGoKL2BPDyKh5vh4BxPRbe9OWxJLWj6l4gfU03wbzE1ZAGrRthC1CHlK4JUPcUVDivpojSxWZ1RmpBn3pGPIOnz/vyNQoewCIjKDLBOS46BVQK5EHCAuQ20W6FUv0KTVssNWRonlU+88QW93eOd2PMs9pejsBaUXaE3fCFUZfOgUK9RvIRfpNhRJ1W0DxhJ9vcv7kdFxCGVyZAAufOsnBmG1a5zQ0Ys9z9A9nD2+gh0qHyQA0LsIwBveDZERYDth32idRAUsj0ns1NaJEUNX5kK17JDQk4bwIDAQAB';

export default defineConfig({
  ...(PSEUDO ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-pseudo' } : {}),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      packagedMessages(files);
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), pageChunks()],
    // The shipped languages: the folders of _locales (core/languages.ts).
    define: { __UNSIT_LANGUAGES__: JSON.stringify(LANGUAGES) },
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
  manifest: ({ browser, mode }) => ({
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
    // What an organisation can set through browser policy (core/policy.ts,
    // docs/ADMINS.md). Firefox reads policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(mode === 'e2e' && browser !== 'firefox' ? { key: E2E_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'unsit@unsit.app',
              // data_collection_permissions is read from Firefox 140 on
              // desktop (the ESR Debian ships) and 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
