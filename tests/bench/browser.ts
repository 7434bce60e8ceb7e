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

/**
 * The worker's used JS heap, through the browser's DevTools protocol: the
 * worker has no `performance.memory`, and Playwright opens no CDP session to
 * a worker, so the message goes through Target.sendMessageToTarget.
 */
async function workerHeap(app: Awaited<ReturnType<typeof launch>>): Promise<number | null> {
  const browser = app.context.browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${app.extensionId}/`),
  );
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  const reply = new Promise<number | null>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (message.id === 1) resolve(message.result?.usedSize ?? null);
    });
    setTimeout(() => resolve(null), 5000);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
  });
  const used = await reply;
  await cdp.detach();
  return used;
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

  const heap = await workerHeap(app);
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
