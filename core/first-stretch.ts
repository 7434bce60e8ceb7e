/**
 * When the first stretch comes, as the welcome page says it once the user
 * presses Start: after an interval of browsing from now when the whole of it
 * is working time, else after an interval of browsing from the start of the
 * next working period (away overnight or over a day off is a natural break,
 * so the count starts again there).
 */
import { MINUTE } from './time';
import type { Settings } from './settings';
import { atWorkingTime, isWorkingTime, workingMsBetween, workingWindowAt } from './working-time';

export type FirstStretch =
  /** Minutes of browsing from now; a range in varied mode. */
  | { kind: 'browsing'; minutes: [number, number] }
  /** The same, from `startsAt`: the start of the next working period. */
  | { kind: 'next-period'; startsAt: number; minutes: [number, number] };

type Choices = Pick<
  Settings,
  | 'intervalMode'
  | 'intervalMinutes'
  | 'variedMinMinutes'
  | 'variedMaxMinutes'
  | 'workDays'
  | 'workStartMinute'
  | 'workEndMinute'
>;

export function firstStretch(settings: Choices, now: number): FirstStretch {
  const minutes: [number, number] =
    settings.intervalMode === 'varied'
      ? [settings.variedMinMinutes, settings.variedMaxMinutes]
      : [settings.intervalMinutes, settings.intervalMinutes];
  // The earliest the stretch can come: working time all the way to it, that moment included.
  const due = now + minutes[0] * MINUTE;
  if (workingMsBetween(now, due, settings) === due - now && isWorkingTime(due, settings)) {
    return { kind: 'browsing', minutes };
  }
  // Too little of this working period is left: the next one.
  const from = workingWindowAt(now, settings)?.[1] ?? now;
  return { kind: 'next-period', startsAt: atWorkingTime(from, settings), minutes };
}
