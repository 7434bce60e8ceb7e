/**
 * Launches the system Chromium with the e2e build loaded, as a user would
 * have it: a fresh profile, the real extension, no mocks.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALWAYS_WORKING, until } from '../browser-tests';
import { findBrowser } from '../find-browser';

export { ALWAYS_WORKING, until } from '../browser-tests';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
export const PROD_BUILD = path.join(ROOT, '.output/chrome-mv3');

export function findChromium(): string {
  return findBrowser(
    'CHROMIUM_PATH',
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    'No Chromium found: install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--autoplay-policy=no-user-gesture-required',
];

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Requests from any extension context to anything outside the extension. */
  outsideRequests: string[];
  consoleErrors: string[];
  worker(): Promise<Worker>;
  open(page: 'popup' | 'options' | 'prompt'): Promise<Page>;
  close(): Promise<void>;
}

/** The welcome page's tab, if one is open. */
export function welcomePage(context: BrowserContext): Page | undefined {
  return context.pages().find((p) => p.url().split('#')[0]?.endsWith('/welcome.html'));
}

/**
 * Installing Unsit opens its welcome page in a tab. Tests about something
 * else get it closed as soon as it has loaded, so they start as before; the
 * returned check says whether it has been seen.
 */
function watchWelcome(context: BrowserContext, keep: boolean): () => boolean {
  let seen = false;
  const check = (page: Page) => {
    void page
      .waitForURL(/\/welcome\.html(#.*)?$/, { timeout: 20_000 })
      .then(async () => {
        seen = true;
        if (!keep) await page.close();
      })
      .catch(() => undefined);
  };
  context.pages().forEach(check);
  context.on('page', check);
  return () => seen;
}

export interface LaunchOptions {
  build?: string;
  profile?: string;
  keepProfile?: boolean;
  /**
   * Merged into the stored settings (a due stretch then opens at once unless
   * `waitForPauseMinutes` is given); null leaves every default, as a new install has.
   */
  settings?: object | null;
  /** Keep the welcome page a new install opens (closed by default). */
  welcome?: 'keep' | 'close';
  /**
   * The browser's UI language, which chrome.i18n follows (from --lang and
   * LANGUAGE); needs Chromium's language files (Debian: chromium-l10n).
   */
  lang?: string;
  /** The browser process's time zone (TZ), as the machine's clock setting would give it. */
  tz?: string;
  /**
   * A real window on a display (run under `xvfb-run -a`), at the sizes the
   * browser gives its windows: keyboard focus between windows behaves as on
   * a desktop only there.
   */
  headed?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Launched> {
  const build = opts.build ?? E2E_BUILD;
  if (!existsSync(path.join(build, 'manifest.json'))) {
    throw new Error(`No build at ${build}: run \`npm run build:e2e\` first.`);
  }
  const profile = opts.profile ?? mkdtempSync(path.join(tmpdir(), 'unsit-e2e-'));
  // An empty profile installs Unsit, which opens the welcome page.
  const installs = !existsSync(profile) || readdirSync(profile).length === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: !opts.headed,
    ...(opts.headed ? { viewport: null } : {}),
    // Audible tabs are part of what is tested ("a call is on"): keep audio on.
    ignoreDefaultArgs: ['--mute-audio'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
    ...(opts.lang ? { locale: opts.lang } : {}),
    ...(opts.lang || opts.tz
      ? {
          env: {
            ...process.env,
            ...(opts.lang ? { LANGUAGE: opts.lang } : {}),
            ...(opts.tz ? { TZ: opts.tz } : {}),
          },
        }
      : {}),
  });
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith('chrome-extension://') &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:')
    ) {
      // A worker's request has no frame; only the extension's worker runs here.
      const fromExtension =
        request.serviceWorker() !== null || request.frame().url().startsWith('chrome-extension://');
      if (fromExtension) outsideRequests.push(url);
    }
  });
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const welcomeSeen = watchWelcome(context, opts.welcome === 'keep');

  async function worker(): Promise<Worker> {
    const existing = context
      .serviceWorkers()
      .find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;
  // The worker is ready once its hook exists and the install step has run.
  // Polled from here: code evaluated in a worker that is still starting may
  // not see its timers yet.
  await until(async () =>
    sw.evaluate(async () => {
      const hook = (globalThis as { unsitTest?: { state(): Promise<{ tracker: unknown }> } })
        .unsitTest;
      return Boolean(hook && (await hook.state()).tracker);
    }),
  );
  if (installs) {
    await until(
      async () =>
        welcomeSeen() && (opts.welcome === 'keep') === (welcomePage(context) !== undefined),
      20_000,
      'the welcome page',
    );
  }
  // A test that sets settings has a due stretch open at once unless it says otherwise:
  // natural moments (#27) are tested on their own (moments.e2e.ts).
  const settings =
    opts.settings === undefined
      ? ALWAYS_WORKING
      : opts.settings && { waitForPauseMinutes: 0, remindIgnored: false, ...opts.settings };
  if (settings) {
    // As if changed in options on another synced browser: the worker follows storage.sync.
    await sw.evaluate(async (change) => {
      const current = (await chrome.storage.sync.get('settings')).settings ?? {};
      // Another browser signs what it writes with its own id.
      await chrome.storage.sync.set({ settings: { ...current, ...change, writer: 'otherbro' } });
    }, settings);
    await until(() =>
      sw.evaluate(async (change) => {
        const hook = (
          globalThis as unknown as { unsitTest: { state(): Promise<{ settings?: object }> } }
        ).unsitTest;
        const stored = (await hook.state()).settings as Record<string, unknown> | undefined;
        return (
          stored !== undefined &&
          Object.entries(change).every(([k, v]) => JSON.stringify(stored[k]) === JSON.stringify(v))
        );
      }, settings),
    );
  }

  return {
    context,
    extensionId,
    profile,
    outsideRequests,
    consoleErrors,
    worker,
    async open(name) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    },
    /**
     * Closes the browser. Every launch in the suite ends here, so this is
     * where "no extension context makes a network request" is enforced.
     */
    async close() {
      await context.close();
      if (!opts.keepProfile && !opts.profile) rmSync(profile, { recursive: true, force: true });
      if (outsideRequests.length > 0) {
        throw new Error(`The extension made network requests: ${outsideRequests.join(', ')}`);
      }
    },
  };
}

/** Runs a method of the background's e2e hook. */
export async function hook<T>(sw: Worker, method: 'now' | 'state'): Promise<T>;
export async function hook<T>(sw: Worker, method: 'advance', arg: number): Promise<T>;
export async function hook<T>(
  sw: Worker,
  method: 'setPresence',
  /** `paused`: present, and no input for 15 seconds (natural moments, #27). */
  arg: 'active' | 'idle' | 'locked' | 'paused',
): Promise<T>;
export async function hook<T>(sw: Worker, method: string, arg?: unknown): Promise<T> {
  return sw.evaluate(
    async ([m, a]) => {
      const h = (globalThis as unknown as { unsitTest: Record<string, (x?: unknown) => unknown> })
        .unsitTest;
      const fn = h[m as string];
      if (!fn) throw new Error(`unsitTest.${String(m)} is missing`);
      return (await fn(a)) as never;
    },
    [method, arg] as const,
  );
}

/**
 * Stops the extension's service worker through CDP, as the browser does to
 * an idle worker, and waits until it has stopped. The next event starts it
 * again; Playwright keeps the same Worker handle across the restart.
 */
export async function stopWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  type Versions = { versions: { runningStatus: string; scriptURL: string }[] };
  const ours = (e: Versions) =>
    e.versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
  const status = new Promise<string>((resolve) => {
    cdp.once('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      resolve(ours(e)[0]?.runningStatus ?? 'stopped');
    });
  });
  await cdp.send('ServiceWorker.enable');
  const first = await Promise.race([
    status,
    new Promise<string>((r) => setTimeout(() => r('unknown'), 2000)),
  ]);
  if (first !== 'stopped') {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
        if (ours(e).some((v) => v.runningStatus === 'stopped')) resolve();
      });
      setTimeout(resolve, 5000);
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }
  await cdp.detach();
}

/** The open prompt window's page, if any. */
export function promptPage(context: BrowserContext): Page | undefined {
  return context.pages().find((p) => p.url().split('#')[0]?.endsWith('/prompt.html'));
}

/** Waits briefly for the prompt window; undefined when none opened. */
export async function waitForPrompt(app: Launched, ms = 3000): Promise<Page | undefined> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const page = promptPage(app.context);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/** The user gives Unsit these sites in the browser's own site access settings (chrome://extensions). */
export async function grantInExtensionsPage(app: Launched, origins: readonly string[]) {
  const page = await app.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    async ([id, origins]) => {
      const dev = (
        chrome as unknown as {
          developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
        }
      ).developerPrivate;
      for (const origin of origins) await dev.addHostPermission(id, origin);
    },
    [app.extensionId, origins] as const,
  );
  await page.close();
}
