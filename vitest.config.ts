import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { languagesDefine } from './scripts/languages';

// WxtVitest() does not load the Vite plugins from wxt.config.ts, so Preact is added here.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  define: languagesDefine('public'),
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The property tests run hundreds of cases through the real service: on
    // a busy 2-core machine some take longer than the default 5 s.
    testTimeout: 20_000,
  },
});
