/**
 * A simulated desk, browser and operating system around the real background
 * service (entrypoints/background/service.ts, with fake-indexeddb behind it):
 * the clock, presence, calls, the one alarm, prompt windows, notifications,
 * the badge and synced settings. It delivers what the browser would deliver
 * (a "window closed" event, a late alarm after sleep), and nothing when the
 * browser is killed. It records what it needs to check the invariants.
 */
import { isMeetingUrl } from '@/core/meetings';
import { readSettings, type Settings } from '@/core/settings';
import type { Platform, Service } from '@/entrypoints/background/service';
import { createService } from '@/entrypoints/background/service';

export interface Alarmed {
  at: number;
  /** When it was set, and by which step (for messages). */
  setAt: number;
}

export class World {
  at: number;
  idle: 'active' | 'idle' | 'locked' = 'locked';
  focused = true;
  audible = false;
  fullscreen = false;
  /** Present, but no input for 15 seconds or more: a pause in the user's work. */
  inputPause = false;
  /** The active tab's id (a switch of tab changes it; no event tells the worker). */
  tab = 1;
  /** A meeting tab is open, and whether Unsit holds the permission to see it. */
  meetingTab = false;
  meetingAccess = false;
  /** A tab on a meeting site, and whether that page is a call (the world knows; Unsit reads the address). */
  meetingPage: { url: string; call: boolean } | null = null;
  /** How often storage.sync refuses a write, and how many it refused. */
  syncRefusals = 0;
  refused = 0;
  /** The browser's synced storage (this browser's shared days). */
  readonly syncItems = new Map<string, unknown>();
  /** The browser is running (not quit or killed). */
  running = true;
  /** The machine is awake (alarms fire on time). */
  awake = true;
  alarm: number | null = null;
  windows = new Set<number>();
  notifications = new Set<'prompt' | 'heads-up'>();
  badge = 0;
  synced: unknown;
  nextWindow = 100;
  service!: Service;
  /** Windows the service closed, with the time. */
  closedByService: { id: number; at: number }[] = [];
  /** Every alarm set, checked as it is set. */
  alarmsSet: Alarmed[] = [];
  /** Windows the service opened, with the time. */
  opened: { id: number; at: number }[] = [];
  notified: { kind: 'prompt' | 'heads-up'; at: number }[] = [];
  /** What the idle API was last asked to report (setDetectionInterval). */
  detectionSeconds = 60;
  /** Browser events to deliver once the current one is handled (a window the service closed). */
  private pending: (() => Promise<unknown>)[] = [];
  private seed: number;

  constructor(start: number, settings: Partial<Settings>, seed: number) {
    this.at = start;
    this.synced = settings;
    // Turning the setting on is when the user granted the meeting sites' permission.
    this.meetingAccess = settings.callsGuard === true;
    this.seed = seed >>> 0 || 1;
  }

  /** Its own sequence, so refusals change nothing else the world draws. */
  private refusalSeed = 7;
  private refusals(): number {
    this.refusalSeed = (Math.imul(this.refusalSeed, 1664525) + 1013904223) >>> 0;
    return this.refusalSeed / 2 ** 32;
  }

  /** Its own sequence for the user's small pauses in input, so they change nothing else drawn. */
  private pauseSeed = 11;
  pauses(): number {
    this.pauseSeed = (Math.imul(this.pauseSeed, 1664525) + 1013904223) >>> 0;
    return this.pauseSeed / 2 ** 32;
  }

  random = (): number => {
    this.seed = (Math.imul(this.seed, 1664525) + 1013904223) >>> 0;
    return this.seed / 2 ** 32;
  };

  settings(): Settings {
    return readSettings(this.synced).settings;
  }

  platform(): Platform {
    const sync = this.syncItems;
    return {
      now: () => this.at,
      random: this.random,
      gather: {
        observation: () =>
          Promise.resolve({
            idle: this.idle,
            focused: this.focused,
            busy: this.audible || this.fullscreen,
            meeting: this.meetingAccess && (this.meetingTab || isMeetingUrl(this.meetingPage?.url)),
            // People talk in a call: the browser hears its tab (muted or not).
            meetingHeard:
              this.meetingAccess && (this.meetingTab || this.meetingPage?.call === true),
            paused: this.idle === 'active' && this.inputPause,
            tab: this.tab,
          }),
        start: () =>
          Promise.resolve({
            promptWindows: [...this.windows],
            notificationShown: this.notifications.has('prompt'),
            syncedSettings: this.synced,
          }),
        syncItems: () => Promise.resolve(Object.fromEntries(sync)),
        // The simulated browser always has its main window while it runs.
        browserWindows: () => Promise.resolve(1),
      },
      execute: {
        alarm: ({ at }) => {
          if (at !== null) this.alarmsSet.push({ at, setAt: this.at });
          this.alarm = at;
          return Promise.resolve();
        },
        'show-prompt': ({ windowId }) => {
          if (windowId !== null && this.windows.has(windowId)) return Promise.resolve(undefined);
          const id = this.nextWindow++;
          this.windows.add(id);
          this.opened.push({ id, at: this.at });
          return Promise.resolve({ type: 'prompt-opened' as const, windowId: id });
        },
        'close-window': ({ windowId }) => {
          if (this.windows.delete(windowId)) {
            this.closedByService.push({ id: windowId, at: this.at });
            // The browser tells the worker, as it does for any closed window.
            this.pending.push(() => this.service.handle({ type: 'window-closed', windowId }));
          }
          return Promise.resolve();
        },
        notify: ({ kind }) => {
          this.notifications.add(kind);
          this.notified.push({ kind, at: this.at });
          return Promise.resolve();
        },
        'clear-notification': ({ kind }) => {
          this.notifications.delete(kind);
          return Promise.resolve();
        },
        badge: ({ streak }) => {
          this.badge = streak;
          return Promise.resolve();
        },
        'sync-settings': ({ settings }) => {
          this.synced = settings;
          return Promise.resolve();
        },
        'clear-synced-settings': () => {
          this.synced = undefined;
          return Promise.resolve();
        },
        'sync-set': ({ items, retry }) => {
          // A write refused for quota or write rate changes nothing in sync.
          if (this.refusals() < this.syncRefusals) {
            this.refused += 1;
            return Promise.resolve({
              type: 'sync-refused' as const,
              reason: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
            });
          }
          for (const [k, v] of Object.entries(items)) sync.set(k, v);
          return Promise.resolve(retry ? { type: 'sync-written' as const } : undefined);
        },
        'idle-detection': ({ seconds }) => {
          this.detectionSeconds = seconds;
          return Promise.resolve();
        },
        'drop-meeting-access': () => {
          this.meetingAccess = false;
          return Promise.resolve();
        },
        'sync-unpublish': ({ device }) => {
          for (const k of [...sync.keys()]) if (k.includes(`:${device}:`)) sync.delete(k);
          return Promise.resolve();
        },
      },
    };
  }

  /** A new worker (the browser stopped the idle one, or started again): only the storage is kept. */
  newWorker(): void {
    this.service = createService(this.platform());
  }

  private isRunning(): boolean {
    return this.running;
  }

  /** Runs one browser event through the service, then whatever it caused. */
  async deliver(event: (s: Service) => Promise<unknown>): Promise<void> {
    if (!this.running) return;
    await event(this.service);
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      // The browser may have gone meanwhile (a step can take it down): then nothing more arrives.
      if (this.isRunning()) await next();
    }
  }
}
