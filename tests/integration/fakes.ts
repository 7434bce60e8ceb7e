/**
 * What WXT's fake browser lacks, filled in for the background tests: the idle
 * API, i18n, commands, an audible flag on tabs, tab queries by match pattern,
 * the optional permissions, and a way to wait until the worker has finished
 * handling an event.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import type { IdleState } from '@/core/tracker';
import { byTime, type DayBucket, type DayRecord } from '@/core/history';
import { clearAll, read, readDayBuckets } from '@/lib/db';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

/** Lets queued handler work (IndexedDB, promise chains) run to the end. */
async function drain() {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 1));
}

export async function installFakes() {
  let idle: IdleState = 'active';
  const audible = new Set<number>();
  const created: { url?: string | string[] }[] = [];
  const onIdle = event();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.idle = {
    queryState: vi.fn(async () => idle),
    setDetectionInterval: vi.fn(),
    onStateChanged: onIdle,
  };
  b.i18n = {
    getMessage: (key: string) => key,
    getUILanguage: () => 'en-US',
  };
  b.commands = { onCommand: event() };
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  let meetingAccess = false;
  b.tabs!.query = async (info: { audible?: boolean; url?: string[] }) => {
    if (info.audible) return (await query({})).filter((t) => audible.has(t.id!));
    if (info.url) {
      // As in the browser: a tab's address is visible only with the host permission.
      if (!meetingAccess) return [];
      const patterns = info.url.map(matchPattern);
      return (await query({}))
        .filter((t) => patterns.some((p) => p.test(t.url ?? '')))
        .map((t) => ({ ...t, audible: audible.has(t.id!) }));
    }
    return query(info);
  };
  const onPermissionsRemoved = event();
  b.permissions = {
    onRemoved: onPermissionsRemoved,
    onAdded: event(),
    contains: vi.fn(async () => meetingAccess),
    remove: vi.fn(async () => {
      const had = meetingAccess;
      meetingAccess = false;
      return had;
    }),
  };
  const create = fakeBrowser.windows.create.bind(fakeBrowser.windows);
  b.windows!.create = async (data: { url?: string | string[] }) => {
    created.push(data);
    return create(data);
  };
  b.action!.setBadgeBackgroundColor = vi.fn(async () => undefined);
  b.action!.setBadgeText = vi.fn(async () => undefined);
  // A normal browser window that has focus: "time in the browser" counts.
  const main = await create({ type: 'normal', left: 0, top: 0, width: 1200, height: 900 });
  let focused = true;
  let fullscreen = false;
  b.windows!.getLastFocused = async () => ({
    ...main,
    focused,
    state: fullscreen ? 'fullscreen' : 'normal',
  });

  return {
    created,
    async settle<T>(work: Promise<T>): Promise<T> {
      const result = await work;
      await drain();
      return result;
    },
    /** A message from a page, answered once the worker has finished with it. */
    async send(message: object): Promise<unknown> {
      const [reply] = await this.settle(fakeBrowser.runtime.onMessage.trigger(message, {}));
      return reply as unknown;
    },
    async install() {
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      await drain();
    },
    async setIdle(state: IdleState) {
      idle = state;
      await onIdle.trigger(state);
      await drain();
    },
    markAudible(tabId: number) {
      audible.add(tabId);
    },
    async setFocus(hasFocus: boolean) {
      focused = hasFocus;
      await fakeBrowser.windows.onFocusChanged.trigger(hasFocus ? main.id! : -1);
      await drain();
    },
    setFullscreen(on: boolean) {
      fullscreen = on;
    },
    /**
     * Closes a tab. The fake's own tabs.remove takes the tab out of its list,
     * then looks the window up by the tab's id and throws when no window has
     * that id; the closing is then sent here, with the tab's real window.
     */
    async closeTab(tabId: number) {
      const tab = await fakeBrowser.tabs.get(tabId);
      try {
        await fakeBrowser.tabs.remove(tabId);
      } catch {
        await fakeBrowser.tabs.onRemoved.trigger(tabId, {
          isWindowClosing: false,
          windowId: tab.windowId ?? -1,
        });
      }
      await drain();
    },
    grantMeetingAccess() {
      meetingAccess = true;
    },
    /** The user takes the permission back on the browser's extensions page. */
    async withdrawMeetingAccess() {
      meetingAccess = false;
      await onPermissionsRemoved.trigger({ origins: ['https://meet.google.com/*'] });
      await drain();
    },
  };
}

/** A match pattern (`https://*.zoom.us/*`) as a regular expression over addresses. */
function matchPattern(pattern: string): RegExp {
  const m = /^(https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, sub, host, path] = m;
  const esc = (t: string) => t.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostPart = `${sub ? '([^/]+\\.)?' : ''}${esc(host ?? '')}`;
  return new RegExp(`^${scheme}://${hostPart}${esc(path ?? '/').replace(/\*/g, '.*')}$`);
}

export type Fakes = Awaited<ReturnType<typeof installFakes>>;

/**
 * How a due stretch is asked in a test: `at-once`, as before natural moments
 * (#27) — it opens the moment it is due and an ignored window stays — for the
 * tests of every other rule; `natural`, the defaults.
 */
export type Asking = 'at-once' | 'natural';

export const AT_ONCE = { waitForPauseMinutes: 0, remindIgnored: false } as const;

/**
 * A fresh worker at `at` (only Date is faked): the fake browser reset, an
 * empty database, the same main() the browser runs with new listeners, and
 * the install step done.
 */
export async function startWorker(at: number, asking: Asking = 'at-once'): Promise<Fakes> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  fakeBrowser.reset();
  await clearAll();
  const fakes = await installFakes();
  background.main();
  await fakes.install();
  if (asking === 'at-once') await fakes.send({ type: 'save-settings', change: AT_ONCE });
  return fakes;
}

/** The stored history gathered from the day buckets: every event, day record and the summary. */
export async function storedHistory() {
  const buckets = await readDayBuckets();
  const [summary] = await read(['summary'] as const);
  return {
    events: buckets.flatMap(([, b]) => (b as DayBucket).events).sort(byTime),
    days: Object.fromEntries<DayRecord>(buckets.map(([day, b]) => [day, (b as DayBucket).record])),
    recent: summary?.recent ?? [],
    summary,
  };
}
