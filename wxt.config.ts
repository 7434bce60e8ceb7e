import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build (`npm run build:e2e`, mode "e2e") is the only one that carries
// the `unsitTest` hook; every use of it sits behind `import.meta.env.MODE`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Terser packs the worker and the popup about 5% tighter than the default
    // minifier: they are what has a size budget (tests/bench/sizes.ts).
    build: {
      target: 'es2022',
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, ecma: 2020 },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Unsit',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'storage', 'notifications'],
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
