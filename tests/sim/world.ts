/**
 * A simulated desk, browser and operating system around the real background
 * service (entrypoints/background/service.ts, with fake-indexeddb behind it):
 * the clock, presence, calls, the one alarm, prompt windows, notifications,
 * the badge and synced settings. It delivers what the browser would deliver
 * (a "window closed" event, a late alarm after sleep), and nothing when the
 * browser is killed. It records what it needs to check the invariants.
 */
import { readSettings, type Settings } from '@/core/settings';
import type { AlarmName, Platform, Service } from '@/entrypoints/background/service';
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
  /** A meeting tab is open, and whether Unsit holds the permission to see it. */
  meetingTab = false;
  meetingAccess = false;
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

  random = (): number => {
    this.seed = (Math.imul(this.seed, 1664525) + 1013904223) >>> 0;
    return this.seed / 2 ** 32;
  };

  settings(): Settings {
    return readSettings(this.synced).settings;
  }

  platform(): Platform {
    return {
      now: () => this.at,
      sync: {
        get: (keys) =>
          Promise.resolve(
            Object.fromEntries(
              [...this.syncItems].filter(([k]) => keys === undefined || keys.includes(k)),
            ),
          ),
        set: (items) => {
          for (const [k, v] of Object.entries(items)) this.syncItems.set(k, v);
          return Promise.resolve();
        },
        remove: (keys) => {
          for (const k of keys) this.syncItems.delete(k);
          return Promise.resolve();
        },
      },
      observe: (lookForMeetings) =>
        Promise.resolve({
          idle: this.idle,
          focused: this.focused,
          busy: this.audible || this.fullscreen,
          meeting: lookForMeetings && this.meetingAccess && this.meetingTab,
        }),
      setAlarm: (_name: AlarmName, at: number | null) => {
        if (at !== null) this.alarmsSet.push({ at, setAt: this.at });
        this.alarm = at;
        return Promise.resolve();
      },
      focusWindow: (id) => Promise.resolve(this.windows.has(id)),
      promptWindowOpen: (id) => Promise.resolve(this.windows.has(id)),
      notificationShown: () => Promise.resolve(this.notifications.has('prompt')),
      openPromptWindow: (_view) => {
        const id = this.nextWindow++;
        this.windows.add(id);
        this.opened.push({ id, at: this.at });
        return Promise.resolve(id);
      },
      closeWindow: (id) => {
        if (this.windows.delete(id)) {
          this.closedByService.push({ id, at: this.at });
          // The browser tells the worker, as it does for any closed window.
          this.pending.push(() => this.service.windowClosed(id));
        }
        return Promise.resolve();
      },
      notify: (kind) => {
        this.notifications.add(kind);
        this.notified.push({ kind, at: this.at });
        return Promise.resolve();
      },
      clearNotification: (kind) => {
        this.notifications.delete(kind);
        return Promise.resolve();
      },
      setBadge: (n) => {
        this.badge = n;
        return Promise.resolve();
      },
      loadSettings: () => Promise.resolve(readSettings(this.synced)),
      storeSettings: (s) => {
        this.synced = s;
        return Promise.resolve();
      },
      clearSettings: () => {
        this.synced = undefined;
        return Promise.resolve();
      },
      random: this.random,
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
