/**
 * What the Firefox harness needs from WebDriver BiDi beyond puppeteer-core's
 * public API (see harness.ts for why): its session, navigation of extension
 * pages, a look into the browser's own window, and a permanent install.
 * puppeteer-core has no public handle on these: each reaches into its
 * internals (checked against 24.43) and says so if they move.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { bounded } from '../browser-tests';

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The BiDi session behind a page: puppeteer-core keeps it on the frame's browsing context. */
export function bidiSession(page: Page): BidiSession {
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
export async function evaluateInChrome(page: Page, expression: string): Promise<unknown> {
  const session = bidiSession(page);
  const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as {
    contexts: { context: string }[];
  };
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

/** Navigates a tab with BiDi's own command, which waits for extension documents to load. */
export async function navigate(page: Page, url: string, ms = 15_000): Promise<void> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext?: {
        navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
      };
    }
  ).browsingContext;
  if (!context)
    throw new Error('puppeteer-core no longer exposes the frame’s BiDi browsingContext');
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

/** Installs an .xpi permanently (it survives a restart); returns the add-on id Firefox reports. */
export async function installPermanently(page: Page, xpi: string): Promise<string | undefined> {
  const { result } = await bounded(
    bidiSession(page).send('webExtension.install', {
      extensionData: { type: 'archivePath', path: xpi },
      'moz:permanent': true,
    }),
    20_000,
    'installing permanently',
  );
  return (result as { extension?: string }).extension;
}

/** Packs a build into an .xpi (a zip) with web-ext; returns its path. */
export function packXpi(root: string, build: string, dir: string): string {
  const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
  const args = [
    'build',
    '--source-dir',
    build,
    '--artifacts-dir',
    dir,
    '--filename',
    'unsit-e2e.xpi',
    '--overwrite-dest',
  ];
  execFileSync(process.execPath, [webExt, ...args], { stdio: 'pipe', timeout: 30_000 });
  return path.join(dir, 'unsit-e2e.xpi');
}
