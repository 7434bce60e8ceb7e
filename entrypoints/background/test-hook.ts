/**
 * The e2e build's test hook (DESIGN.md, "E2E contract"). Only imported behind
 * `import.meta.env.MODE === 'e2e'`; production builds contain none of it.
 *
 * Presence comes from `setPresence` instead of the idle API (a headless
 * browser has no user), and time from the shared e2e clock. Everything else
 * (the tracker, alarms, windows, storage) is the real thing: `advance` fires
 * the due alarms through the same `service.alarm` the alarm listener calls.
 */
import { browser } from 'wxt/browser';
import { now, setNow } from '@/lib/clock';
import { read, readDayBuckets } from '@/lib/db';
import { nextBreakAt, type IdleState } from '@/core/tracker';
import { readableSummary, summaryView } from '@/core/summary';
import { byTime, type StretchEvent } from '@/core/history';
import { dayKey } from '@/core/days';
import {
  activeTab,
  anyAudibleTab,
  browserPlatform,
  focusedWindow,
  meetingTabs,
  setBrowserAlarm,
} from './platform';
import type { Platform, Service } from './service';

type AlarmName = 'tracker';

const PRESENCE_KEY = 'e2ePresence';
const ALARMS_KEY = 'e2eAlarms';
type VirtualAlarms = Partial<Record<AlarmName, number>>;

async function virtualAlarms(): Promise<VirtualAlarms> {
  const stored: Record<string, unknown> = await browser.storage.local.get(ALARMS_KEY);
  const value = stored[ALARMS_KEY];
  return typeof value === 'object' && value !== null ? value : {};
}

/** The presence a test set: an idle state, or `paused` (present, no input for 15 seconds). */
type TestPresence = IdleState | 'paused';

async function presence(): Promise<TestPresence> {
  return ((await browser.storage.local.get(PRESENCE_KEY))[PRESENCE_KEY] ??
    'active') as TestPresence;
}

function offset(): number {
  return now() - Date.now();
}

export function e2ePlatform(): Platform {
  return browserPlatform({
    async observe() {
      const [set, focus, audible, meeting, tab] = await Promise.all([
        presence(),
        focusedWindow(),
        anyAudibleTab(),
        meetingTabs(),
        activeTab(),
      ]);
      const idle = set === 'paused' ? 'active' : set;
      const busy = focus.fullscreen || audible;
      return {
        idle,
        focused: true,
        busy,
        meeting: meeting.open,
        meetingHeard: meeting.heard,
        paused: set === 'paused',
        tab,
      };
    },
    async setAlarm(at) {
      const { tracker: _old, ...others } = await virtualAlarms();
      await browser.storage.local.set({
        [ALARMS_KEY]: at === null ? others : { ...others, tracker: at },
      });
      await setBrowserAlarm('tracker', at, offset());
    },
  });
}

export function installTestHook(service: Service): void {
  const hook = {
    now,
    /** Moves the clock forward, firing every alarm that falls due on the way, in order. */
    async advance(ms: number) {
      const target = now() + ms;
      for (;;) {
        const alarms = await virtualAlarms();
        const next = (Object.entries(alarms) as [AlarmName, number][])
          .filter(([, at]) => at <= target)
          .sort((a, b) => a[1] - b[1])[0];
        if (!next) break;
        const [name, at] = next;
        if (at > now()) await setNow(at);
        const { [name]: _fired, ...rest } = alarms;
        await browser.storage.local.set({ [ALARMS_KEY]: rest });
        await browser.alarms.clear(name);
        await service.handle({ type: 'alarm' });
      }
      await setNow(target);
      // Real alarms follow the system clock: re-aim those still ahead.
      for (const [name, at] of Object.entries(await virtualAlarms()) as [AlarmName, number][]) {
        await setBrowserAlarm(name, at, offset());
      }
      return now();
    },
    async setPresence(state: TestPresence) {
      await browser.storage.local.set({ [PRESENCE_KEY]: state });
      await service.handle({ type: 'idle' });
    },
    async state() {
      const [tracker, settings, summary, prompt] = await read([
        'tracker',
        'settings',
        'summary',
        'prompt',
      ] as const);
      const buckets = await readDayBuckets();
      const events = buckets.flatMap(([, b]) => (b as { events?: StretchEvent[] }).events ?? []);
      const known = readableSummary(summary);
      return {
        now: now(),
        tracker,
        settings,
        prompt,
        alarms: await virtualAlarms(),
        nextBreakAt: tracker && settings ? nextBreakAt(tracker, settings) : null,
        summary: known
          ? summaryView(known, dayKey(now()), { todayGoal: settings?.dailyGoal ?? 3 })
          : null,
        events: events.sort(byTime),
      };
    },
  };
  (globalThis as unknown as { unsitTest: typeof hook }).unsitTest = hook;
}
