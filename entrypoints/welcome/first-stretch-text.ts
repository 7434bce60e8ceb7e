/** "All set. Your first stretch comes tomorrow at 08:00, after 45 minutes of browsing." */
import type { FirstStretch } from '@/core/first-stretch';
import { daysAhead } from '@/core/status';
import { formatNumber, plural, t } from '@/lib/i18n';

/** "today", "tomorrow" or "on Monday", as the middle of a sentence says it. */
function dayPhrase(at: number, startsAt: number, locale: string): string {
  const ahead = daysAhead(at, startsAt);
  if (ahead <= 1) {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(ahead, 'day');
  }
  return t('onWeekday', new Date(startsAt).toLocaleDateString(locale, { weekday: 'long' }));
}

export function firstStretchText(first: FirstStretch, at: number, locale: string): string {
  const [min, max] = first.minutes;
  const minutes =
    min === max ? plural('minutes', min) : plural('minutesRange', max, [formatNumber(min)]);
  if (first.kind === 'browsing') return t('firstStretchSoon', minutes);
  const day = dayPhrase(at, first.startsAt, locale);
  const time = new Date(first.startsAt).toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
  });
  return t('firstStretchLater', [day, time, minutes]);
}
