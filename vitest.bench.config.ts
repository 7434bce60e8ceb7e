import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { languagesDefine } from './scripts/languages';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench` (Node part): prints numbers, asserts nothing.
export default defineConfig({
  define: languagesDefine('public'),
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/bench/**/*.bench-run.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
