/** "All set. Your first stretch comes tomorrow at 08:00, after 45 minutes of browsing." */
import type { FirstStretch } from '@/core/first-stretch';
import { daysAhead } from '@/core/status';
import { dayWord, timeOfDay } from '@/lib/format';
import { formatNumber, plural, t } from '@/lib/i18n';

/** "today", "tomorrow" or "on Monday", as the middle of a sentence says it. */
function dayPhrase(at: number, startsAt: number, locale: string): string {
  const word = dayWord(at, startsAt, locale);
  return daysAhead(at, startsAt) <= 1 ? word : t('onWeekday', word);
}

export function firstStretchText(first: FirstStretch, at: number, locale: string): string {
  const [min, max] = first.minutes;
  const minutes =
    min === max ? plural('minutes', min) : plural('minutesRange', max, [formatNumber(min)]);
  if (first.kind === 'browsing') return t('firstStretchSoon', minutes);
  const day = dayPhrase(at, first.startsAt, locale);
  // The same formatter as the popup's (#24, item 9): "8:00 AM", not "08:00 AM".
  const time = timeOfDay(first.startsAt, locale);
  return t('firstStretchLater', [day, time, minutes]);
}
