/**
 * Benchmarks in real Chromium: the popup's time to show the streak with an
 * empty history and with five years of it (median of 10 opens each), and the
 * worker's JS heap after start. Prints numbers; asserts nothing.
 */
import type { Page } from 'playwright-core';
import { parseImport, toExportJson } from '@/core/export';
import { launch, type Launched } from '../e2e/harness';
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
async function workerHeap(app: Launched): Promise<number | null> {
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

const STREAK_SEEN = `
  const observer = new MutationObserver(() => {
    if (document.querySelector('.streak-number')) {
      window.__streakAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });`;

/**
 * Two browsers side by side, one with an empty history and one with five
 * years of it; popup opens alternate between them so that load on the
 * machine falls on both alike.
 */
export async function browserBench() {
  const empty = await launch();
  const full = await launch();
  // As a string: a bundled function would carry the bundler's helper names.
  await empty.context.addInitScript({ content: STREAK_SEEN });
  await full.context.addInitScript({ content: STREAK_SEEN });

  const history = fiveYears();
  const options = await full.open('options');
  // Through the same parse-then-merge path the options page uses.
  const parsed = parseImport(toExportJson(history, Date.now()));
  if (!parsed.ok) throw new Error(parsed.reason);
  const reply = await options.evaluate(
    (file) => chrome.runtime.sendMessage({ type: 'import', ...file }),
    { events: parsed.events, days: parsed.days },
  );
  await options.close();
  if (!(reply as { ok?: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);

  const open = async (app: Launched) => {
    const page = await app.context.newPage();
    const t = await timeToStreak(page, `chrome-extension://${app.extensionId}/popup.html`);
    await page.close();
    return t;
  };
  const times = { empty: [] as number[], full: [] as number[] };
  for (let i = 0; i < 11; i++) {
    const e = await open(empty);
    const f = await open(full);
    if (i === 0) continue; // the first open warms the disk cache
    times.empty.push(e);
    times.full.push(f);
  }
  const heap = await workerHeap(empty);
  await empty.close();
  await full.close();
  const medianEmpty = median(times.empty);
  const medianFull = median(times.full);
  return {
    empty: medianEmpty,
    full: medianFull,
    ratio: medianFull / medianEmpty,
    imported: reply as unknown,
    events: [...history.values()].reduce((n, b) => n + b.events.length, 0),
    heap,
  };
}
