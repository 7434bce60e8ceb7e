/**
 * First run (DESIGN.md): installing Unsit opens its welcome page once; an
 * update or a browser start opens nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import * as db from '@/lib/db';
import { installFakes } from './fakes';

/** Every open tab's address, within the extension. */
async function tabPaths(): Promise<string[]> {
  const tabs = await fakeBrowser.tabs.query({});
  return tabs.map((tab) => new URL(tab.url ?? 'about:blank').pathname);
}

async function settled() {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 1));
}

describe('the welcome page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.clearAll();
    await installFakes();
    background.main();
  });

  it('opens in a tab when Unsit is installed, after the install step', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settled();
    expect((await tabPaths()).filter((p) => p === '/welcome.html')).toHaveLength(1);
    // The install step ran: the worker is counting.
    const [tracker] = await db.read(['tracker'] as const);
    expect(tracker).toBeDefined();
  });

  it.each([
    ['an update', { reason: 'update', previousVersion: '0.0.9', temporary: false }],
    ['a browser update', { reason: 'browser_update', temporary: false }],
  ])('does not open on %s', async (_name, details) => {
    await fakeBrowser.runtime.onInstalled.trigger(details as never);
    await settled();
    expect(await tabPaths()).not.toContain('/welcome.html');
  });

  it('does not open when the browser starts', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();
    expect(await tabPaths()).not.toContain('/welcome.html');
  });
});
