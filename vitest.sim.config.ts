import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { languagesDefine } from './scripts/languages';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The day simulator: one file per starting time zone, each in its own process
// (a time zone is process-wide), two at a time on two cores.
export default defineConfig({
  define: languagesDefine('public'),
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/sim/**/*.sim.test.ts'],
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
    testTimeout: 3_600_000,
  },
});
