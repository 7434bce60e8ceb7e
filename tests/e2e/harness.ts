/**
 * Launches the system Chromium with the e2e build loaded, as a user would
 * have it: a fresh profile, the real extension, no mocks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
export const PROD_BUILD = path.join(ROOT, '.output/chrome-mv3');

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error(
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

export async function launch(
  opts: { build?: string; profile?: string; keepProfile?: boolean } = {},
): Promise<Launched> {
  const build = opts.build ?? E2E_BUILD;
  if (!existsSync(path.join(build, 'manifest.json'))) {
    throw new Error(`No build at ${build}: run \`npm run build:e2e\` first.`);
  }
  const profile = opts.profile ?? mkdtempSync(path.join(tmpdir(), 'unsit-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
    ],
  });
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      const frame = request.frame();
      const fromExtension = request.serviceWorker() !== null || frame.url().startsWith('chrome-extension://');
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

  async function worker(): Promise<Worker> {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;
  // The worker is ready once its hook exists and the install step has run.
  await sw.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const hook = (globalThis as { unsitTest?: { state(): Promise<{ tracker: unknown }> } }).unsitTest;
      if (hook && (await hook.state()).tracker) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

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
    async close() {
      await context.close();
      if (!opts.keepProfile && !opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs a method of the background's e2e hook. */
export async function hook<T>(sw: Worker, method: 'now' | 'state'): Promise<T>;
export async function hook<T>(sw: Worker, method: 'advance', arg: number): Promise<T>;
export async function hook<T>(sw: Worker, method: 'setPresence', arg: 'active' | 'idle' | 'locked'): Promise<T>;
export async function hook<T>(sw: Worker, method: string, arg?: unknown): Promise<T> {
  return sw.evaluate(
    async ([m, a]) => {
      const h = (globalThis as unknown as { unsitTest: Record<string, (x?: unknown) => unknown> }).unsitTest;
      const fn = h[m as string];
      if (!fn) throw new Error(`unsitTest.${String(m)} is missing`);
      return (await fn(a)) as never;
    },
    [method, arg] as const,
  );
}

/** The open prompt window's page, if any. */
export function promptPage(context: BrowserContext): Page | undefined {
  return context.pages().find((p) => p.url().endsWith('/prompt.html'));
}
