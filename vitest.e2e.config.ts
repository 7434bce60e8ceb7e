import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { languagesDefine } from './scripts/languages';

// Real-browser tests: one file at a time, generous timeouts.
export default defineConfig({
  define: languagesDefine('public'),
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
