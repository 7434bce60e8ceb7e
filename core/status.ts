/** What the popup says about the next stretch, in words a person reads at a glance. */
import type { Settings } from './settings';
import { atWorkingTime, workingWindowAt } from './working-time';
import { nextBreakAt, type TrackerState } from './tracker';

/** The first stretch of a later working period: when it starts, and after how much browsing. */
export interface LaterStart {
  startsAt: number;
  /** Minutes of browsing after the start; a range in varied mode. */
  afterMinutes: [number, number];
}

export type BreakStatus =
  | { kind: 'counting'; dueAt: number }
  | { kind: 'snoozed'; dueAt: number }
  | { kind: 'paused'; until: number }
  /** Quiet for a call the user asked for: time counts, a due stretch waits. */
  | { kind: 'quiet'; until: number }
  /** A due stretch waits for the end of a call. */
  | { kind: 'call' }
  | { kind: 'away' }
  | ({ kind: 'off-hours' } & LaterStart)
  /** Counting, but the stretch falls in a later working period: no countdown through the night. */
  | ({ kind: 'later' } & LaterStart)
  | { kind: 'deferred' }
  /** Due, and waiting for a pause in the user's work (#27). */
  | { kind: 'waiting' }
  | { kind: 'prompting' }
  | { kind: 'starting' };

function laterStart(from: number, settings: Settings): LaterStart {
  const fixed = settings.intervalMode === 'fixed';
  return {
    startsAt: atWorkingTime(from, settings),
    afterMinutes: fixed
      ? [settings.intervalMinutes, settings.intervalMinutes]
      : [settings.variedMinMinutes, settings.variedMaxMinutes],
  };
}

export function breakStatus(
  tracker: TrackerState | undefined,
  settings: Settings,
  now: number,
): BreakStatus {
  if (!tracker) return { kind: 'starting' };
  if (tracker.pausedUntil !== null && tracker.pausedUntil > now) {
    return { kind: 'paused', until: tracker.pausedUntil };
  }
  const window = workingWindowAt(now, settings);
  if (!window) return { kind: 'off-hours', ...laterStart(now, settings) };
  if (tracker.phase === 'prompting') return { kind: 'prompting' };
  if (tracker.phase === 'deferred') return { kind: tracker.callHeld ? 'call' : 'deferred' };
  if (tracker.phase === 'waiting') return { kind: 'waiting' };
  if (tracker.quietUntil !== null && tracker.quietUntil > now) {
    return { kind: 'quiet', until: tracker.quietUntil };
  }
  if (!tracker.present) return { kind: 'away' };
  const dueAt = nextBreakAt(tracker, settings);
  if (dueAt === null) return { kind: 'away' };
  if (dueAt >= window[1]) return { kind: 'later', ...laterStart(window[1], settings) };
  return tracker.phase === 'snoozed' ? { kind: 'snoozed', dueAt } : { kind: 'counting', dueAt };
}

/** "12:05" for minutes and seconds, "1:02:05" past an hour; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Whole local days from the day of `from` to the day of `to` (0 = the same day). */
export function daysAhead(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  const start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((end - start) / 86_400_000);
}
