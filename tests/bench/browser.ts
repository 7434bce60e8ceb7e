/**
 * Benchmarks in real Chromium: the popup's time to show the streak with an
 * empty history and with five years of it (median of 10 opens each), and the
 * worker's JS heap after start. Prints numbers; asserts nothing.
 */
import type { Page } from 'playwright-core';
import { toExportJson } from '@/core/export';
import { launch } from '../e2e/harness';
import { fiveYears } from './history';

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function timeToStreak(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __streakAt?: number }).__streakAt,
    null,
    {
      timeout: 10_000,
    },
  );
  return page.evaluate(() => (window as unknown as { __streakAt: number }).__streakAt);
}

export async function browserBench() {
  const app = await launch();
  // As a string: a bundled function would carry the bundler's helper names.
  await app.context.addInitScript({
    content: `
      const observer = new MutationObserver(() => {
        if (document.querySelector('.streak-number')) {
          window.__streakAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });`,
  });
  const url = `chrome-extension://${app.extensionId}/popup.html`;
  const measure = async () => {
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const page = await app.context.newPage();
      const t = await timeToStreak(page, url);
      if (i > 0) times.push(t); // the first open warms the disk cache
      await page.close();
    }
    return median(times);
  };
  const empty = await measure();

  const history = fiveYears();
  const options = await app.open('options');
  const reply = await options.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'import', text }),
    toExportJson(history.events, history.days, Date.now()),
  );
  await options.close();
  const full = await measure();

  const sw = await app.worker();
  const heap = await sw.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory?.usedJSHeapSize ?? null;
  });
  await app.close();
  return {
    empty,
    full,
    ratio: full / empty,
    imported: reply as unknown,
    events: history.events.length,
    heap,
  };
}
