/** The popup's status line: a countdown within the working period, words beyond it. */
import { daysAhead, formatCountdown, type BreakStatus, type LaterStart } from '@/core/status';
import { dayStart, dayKey } from '@/core/days';
import { dayWord, longDay, timeOfDay } from '@/lib/format';
import { formatNumber, plural, t } from '@/lib/i18n';

export { dayWord, timeOfDay };

/**
 * "Paused until 3:40 PM" within the day; a pause that ends at a midnight
 * says the day it ends on: "Paused until tomorrow" (not "until 12:00 AM",
 * #24 item 9), and a holiday "On holiday until Monday, November 24".
 */
export function pausedText(until: number, at: number, locale: string): string {
  const midnight = dayStart(dayKey(until)).getTime() === until;
  if (!midnight || daysAhead(at, until) === 0) return t('statusPaused', timeOfDay(until, locale));
  if (daysAhead(at, until) === 1) return t('statusPausedTomorrow');
  return t('statusHoliday', longDay(until, locale));
}

/** "Tomorrow, 45 minutes after you start at 08:00" */
function laterText(
  key: 'statusLater' | 'statusOffHours',
  later: LaterStart,
  at: number,
  locale: string,
) {
  const [min, max] = later.afterMinutes;
  const minutes =
    min === max ? plural('minutes', min) : plural('minutesRange', max, [formatNumber(min)]);
  const day = dayWord(at, later.startsAt, locale);
  return t(key, [
    day.charAt(0).toLocaleUpperCase(locale) + day.slice(1),
    minutes,
    timeOfDay(later.startsAt, locale),
  ]);
}

/** Statuses said in a fixed sentence. */
export const PLAIN_STATUS = {
  away: 'statusAway',
  call: 'statusCall',
  deferred: 'statusDeferred',
  waiting: 'statusWaiting',
  prompting: 'statusPrompting',
  starting: 'statusStarting',
} as const;

export function statusText(status: BreakStatus, at: number, locale: string): string {
  switch (status.kind) {
    case 'counting':
      return t('statusCounting', formatCountdown(status.dueAt - at));
    case 'snoozed':
      return t('statusSnoozed', formatCountdown(status.dueAt - at));
    case 'paused':
      return pausedText(status.until, at, locale);
    case 'quiet':
      return t('statusQuiet', timeOfDay(status.until, locale));
    case 'off-hours':
      return laterText('statusOffHours', status, at, locale);
    case 'later':
      return laterText('statusLater', status, at, locale);
    default:
      return t(PLAIN_STATUS[status.kind]);
  }
}
