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
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as WxtBrowser } from 'wxt/browser';
import { ALWAYS_WORKING, bounded, followed, until } from '../browser-tests';
import { findBrowser } from '../find-browser';
import { evaluateInChrome, installPermanently, locationOf, navigate, packXpi } from './bidi';

export { ALWAYS_WORKING, bounded, until } from '../browser-tests';
export { locationOf, navigate } from './bidi';

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

export type HookMethod = 'now' | 'advance' | 'setPresence' | 'state';

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
  /** Firefox unloads an idle event page after this many ms (its default is 30 s). */
  backgroundIdleMs?: number;
}

/** Runs a method of the background's e2e hook from an extension page; the result comes back as JSON. */
function callHook(control: Page, method: HookMethod, arg?: unknown): Promise<unknown> {
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

/**
 * One Firefox with the e2e build installed, and an extension page
 * (options.html, "control") kept open to reach the background.
 */
export class FirefoxApp {
  browser!: Browser;
  control!: Page;
  private readonly id: string;
  private readonly profile: string | null;

  constructor(
    private readonly build: string,
    permanent: boolean,
    /** Firefox unloads an idle event page after this long (its default is 30 s). */
    private readonly backgroundIdleMs?: number,
  ) {
    this.id = addonId(build);
    this.profile = permanent ? mkdtempSync(path.join(tmpdir(), 'unsit-firefox-')) : null;
  }

  private start(): Promise<Browser> {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      ...(this.profile ? { userDataDir: this.profile } : {}),
      // Lets WebDriver BiDi navigate tabs to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [this.id]: EXTENSION_UUID }),
        ...(this.profile ? { 'xpinstall.signatures.required': false } : {}),
        ...(this.backgroundIdleMs
          ? { 'extensions.background.idle.timeout': this.backgroundIdleMs }
          : {}),
      },
      timeout: 30_000,
      protocolTimeout: 30_000,
    });
  }

  /** Starts Firefox and installs the build: temporarily, or permanently into the profile. */
  async install(): Promise<void> {
    this.browser = await this.start();
    const [page] = await this.browser.pages();
    const installed = this.profile
      ? await installPermanently(
          page ?? (await this.browser.newPage()),
          packXpi(ROOT, this.build, this.profile),
        )
      : await bounded(this.browser.installExtension(this.build), 20_000, 'installing');
    if (installed !== this.id)
      throw new Error(`Installed ${String(installed)}, expected ${this.id}`);
    await this.openControl();
  }

  /** Opens options.html in the first tab and waits for the background's hook. */
  private async openControl(): Promise<void> {
    const [first] = await this.browser.pages();
    this.control = first ?? (await this.browser.newPage());
    await navigate(this.control, `${BASE_URL}/options.html`);
    // The background is ready once its hook exists and the install (or startup) step has run.
    await until(
      async () => Boolean((await this.hook<{ tracker?: unknown }>('state')).tracker),
      15_000,
      'the background and its e2e hook',
    );
  }

  /** Runs a method of the background's e2e hook (`unsitTest`). */
  hook<T>(method: 'now' | 'state'): Promise<T>;
  hook<T>(method: 'advance', ms: number): Promise<T>;
  hook<T>(method: 'setPresence', state: 'active' | 'idle' | 'locked'): Promise<T>;
  hook(method: HookMethod, arg?: unknown): Promise<unknown> {
    return callHook(this.control, method, arg);
  }

  /** Opens an extension page in a new tab and waits until it has loaded. */
  async open(name: 'popup' | 'options' | 'prompt'): Promise<Page> {
    const page = await bounded(this.browser.newPage(), 10_000, 'opening a tab');
    await navigate(page, `${BASE_URL}/${name}.html`);
    return page;
  }

  /** The open tab or window showing `/<name>.html`, if any, looked for during `ms`. */
  async findPage(name: string, ms = 0): Promise<Page | undefined> {
    const end = Date.now() + ms;
    for (;;) {
      for (const page of await this.browser.pages()) {
        if ((await locationOf(page)).split('#')[0] === `${BASE_URL}/${name}.html`) return page;
      }
      if (Date.now() >= end) return undefined;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Writes settings the way a synced browser would (storage.sync) and waits until the background follows. */
  async setSettings(change: Record<string, unknown>): Promise<void> {
    const write = this.control.evaluate(async (c) => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const got = await api.storage.sync.get('settings');
      const current = (got.settings ?? {}) as Record<string, unknown>;
      await api.storage.sync.set({ settings: { ...current, ...c, writer: 'otherbro' } });
    }, change);
    await bounded(write, 10_000, 'writing settings');
    await until(
      async () =>
        followed(
          (await this.hook<{ settings?: Record<string, unknown> }>('state')).settings,
          change,
        ),
      10_000,
      'the background to follow the new settings',
    );
  }

  /**
   * Unloads the event page as Firefox does when it has been idle (about:debugging's
   * "Terminate background script"); the next event starts it again.
   */
  async terminateBackground(): Promise<void> {
    const module = 'resource://gre/modules/ExtensionParent.sys.mjs';
    const expression = `ChromeUtils.importESModule("${module}").ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(this.id)})`;
    try {
      await bounded(
        evaluateInChrome(this.control, expression),
        10_000,
        'terminating the background',
      );
    } catch (error) {
      // Firefox 140's BiDi evaluates the chrome window without ChromeUtils:
      // then the page is left idle until Firefox unloads it itself, which a
      // launch with a short `backgroundIdleMs` makes quick.
      if (!this.backgroundIdleMs) throw error;
    }
  }

  /** Quits Firefox and starts it again on the same profile (needs `permanent`). */
  async restart(): Promise<void> {
    if (!this.profile) throw new Error('restart() needs launch({ permanent: true })');
    await closeBrowser(this.browser);
    this.browser = await this.start();
    await this.openControl();
  }

  async close(): Promise<void> {
    await closeBrowser(this.browser);
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Launches Firefox with the e2e build; whatever fails on the way shuts it down again. */
export async function launch(opts: LaunchOptions = {}): Promise<FirefoxApp> {
  const build = opts.build ?? FIREFOX_E2E_BUILD;
  if (!existsSync(path.join(build, 'manifest.json'))) {
    throw new Error(
      `No build at ${build}: run \`npx wxt build -b firefox --mv3 --mode e2e\` first.`,
    );
  }
  const app = new FirefoxApp(build, opts.permanent ?? false, opts.backgroundIdleMs);
  try {
    await app.install();
    const settings = opts.settings === undefined ? ALWAYS_WORKING : opts.settings;
    if (settings) await app.setSettings(settings);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** Closes Firefox (puppeteer removes a profile it made); kills it if it does not answer. */
async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  try {
    await bounded(browser.close(), 10_000, 'closing Firefox');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}
