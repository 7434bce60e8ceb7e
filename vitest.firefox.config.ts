import { defineConfig } from 'vitest/config';
import { languagesDefine } from './scripts/languages';

// Real-browser tests in Firefox (WebDriver BiDi): one file at a time, generous timeouts.
// Needs the Firefox e2e build: `wxt build -b firefox --mv3 --mode e2e`.
export default defineConfig({
  define: languagesDefine('public'),
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
