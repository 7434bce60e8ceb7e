import { describe, expect, it } from 'vitest';
import { BUDGETS, measureSizes } from '../bench/sizes';
import { PROD_BUILD } from './harness';

// Sizes are deterministic for a given build, so their budgets are checked
// here; timings are only printed by `npm run bench`.
describe('size budgets of the production build', () => {
  const sizes = measureSizes(PROD_BUILD);

  it(`loads at most ${BUDGETS.popupJs / 1000} KB of gzipped JS in the popup`, () => {
    expect(sizes.pages.popup).toBeLessThanOrEqual(BUDGETS.popupJs);
  });

  it(`loads at most ${BUDGETS.promptJs / 1000} KB of gzipped JS in the prompt before its stretch`, () => {
    // The stretch itself (text in the browser's language, figure) is its own chunk, loaded after.
    expect(sizes.pages.prompt).toBeLessThanOrEqual(BUDGETS.promptJs);
  });

  it(`keeps the worker at most ${BUDGETS.workerJs / 1000} KB gzipped`, () => {
    expect(sizes.worker).toBeLessThanOrEqual(BUDGETS.workerJs);
  });

  it(`keeps the package at most ${BUDGETS.packageBytes / 1000} KB`, () => {
    expect(sizes.packageBytes).toBeLessThanOrEqual(BUDGETS.packageBytes);
  });
});
