/**
 * Launches Debian's Firefox ESR with the Firefox e2e build installed, through
 * WebDriver BiDi (puppeteer-core): a fresh profile, the real extension, no mocks.
 *
 * Two things differ from Chromium and shape this file:
 * - WebDriver BiDi refuses to navigate to `moz-extension://` URLs unless
 *   Firefox runs with `--remote-allow-system-access`. With it, navigation
 *   works, but Firefox still reports no events for extension documents
 *   (bug 1755014): no load events, so `page.goto` would wait forever. Pages
 *   are opened with the BiDi `browsingContext.navigate` command itself, which
 *   waits for the document to finish loading. puppeteer-core has no public
 *   handle on it: `navigate` and `bidiSession` reach into its internals
 *   (checked against 24.43) and say so if those move.
 * - The background is an event page, not a service worker, and BiDi does not
 *   expose its realm. An extension page kept open in a tab ("control") reaches
 *   it with `runtime.getBackgroundPage()`, which works for event pages.
 * The extension's internal UUID is fixed through the
 * `extensions.webextensions.uuids` pref, so every page's URL is known. Pages
 * the extension opens itself (the prompt window) are found among puppeteer's
 * pages by asking each for its location: puppeteer saw them start as
 * about:blank and missed the rest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../find-browser';
import type { browser as WxtBrowser } from 'wxt/browser';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIREFOX_E2E_BUILD = path.join(ROOT, '.output/firefox-mv3-e2e');
/** Any fixed UUID: Firefox uses it for moz-extension://<uuid>/ instead of a random one. */
export const EXTENSION_UUID = '5e1f7a0c-2b9d-4c3e-8a61-0f4d2c7b9e15';
export const BASE_URL = `moz-extension://${EXTENSION_UUID}`;

/** The WebExtension API as extension pages see it (`browser` global in Firefox). */
export type ExtensionApi = typeof WxtBrowser;

export function findFirefox(): string {
  return findBrowser(
    'FIREFOX_PATH',
    ['firefox-esr', 'firefox'],
    'No Firefox found: install it with `apt-get install firefox-esr` (Debian) or set FIREFOX_PATH to a Firefox binary.',
  );
}

/** The add-on id the build declares in browser_specific_settings.gecko.id. */
export function addonId(build = FIREFOX_E2E_BUILD): string {
  const manifest = JSON.parse(readFileSync(path.join(build, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${build}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Rejects when `promise` takes longer than `ms`: no step of a test may hang. */
export async function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Timed out after ${ms} ms: ${what}`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it returns true; fails after `ms`. */
export async function until(
  check: () => Promise<boolean>,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms;
  let last: unknown = null;
  for (;;) {
    const ok = await bounded(check(), Math.max(1000, end - Date.now()), what).catch(
      (error: unknown) => {
        last = error;
        return false;
      },
    );
    if (ok) return;
    if (Date.now() > end) {
      const why = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`Timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Working days and hours that cover every moment, so tests do not depend on
 * the day and hour they run at (as in tests/e2e/harness.ts).
 */
export const ALWAYS_WORKING = {
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMinute: 0,
  workEndMinute: 1440,
};

export type HookMethod = 'now' | 'advance' | 'setPresence' | 'state';

export interface FirefoxApp {
  /** The running Firefox (a new one after `restart()`). */
  readonly browser: Browser;
  /** An extension page (options.html) kept open to reach the background. */
  readonly control: Page;
  /** Runs a method of the background's e2e hook (`unsitTest`); the result comes back as JSON. */
  hook<T>(method: 'now' | 'state'): Promise<T>;
  hook<T>(method: 'advance', ms: number): Promise<T>;
  hook<T>(method: 'setPresence', state: 'active' | 'idle' | 'locked'): Promise<T>;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  open(name: 'popup' | 'options' | 'prompt'): Promise<Page>;
  /** The open tab or window showing `/<name>.html`, if any, looked for during `ms`. */
  findPage(name: string, ms?: number): Promise<Page | undefined>;
  /** Writes settings the way a synced browser would (storage.sync) and waits until the background follows. */
  setSettings(change: Record<string, unknown>): Promise<void>;
  /**
   * Unloads the event page as Firefox does when it has been idle (about:debugging's
   * "Terminate background script"); the next event starts it again.
   */
  terminateBackground(): Promise<void>;
  /** Quits Firefox and starts it again on the same profile (needs `permanent`). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The BiDi session behind a page: puppeteer-core keeps it on the frame's browsing context. */
function bidiSession(page: Page): BidiSession {
  const session = (
    page.mainFrame() as unknown as {
      browsingContext?: { userContext?: { browser?: { session?: BidiSession } } };
    }
  ).browsingContext?.userContext?.browser?.session;
  if (!session) throw new Error('puppeteer-core no longer exposes its BiDi session');
  return session;
}

/**
 * Runs `expression` in the browser's own (chrome) window. Needs
 * `--remote-allow-system-access`; used only for what no extension API can do.
 */
async function evaluateInChrome(page: Page, expression: string): Promise<unknown> {
  const session = bidiSession(page);
  const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No chrome window to evaluate in');
  const { result } = (await session.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  })) as { result: { type: string; exceptionDetails?: { text?: string } } };
  if (result.type === 'exception') {
    throw new Error(`In the chrome window: ${result.exceptionDetails?.text ?? 'exception'}`);
  }
  return result;
}

/** Navigates a tab with BiDi's own command (see the top of this file). */
export async function navigate(page: Page, url: string, ms = 15_000): Promise<void> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext?: {
        navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
      };
    }
  ).browsingContext;
  if (!context) {
    throw new Error('puppeteer-core no longer exposes the frame’s BiDi browsingContext');
  }
  await bounded(context.navigate(url, 'complete'), ms, `loading ${url}`);
}

/** The page's current URL, read from the page: puppeteer's `page.url()` misses extension navigations. */
export async function locationOf(page: Page): Promise<string> {
  return bounded(
    page.evaluate(() => location.href),
    3000,
    'reading a page location',
  ).catch(() => '');
}

export interface LaunchOptions {
  build?: string;
  /** Merged into the stored settings before the test starts; null leaves the defaults. */
  settings?: Record<string, unknown> | null;
  /**
   * Installs the add-on permanently into its own profile so that it survives
   * `restart()`. A temporary add-on (the default) is removed when Firefox
   * quits. Firefox installs an unsigned add-on permanently only from an .xpi
   * and with `xpinstall.signatures.required` off, which ESR honours.
   */
  permanent?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<FirefoxApp> {
  const build = opts.build ?? FIREFOX_E2E_BUILD;
  if (!existsSync(path.join(build, 'manifest.json'))) {
    throw new Error(
      `No build at ${build}: run \`npx wxt build -b firefox --mv3 --mode e2e\` first.`,
    );
  }
  const id = addonId(build);
  const profile = opts.permanent ? mkdtempSync(path.join(tmpdir(), 'unsit-firefox-')) : null;

  async function start(): Promise<Browser> {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      ...(profile ? { userDataDir: profile } : {}),
      // Lets WebDriver BiDi navigate tabs to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        ...(profile ? { 'xpinstall.signatures.required': false } : {}),
      },
      timeout: 30_000,
      protocolTimeout: 30_000,
    });
  }

  let browser = await start();
  let control: Page;
  try {
    if (profile) {
      const xpi = packXpi(build, profile);
      const [page] = await browser.pages();
      const { result } = await bounded(
        bidiSession(page ?? (await browser.newPage())).send('webExtension.install', {
          extensionData: { type: 'archivePath', path: xpi },
          'moz:permanent': true,
        }),
        20_000,
        'installing permanently',
      );
      const installed = (result as { extension?: string }).extension;
      if (installed !== id) throw new Error(`Installed ${installed}, expected ${id}`);
    } else {
      const installed = await bounded(browser.installExtension(build), 20_000, 'installing');
      if (installed !== id) throw new Error(`Installed ${installed}, expected ${id}`);
    }
    control = await openControl();
  } catch (error) {
    await shutDown();
    throw error;
  }

  /** Opens options.html in the first tab and waits for the background's hook. */
  async function openControl(): Promise<Page> {
    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    await navigate(page, `${BASE_URL}/options.html`);
    control = page;
    // The background is ready once its hook exists and the install (or startup) step has run.
    await until(
      async () => Boolean(((await hook('state')) as { tracker?: unknown }).tracker),
      15_000,
      'the background and its e2e hook',
    );
    return page;
  }

  async function shutDown() {
    await closeBrowser(browser);
    if (profile) rmSync(profile, { recursive: true, force: true });
  }

  async function hook(method: HookMethod, arg?: unknown): Promise<unknown> {
    return bounded(
      control.evaluate(
        async (m, a) => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          // Deprecated for Chrome's service workers; Firefox's event pages have it.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          const bg = (await api.runtime.getBackgroundPage()) as unknown as {
            unsitTest?: Record<string, (x?: unknown) => unknown>;
          } | null;
          const fn = bg?.unsitTest?.[m];
          if (!fn) throw new Error(`unsitTest.${m} is missing from the background`);
          // Through JSON: the value lives in the background's compartment.
          return JSON.parse(JSON.stringify((await fn(a)) ?? null)) as unknown;
        },
        method,
        arg,
      ),
      20_000,
      `unsitTest.${method}`,
    );
  }

  async function findPage(name: string, ms = 0): Promise<Page | undefined> {
    const end = Date.now() + ms;
    for (;;) {
      for (const page of await browser.pages()) {
        if ((await locationOf(page)) === `${BASE_URL}/${name}.html`) return page;
      }
      if (Date.now() >= end) return undefined;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function setSettings(change: Record<string, unknown>) {
    await bounded(
      control.evaluate(async (c) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const got = await api.storage.sync.get('settings');
        const current = (got.settings ?? {}) as Record<string, unknown>;
        await api.storage.sync.set({ settings: { ...current, ...c } });
      }, change),
      10_000,
      'writing settings',
    );
    await until(
      async () => {
        const stored = ((await hook('state')) as { settings?: Record<string, unknown> }).settings;
        return Boolean(
          stored &&
          Object.entries(change).every(([k, v]) => JSON.stringify(stored[k]) === JSON.stringify(v)),
        );
      },
      10_000,
      'the background to follow the new settings',
    );
  }

  try {
    const settings = opts.settings === undefined ? ALWAYS_WORKING : opts.settings;
    if (settings) await setSettings(settings);
  } catch (error) {
    await shutDown();
    throw error;
  }

  const app: FirefoxApp = {
    get browser() {
      return browser;
    },
    get control() {
      return control;
    },
    hook,
    async open(name) {
      const page = await bounded(browser.newPage(), 10_000, 'opening a tab');
      await navigate(page, `${BASE_URL}/${name}.html`);
      return page;
    },
    findPage,
    setSettings,
    async terminateBackground() {
      await bounded(
        evaluateInChrome(
          control,
          `ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs")
            .ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(id)})`,
        ),
        10_000,
        'terminating the background',
      );
    },
    async restart() {
      if (!profile) throw new Error('restart() needs launch({ permanent: true })');
      await closeBrowser(browser);
      browser = await start();
      try {
        await openControl();
      } catch (error) {
        await shutDown();
        throw error;
      }
    },
    close: shutDown,
  };
  return app;
}

/** Packs the build into an .xpi (a zip) with web-ext; returns its path. */
function packXpi(build: string, dir: string): string {
  const webExt = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  execFileSync(
    process.execPath,
    [
      webExt,
      'build',
      '--source-dir',
      build,
      '--artifacts-dir',
      dir,
      '--filename',
      'unsit-e2e.xpi',
      '--overwrite-dest',
    ],
    { stdio: 'pipe', timeout: 30_000 },
  );
  return path.join(dir, 'unsit-e2e.xpi');
}

/** Closes Firefox (puppeteer removes a profile it made); kills it if it does not answer. */
async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await bounded(browser.close(), 10_000, 'closing Firefox');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}
