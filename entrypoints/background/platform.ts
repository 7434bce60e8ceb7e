/**
 * The real browser behind the service's `Platform`: alarms, idle, windows,
 * tabs, notifications and the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { now } from '@/lib/clock';
import { language, loadLanguage, t } from '@/lib/i18n';
import { dropMeetingAccess } from '@/lib/meeting-access';
import { loadSyncedSettings, storeSettings, clearSettings } from '@/lib/settings-store';
import type { NotificationKind } from '@/core/effects';
import { isMeetingUrl, MEETING_ORIGINS } from '@/core/meetings';
import { promptHash, type PromptView } from '@/core/prompt-view';
import { ownKeys } from '@/core/sync';
import { IDLE_DETECTION_MS, PAUSE_DETECTION_MS } from '@/core/tracker';
import type { Executors, Observation, Platform, StartFacts } from './service';

export const PROMPT_WIDTH = 420;
export const PROMPT_HEIGHT = 640;
const NOTIFICATION_IDS = { prompt: 'unsit-prompt', 'heads-up': 'unsit-heads-up' } as const;

/** Focus of the browser: whether any of its windows has focus, and whether that one is fullscreen. */
export async function focusedWindow(): Promise<{ focused: boolean; fullscreen: boolean }> {
  try {
    const w = await browser.windows.getLastFocused();
    return { focused: w.focused, fullscreen: w.state === 'fullscreen' };
  } catch {
    return { focused: false, fullscreen: false };
  }
}

/** Any tab playing sound (a call, a video). Needs no `tabs` permission. */
export async function anyAudibleTab(): Promise<boolean> {
  const tabs = await browser.tabs.query({ audible: true });
  return tabs.length > 0;
}

/**
 * Whether a tab is in a call on one of the meeting sites (the optional host
 * permission for those sites, and only it, lets the query see their
 * addresses; without it the answer is no), and whether one of them made a
 * sound in the last seconds (`audible`, true even when the tab is muted):
 * a call page that stays silent is a call that ended with its tab left
 * open ("You left the meeting", #24 item 5).
 */
export async function meetingTabs(): Promise<{ open: boolean; heard: boolean }> {
  try {
    const tabs = (await browser.tabs.query({ url: [...MEETING_ORIGINS] })).filter((tab) =>
      isMeetingUrl(tab.url),
    );
    return { open: tabs.length > 0, heard: tabs.some((tab) => tab.audible === true) };
  } catch {
    return { open: false, heard: false };
  }
}

/** The active tab of the last focused window: its id, which needs no `tabs` permission. */
export async function activeTab(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

export async function observeBrowser(): Promise<Observation> {
  // Presence is read at the minute it always was; the 15-second state only
  // says whether this is a pause in the user's work (#27).
  const [idle, pause, focus, audible, meeting, tab] = await Promise.all([
    browser.idle.queryState(IDLE_DETECTION_MS / 1000),
    browser.idle.queryState(PAUSE_DETECTION_MS / 1000),
    focusedWindow(),
    anyAudibleTab(),
    meetingTabs(),
    activeTab(),
  ]);
  return {
    idle,
    focused: focus.focused,
    busy: focus.fullscreen || audible,
    meeting: meeting.open,
    meetingHeard: meeting.heard,
    paused: idle === 'active' && pause !== 'active',
    tab,
  };
}

/** Sets or clears an alarm by name, in the extension clock's time. */
export async function setBrowserAlarm(name: string, at: number | null, offset = 0) {
  if (at === null) {
    await browser.alarms.clear(name);
    return;
  }
  // Alarms use the system clock; the e2e build runs on a shifted one.
  await browser.alarms.create(name, { when: Math.max(Date.now() + 1000, at - offset) });
}

/**
 * Opens the prompt window. A due stretch opens it without the keyboard
 * (`focused: false`, then `drawAttention`): the user's typing stays in their
 * window. Firefox gives it the keyboard anyway; the page guards its keys
 * (entrypoints/prompt/key-guard.ts, INTERNALS.md "Typing never answers").
 */
async function openPromptWindow(view: PromptView | null, asked: boolean): Promise<number | null> {
  // What to show in the hash: the page renders it without reading storage first.
  const url = `${browser.runtime.getURL('/prompt.html')}${view ? `#${promptHash(view)}` : ''}`;
  let placement: { left?: number; top?: number } = {};
  try {
    const current = await browser.windows.getLastFocused();
    if (current.left !== undefined && current.width !== undefined) {
      placement = {
        left: Math.max(0, Math.round(current.left + (current.width - PROMPT_WIDTH) / 2)),
        top: Math.max(
          0,
          Math.round((current.top ?? 0) + ((current.height ?? 0) - PROMPT_HEIGHT) / 2),
        ),
      };
    }
  } catch {
    // No browser window to centre on: let the browser place it.
  }
  const create = (where: typeof placement) =>
    browser.windows.create({
      url,
      type: 'popup',
      width: PROMPT_WIDTH,
      height: PROMPT_HEIGHT,
      // Firefox ignores `focused` here (the window gets the keyboard anyway).
      ...(import.meta.env.FIREFOX ? {} : { focused: asked }),
      ...where,
    });
  // A small screen or a window near its edge can make the centred bounds
  // invalid ("must be at least 50% within visible screen space"): then let
  // the browser place the window.
  const w = await create(placement).catch(() => create({}));
  if (w?.id !== undefined && !asked) {
    await browser.windows.update(w.id, { drawAttention: true }).catch(() => undefined);
  }
  const tab = w?.tabs?.[0]?.id;
  if (tab !== undefined) await pageLoaded(tab, PAGE_FIRST_MS);
  return w?.id ?? null;
}

/**
 * How long the worker leaves the browser to the prompt page at most before
 * it goes on with its own bookkeeping.
 */
const PAGE_FIRST_MS = 1000;

/**
 * Resolves once the tab has loaded (its page drawn: the prompt renders
 * while its script runs, before the load event), or after `ms`. Meanwhile
 * the worker's queue waits: recording the window, and the focus changes
 * the new window set off, would otherwise call into the browser while it
 * builds the page the user is waiting for (issue #22: a third of the
 * prompt's time over the floor). Needs no `tabs` permission: `status` is
 * not a privileged field.
 */
function pageLoaded(tabId: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, ms);
    browser.tabs.onUpdated.addListener(listener);
    // It may have loaded before the listener was added.
    browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.status === 'complete') done();
      },
      () => {
        done();
      },
    );
  });
}

/**
 * The windows showing the prompt page. The extension's own pages are listed
 * by `runtime.getContexts` (Chrome 116, Firefox 128); window ids start again
 * with each browser session, so a stored id alone would not do.
 */
export async function promptWindows(): Promise<number[]> {
  const page = browser.runtime.getURL('/prompt.html');
  try {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    const ids = contexts
      .filter((c) => c.documentUrl?.split('#')[0] === page && c.windowId >= 0)
      .map((c) => c.windowId);
    return [...new Set(ids)];
  } catch {
    return [];
  }
}

async function startFacts(): Promise<StartFacts> {
  const [windows, shown, settings] = await Promise.all([
    promptWindows(),
    browser.notifications.getAll(),
    loadSyncedSettings(),
  ]);
  return {
    promptWindows: windows,
    notificationShown: NOTIFICATION_IDS.prompt in shown,
    syncedSettings: settings,
  };
}

/** The browser's own calls behind each effect (core/effects.ts). */
function executors(setAlarm: (at: number | null) => Promise<void>): Executors {
  return {
    alarm: (e) => setAlarm(e.at),
    async 'show-prompt'(e) {
      if (e.windowId !== null && (await raiseWindow(e.windowId, e.asked))) return undefined;
      return { type: 'prompt-opened', windowId: await openPromptWindow(e.view, e.asked) };
    },
    async 'close-window'(e) {
      await browser.windows.remove(e.windowId).catch(() => undefined);
    },
    notify: (e) => notify(e.kind, e.dueAt),
    'idle-detection': (e) => {
      browser.idle.setDetectionInterval(e.seconds);
      return Promise.resolve();
    },
    async 'clear-notification'(e) {
      await browser.notifications.clear(NOTIFICATION_IDS[e.kind]);
    },
    async badge(e) {
      await browser.action.setBadgeText({ text: e.streak > 0 ? String(e.streak) : '' });
      await browser.action.setBadgeBackgroundColor({ color: '#1f7a6f' });
    },
    async 'sync-settings'(e) {
      await Promise.all([storeSettings(e.settings), loadLanguage(e.settings.language)]);
    },
    'clear-synced-settings': clearSettings,
    async 'drop-meeting-access'() {
      await dropMeetingAccess().catch(() => undefined);
    },
    async 'sync-set'(e) {
      try {
        await browser.storage.sync.set(e.items);
      } catch (error) {
        return { type: 'sync-refused', reason: String(error) };
      }
      return e.retry ? { type: 'sync-written' } : undefined;
    },
    async 'sync-unpublish'(e) {
      const all = await browser.storage.sync.get(null).catch(() => ({}));
      const keys = ownKeys(Object.keys(all), e.device);
      if (keys.length > 0) await browser.storage.sync.remove(keys).catch(() => undefined);
    },
  };
}

/** Brings an open prompt back: to the front when asked for, otherwise only asking for attention. */
async function raiseWindow(windowId: number, asked: boolean): Promise<boolean> {
  try {
    const w = await browser.windows.update(
      windowId,
      asked ? { focused: true, drawAttention: true } : { drawAttention: true, state: 'normal' },
    );
    return Boolean(w);
  } catch {
    // The window is gone (closed by the user or with the browser).
    return false;
  }
}

/**
 * The worker's words follow the language setting too. It loads them only
 * when it shows some (a notification), from the synced
 * copy of the settings (no IndexedDB transaction), and again when a change
 * is saved (`sync-settings`).
 */
async function speak(): Promise<void> {
  const synced = await loadSyncedSettings().catch(() => undefined);
  const setting =
    typeof synced === 'object' && synced !== null && 'language' in synced
      ? synced.language
      : 'auto';
  await loadLanguage(typeof setting === 'string' ? setting : 'auto');
}

async function notify(kind: NotificationKind, dueAt?: number): Promise<void> {
  await speak();
  const heads = kind === 'heads-up';
  await browser.notifications.create(NOTIFICATION_IDS[kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(heads ? 'headsUpTitle' : 'notifyTitle'),
    message: heads
      ? t(
          'headsUpMessage',
          dueAt ? new Date(dueAt).toLocaleTimeString(language(), { timeStyle: 'short' }) : '',
        )
      : t('notifyMessage'),
    // Firefox's notifications schema has no `silent`: it rejects the whole call
    // ("Unexpected property"), so there the notification keeps the system's sound.
    ...(import.meta.env.FIREFOX ? {} : { silent: true }),
  });
}

/**
 * The organisation's policy (core/policy.ts). Firefox without policies, or a
 * browser without managed storage, refuses the read: null, and Unsit goes on
 * as it was.
 */
export async function managedPolicy(): Promise<Record<string, unknown> | null> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return null;
  }
}

export interface PlatformParts {
  now: () => number;
  observe: () => Promise<Observation>;
  setAlarm: (at: number | null) => Promise<void>;
}

export function browserPlatform(parts: Partial<PlatformParts> = {}): Platform {
  return {
    now: parts.now ?? now,
    random: Math.random,
    gather: {
      observation: parts.observe ?? observeBrowser,
      start: startFacts,
      syncItems: () => browser.storage.sync.get(null).catch(() => ({})),
      // Unknown counts as a window left: then the close is the user's, as before.
      browserWindows: () =>
        browser.windows
          .getAll({ windowTypes: ['normal'] })
          .then((windows) => windows.length)
          .catch(() => 1),
      policy: managedPolicy,
    },
    execute: executors(parts.setAlarm ?? ((at) => setBrowserAlarm('tracker', at))),
  };
}

export function isPromptNotification(id: string): boolean {
  return id === NOTIFICATION_IDS.prompt || id === NOTIFICATION_IDS['heads-up'];
}
