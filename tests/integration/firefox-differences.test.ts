/**
 * What Firefox does differently from Chromium, run through the background
 * service with a Firefox-like platform and fake-indexeddb:
 * - its idle API reports `active` and `idle` but never `locked`;
 * - notifications have no buttons (a click on one opens the prompt);
 * - `windows.create` ignores `focused`;
 * - alarms last one browser session, so the startup step must set them again.
 * The real-browser side of these lives in tests/firefox/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { promptView, readPromptHash } from '@/core/prompt-view';
import { defaultSettings, readSettings, type Settings } from '@/core/settings';
import { MINUTE } from '@/core/time';
import { IDLE_DETECTION_MS, nextBreakAt, type IdleState } from '@/core/tracker';
import { browserPlatform } from '@/entrypoints/background/platform';
import { createService, type Platform } from '@/entrypoints/background/service';
import { clearAll, read } from '@/lib/db';

const T0 = new Date(2026, 10, 18, 9, 0).getTime();

/** What Firefox's `idle.queryState` can answer. */
type FirefoxIdleState = Exclude<IdleState, 'locked'>;

function settingsWith(change: Partial<Settings> = {}): Settings {
  return readSettings({
    workDays: [0, 1, 2, 3, 4, 5, 6],
    workStartMinute: 0,
    workEndMinute: 1440,
    // The stretch opens the moment it is due: natural moments (#27) have their own tests.
    waitForPauseMinutes: 0,
    remindIgnored: false,
    ...change,
  }).settings;
}

/** A browser as the service sees it, behaving as Firefox does. */
function firefoxLike(settings: Settings) {
  const world = {
    at: T0,
    idle: 'active' as FirefoxIdleState,
    alarms: new Map<'tracker', number>(),
    opened: [] as number[],
    notified: [] as string[],
  };
  let nextWindow = 10;
  const platform: Platform = {
    now: () => world.at,
    random: () => 0.5,
    gather: {
      observation: async () => ({ idle: world.idle, focused: true, busy: false, meeting: false }),
      start: async () => ({
        promptWindows: [...world.opened],
        notificationShown: world.notified.includes('prompt'),
        syncedSettings: settings,
      }),
      syncItems: async () => ({}),
      browserWindows: async () => 1,
    },
    execute: {
      async alarm({ at }) {
        if (at === null) world.alarms.delete('tracker');
        else world.alarms.set('tracker', at);
      },
      async 'show-prompt'() {
        world.opened.push(nextWindow);
        return { type: 'prompt-opened', windowId: nextWindow++ };
      },
      'close-window': async () => undefined,
      async notify({ kind }) {
        world.notified.push(kind);
      },
      'clear-notification': async () => undefined,
      badge: async () => undefined,
      'sync-settings': async () => undefined,
      'clear-synced-settings': async () => undefined,
      'sync-set': async () => undefined,
      'sync-unpublish': async () => undefined,
      'drop-meeting-access': async () => undefined,
      'idle-detection': async () => undefined,
    },
  };
  return { world, platform };
}

async function stored() {
  const [tracker, settings, prompt] = await read(['tracker', 'settings', 'prompt'] as const);
  if (!tracker || !settings) throw new Error('nothing stored yet');
  return { tracker, settings, prompt, nextBreakAt: nextBreakAt(tracker, settings) };
}

beforeEach(async () => {
  await clearAll();
});

describe("Firefox's idle API: active and idle, never locked", () => {
  async function started() {
    const { world, platform } = firefoxLike(settingsWith());
    const service = createService(platform);
    await service.handle({ type: 'startup' });
    return { world, service };
  }

  it('counts an idle spell as time away, back-dated by the detection interval', async () => {
    const { world, service } = await started();
    world.at = T0 + 20 * MINUTE;
    world.idle = 'idle';
    await service.handle({ type: 'idle' });
    const { tracker } = await stored();
    expect(tracker.present).toBe(false);
    expect(tracker.awaySince).toBe(T0 + 20 * MINUTE - IDLE_DETECTION_MS);
    expect(tracker.continuousMs).toBe(20 * MINUTE - IDLE_DETECTION_MS);
    // Nothing is due while the user is away: no tracker alarm.
    expect(world.alarms.has('tracker')).toBe(false);
  });

  it('a natural break (idle long enough) resets the continuous time', async () => {
    const { world, service } = await started();
    world.at = T0 + 20 * MINUTE;
    world.idle = 'idle';
    await service.handle({ type: 'idle' });
    // Left at 19 min, back at 30 min: 11 minutes away, more than the default 5.
    world.at = T0 + 30 * MINUTE;
    world.idle = 'active';
    await service.handle({ type: 'idle' });
    const s = await stored();
    expect(s.tracker).toMatchObject({ present: true, continuousMs: 0, cycleStartedAt: world.at });
    expect(s.nextBreakAt).toBe(world.at + 45 * MINUTE);
    expect(world.alarms.get('tracker')).toBe(world.at + 45 * MINUTE);
  });

  it('a short idle spell is not a break: the count resumes without the time away', async () => {
    const { world, service } = await started();
    world.at = T0 + 20 * MINUTE;
    world.idle = 'idle';
    await service.handle({ type: 'idle' });
    // Left at 19 min, back at 23 min: 4 minutes away.
    world.at = T0 + 23 * MINUTE;
    world.idle = 'active';
    await service.handle({ type: 'idle' });
    const s = await stored();
    expect(s.tracker.continuousMs).toBe(19 * MINUTE);
    expect(s.nextBreakAt).toBe(world.at + 26 * MINUTE);
    expect(world.alarms.get('tracker')).toBe(world.at + 26 * MINUTE);
  });

  it('does not prompt while idle, and prompts once back and due', async () => {
    const { world, service } = await started();
    world.at = T0 + 44 * MINUTE;
    world.idle = 'idle';
    await service.handle({ type: 'idle' });
    expect(world.alarms.has('tracker')).toBe(false);
    world.at = T0 + 46 * MINUTE;
    world.idle = 'active';
    await service.handle({ type: 'idle' });
    // 43 minutes counted (left at 43, away 3): due 2 minutes after coming back.
    expect(world.alarms.get('tracker')).toBe(T0 + 48 * MINUTE);
    expect(world.opened).toEqual([]);
    world.at = T0 + 48 * MINUTE;
    await service.handle({ type: 'alarm' });
    expect(world.opened).toHaveLength(1);
    expect((await stored()).tracker.phase).toBe('prompting');
  });
});

describe('Firefox alarms last one browser session', () => {
  it('the startup step sets the tracker alarm again', async () => {
    const settings = settingsWith();
    const first = firefoxLike(settings);
    const before = createService(first.platform);
    await before.handle({ type: 'startup' });
    first.world.at = T0 + 10 * MINUTE;
    await before.handle({ type: 'idle' }); // an observation while present: 10 minutes counted
    expect([...first.world.alarms.keys()]).toEqual(['tracker']);

    // Firefox quits and starts again 30 s later: a new background, no alarms.
    const second = firefoxLike(settings);
    second.world.at = T0 + 10 * MINUTE + 30_000;
    const after = createService(second.platform);
    await after.handle({ type: 'startup' });
    // The 30 s restart counts as time away (not a natural break, not credited).
    expect(second.world.alarms.get('tracker')).toBe(second.world.at + 35 * MINUTE);
  });
});

describe('Firefox notifications have no buttons', () => {
  it('the quiet notification asks for no buttons, and a click opens the prompt window', async () => {
    const { world, platform } = firefoxLike(settingsWith({ promptStyle: 'notification' }));
    const service = createService(platform);
    await service.handle({ type: 'startup' });
    world.at = T0 + 45 * MINUTE;
    await service.handle({ type: 'alarm' });
    expect(world.notified).toEqual(['prompt']);
    expect(world.opened).toEqual([]);
    expect((await stored()).tracker).toMatchObject({
      phase: 'prompting',
      promptVia: 'notification',
    });

    await service.handle({ type: 'notification-clicked' });
    expect(world.opened).toEqual([10]);
    const s = await stored();
    expect(s.tracker).toMatchObject({ phase: 'prompting', promptVia: 'window' });
    expect(s.prompt?.windowId).toBe(10);
  });
});

describe('the browser platform asks only for what Firefox supports', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  /** CreateNotificationOptions in Firefox's notifications.json (153 ESR); `buttons` is marked unsupported. */
  const FIREFOX_NOTIFICATION_OPTIONS = [
    'type',
    'iconUrl',
    'appIconMaskUrl',
    'title',
    'message',
    'contextMessage',
    'priority',
    'eventTime',
    'imageUrl',
    'items',
    'progress',
    'isClickable',
  ];

  it('notifications carry no buttons and, in Firefox builds, nothing Firefox rejects', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await browserPlatform().execute.notify({ type: 'notify', kind: 'prompt' });
    await browserPlatform().execute.notify({ type: 'notify', kind: 'heads-up', dueAt: T0 });
    expect(create).toHaveBeenCalledTimes(2);
    for (const call of create.mock.calls as unknown[][]) {
      // create(id, options): the options come last.
      const keys = Object.keys(call.at(-1) as object);
      expect(keys).not.toContain('buttons');
      // `silent` is Chromium-only: Firefox throws "Unexpected property" over it.
      const extra = keys.filter((k) => !FIREFOX_NOTIFICATION_OPTIONS.includes(k));
      expect(extra).toEqual(import.meta.env.FIREFOX ? [] : ['silent']);
    }
  });

  it('a due prompt opens as a popup without the keyboard where the browser allows it', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const view = promptView('desk-split-stance', defaultSettings, true, 0);
    const opened = await browserPlatform().execute['show-prompt']({
      type: 'show-prompt',
      windowId: null,
      view,
      asked: false,
    });
    expect(opened).toMatchObject({ type: 'prompt-opened', windowId: expect.any(Number) });
    const [options] = create.mock.calls[0] ?? [];
    expect(options).toMatchObject({ type: 'popup', width: 420, height: 640 });
    // The page renders what the hash says before it reads anything.
    const url = new URL(String(options?.url));
    expect(url.pathname).toBe('/prompt.html');
    expect(readPromptHash(url.hash)).toEqual(view);
    // Firefox ignores `focused` in windows.create (a new window gets the
    // keyboard anyway, and the page guards its keys); Chromium opens it inactive.
    if (import.meta.env.FIREFOX) expect(options).not.toHaveProperty('focused');
    else expect(options).toMatchObject({ focused: false });
  });
});
