/**
 * Benchmarks in real Chromium, each a ratio against a floor measured in the
 * same run, in alternating rounds (this machine is noisy; absolute
 * milliseconds are not comparable across runs):
 * - the popup's time to show the streak: Unsit empty, with 5 and with 20
 *   years of history, and with 5 years of its own plus another browser's
 *   5 years in storage.sync, against the floor's popup (tests/bench/floor);
 * - the worker's JS heap after start, and after a day of use;
 * - the prompt window: from the request to the stretch on screen, against
 *   the floor's bare page opened the same way.
 * Prints numbers; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { parseImport, toExportJson } from '@/core/export';
import { publishItems } from '@/core/sync';
import { CHROMIUM_ARGS, findChromium, PROD_BUILD, ROOT } from '../e2e/harness';
import { history } from './history';

export const FLOOR_BUILD = path.join(ROOT, '.output/bench-floor/chrome-mv3');

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface App {
  context: BrowserContext;
  id: string;
  worker: Worker;
  profile: string;
  close(): Promise<void>;
}

/**
 * Records when an element matching `selector` first has text. The script
 * usually runs before the page's own; in a window an extension opens it can
 * run after a page that renders at once has drawn, and then the time is the
 * page's first contentful paint (the element was in that paint).
 */
const seen = (selector: string) => `
  const found = () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    return Boolean(el && el.textContent && el.textContent.trim());
  };
  if (found()) {
    new PerformanceObserver((list, obs) => {
      const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (!paint) return;
      window.__seenAt = paint.startTime;
      window.__seenWall = performance.timeOrigin + paint.startTime;
      obs.disconnect();
    }).observe({ type: 'paint', buffered: true });
  } else {
    const observer = new MutationObserver(() => {
      if (found()) {
        window.__seenAt = performance.now();
        window.__seenWall = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }`;

async function launchBuild(build: string): Promise<App> {
  const profile = mkdtempSync(path.join(tmpdir(), 'unsit-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await context.addInitScript({ content: seen('.streak-number, #stretch-name') });
  // Let the install step finish before anything is measured.
  await new Promise((r) => setTimeout(r, 1500));
  return {
    context,
    id,
    worker,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Navigation to the frame after the streak is in the page, in ms. */
async function popupTime(app: App): Promise<number> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/popup.html`);
  await page.waitForFunction(() => (window as unknown as { __seenAt?: number }).__seenAt, null, {
    timeout: 15_000,
  });
  // The frame after it: what the user sees.
  const t = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() => {
          resolve((window as unknown as { __seenAt: number }).__seenAt);
        });
      }),
  );
  await page.close();
  return t;
}

/** Imports `years` of history through the options page, as a user would. */
async function importYears(app: App, years: number): Promise<void> {
  const parsed = parseImport(toExportJson(history(years), Date.now()));
  if (!parsed.ok) throw new Error(parsed.reason);
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/options.html`);
  const reply = await page.evaluate(
    (file) => chrome.runtime.sendMessage({ type: 'import', ...file }),
    { events: parsed.events, days: parsed.days },
  );
  await page.close();
  if (!(reply as { ok?: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);
}

/**
 * Another browser's `years` of days arrive in storage.sync, as the browser's
 * sync would deliver them; returns once the summary counts two devices.
 */
async function syncOtherDevice(app: App, years: number): Promise<number> {
  const days = Object.fromEntries(
    [...history(years, undefined, 11)].map(([day, bucket]) => [day, bucket.record]),
  );
  const items = publishItems(days, 'otherdev');
  const bytes = Object.entries(items).reduce(
    (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
    0,
  );
  await app.worker.evaluate(async (x) => {
    await chrome.storage.sync.set(x);
  }, items);
  // The worker rebuilds the summary when the items arrive; the popup reads it once per open.
  const page = await app.context.newPage();
  for (let tries = 0; ; tries++) {
    await page.goto(`chrome-extension://${app.id}/popup.html`);
    await page.locator('.streak-number').waitFor();
    if ((await page.getByText(/from 2 browsers/).count()) > 0) break;
    if (tries === 100) throw new Error('the other browser’s days never reached the popup');
    await page.waitForTimeout(200);
  }
  await page.close();
  return bytes;
}

async function message(app: App, m: object): Promise<unknown> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/options.html`);
  const reply: unknown = await page.evaluate((x) => chrome.runtime.sendMessage(x), m);
  await page.close();
  return reply;
}

/** Bytes the profile's storage takes, as the browser reports it. */
async function storageUsage(app: App): Promise<number> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/options.html`);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await page.close();
  return usage;
}

/**
 * The worker's used JS heap after a garbage collection, through the DevTools
 * protocol: Playwright opens no CDP session to a worker, so the messages go
 * through Target.sendMessageToTarget.
 */
async function workerHeap(app: App): Promise<number> {
  const browser = app.context.browser();
  const cdp = browser
    ? await browser.newBrowserCDPSession()
    : await app.context.newCDPSession(await app.context.newPage());
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(app.id));
  if (!target) throw new Error('no worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let next = 1;
  const call = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      const onMessage = (event: { message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  await call('HeapProfiler.collectGarbage');
  const heap = (await call('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return heap.usedSize;
}

/** From the request to the stretch (or the floor's heading) on screen in the new popup window, in ms. */
async function promptTime(app: App, request: object | string): Promise<number> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/popup.html`);
  // A user presses "Stretch now" in a popup that shows its streak, not one still loading.
  await page.waitForFunction(() => (window as unknown as { __seenAt?: number }).__seenAt, null, {
    timeout: 15_000,
  });
  // Not the welcome tab a fresh install opens, which can come late on a busy machine.
  const opened = app.context.waitForEvent('page', {
    predicate: (p) => !p.url().includes('/welcome.html'),
  });
  const sent = Date.now();
  await page.evaluate((m) => chrome.runtime.sendMessage(m), request);
  const win = await opened;
  await win.waitForFunction(() => (window as unknown as { __seenWall?: number }).__seenWall, null, {
    timeout: 15_000,
  });
  const shown = await win.evaluate(() => (window as unknown as { __seenWall: number }).__seenWall);
  await win.close();
  await page.close();
  return shown - sent;
}

/** A day of use: 8 prompts answered with Done and 50 changes of window focus. */
async function dayOfUse(app: App): Promise<void> {
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.id}/options.html`);
  for (let i = 0; i < 8; i++) {
    const opened = app.context.waitForEvent('page');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'stretch-now' }));
    const win = await opened;
    await win.getByRole('button', { name: 'Done', exact: true }).waitFor();
    const closed = win.waitForEvent('close');
    await win.getByRole('button', { name: 'Done', exact: true }).click();
    await closed;
  }
  const windows = await page.evaluate(async () => {
    const a = await chrome.windows.create({ type: 'normal' });
    const b = await chrome.windows.create({ type: 'normal' });
    return [a?.id, b?.id];
  });
  for (let i = 0; i < 50; i++) {
    await page.evaluate((id) => chrome.windows.update(id!, { focused: true }), windows[i % 2]);
  }
  await page.evaluate(async (ids) => {
    for (const id of ids) await chrome.windows.remove(id!);
  }, windows);
  await page.close();
}

export async function browserBench(rounds = 7) {
  const floor = await launchBuild(FLOOR_BUILD);
  const empty = await launchBuild(PROD_BUILD);
  const five = await launchBuild(PROD_BUILD);
  const twenty = await launchBuild(PROD_BUILD);
  const merged = await launchBuild(PROD_BUILD);
  await importYears(five, 5);
  await importYears(twenty, 20);
  await importYears(merged, 5);
  const syncBytes = await syncOtherDevice(merged, 5);
  // The prompt opens on the stretch, not on the safety notice shown the first time.
  await message(empty, { type: 'safety-seen' });
  const heapAfterStart = { floor: await workerHeap(floor), unsit: await workerHeap(empty) };

  const times = {
    floor: [] as number[],
    empty: [] as number[],
    five: [] as number[],
    twenty: [] as number[],
    merged: [] as number[],
  };
  const prompt = { floor: [] as number[], unsit: [] as number[] };
  const apps = { floor, empty, five, twenty, merged };
  for (let round = 0; round <= rounds; round++) {
    // The order turns each round, so load on the machine falls on each alike.
    const order = (['floor', 'empty', 'five', 'twenty', 'merged'] as const).map(
      (_, i, all) => all[(i + round) % all.length]!,
    );
    for (const name of order) {
      const t = await popupTime(apps[name]);
      if (round > 0) times[name].push(t); // round 0 warms the disk cache
    }
    // Three prompts a round: a window's time varies more than a popup's.
    for (let i = 0; i < 3; i++) {
      const f = await promptTime(floor, 'open');
      const u = await promptTime(empty, { type: 'stretch-now' });
      if (round > 0) {
        prompt.floor.push(f);
        prompt.unsit.push(u);
      }
    }
  }
  const usage20 = await storageUsage(twenty);
  await dayOfUse(empty);
  const heapAfterDay = await workerHeap(empty);
  for (const app of Object.values(apps)) await app.close();

  const m = (xs: number[]) => median(xs);
  return {
    popup: {
      floor: m(times.floor),
      empty: m(times.empty),
      five: m(times.five),
      twenty: m(times.twenty),
      merged: m(times.merged),
    },
    prompt: { floor: m(prompt.floor), unsit: m(prompt.unsit) },
    heap: { floor: heapAfterStart.floor, start: heapAfterStart.unsit, day: heapAfterDay },
    usage20,
    syncBytes,
  };
}
