/** The popup's status line: a countdown within the working period, words beyond it. */
import { daysAhead, formatCountdown, type BreakStatus, type LaterStart } from '@/core/status';
import { formatNumber, plural, t } from '@/lib/i18n';

export function timeOfDay(at: number, locale: string): string {
  return new Date(at).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

/** "today", "tomorrow", or the weekday's name further ahead. */
export function dayWord(at: number, startsAt: number, locale: string): string {
  const ahead = daysAhead(at, startsAt);
  if (ahead <= 1)
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(ahead, 'day');
  return new Date(startsAt).toLocaleDateString(locale, { weekday: 'long' });
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
      return t('statusPaused', timeOfDay(status.until, locale));
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
