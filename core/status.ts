/** What the popup says about the next stretch, in words a person reads at a glance. */
import type { Settings } from './settings';
import { isWorkingTime } from './working-time';
import { nextBreakAt, type TrackerState } from './tracker';

export type BreakStatus =
  | { kind: 'counting'; dueAt: number }
  | { kind: 'snoozed'; dueAt: number }
  | { kind: 'paused'; until: number }
  | { kind: 'away' }
  | { kind: 'off-hours' }
  | { kind: 'deferred' }
  | { kind: 'prompting' }
  | { kind: 'starting' };

export function breakStatus(
  tracker: TrackerState | undefined,
  settings: Settings,
  now: number,
): BreakStatus {
  if (!tracker) return { kind: 'starting' };
  if (tracker.pausedUntil !== null && tracker.pausedUntil > now) {
    return { kind: 'paused', until: tracker.pausedUntil };
  }
  if (!isWorkingTime(now, settings)) return { kind: 'off-hours' };
  if (tracker.phase === 'prompting') return { kind: 'prompting' };
  if (tracker.phase === 'deferred') return { kind: 'deferred' };
  if (!tracker.present) return { kind: 'away' };
  const dueAt = nextBreakAt(tracker, settings);
  if (dueAt === null) return { kind: 'away' };
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
