/**
 * When the week's stretches were done, by hour of the day: a strip of 24
 * cells shaded by count, with a list of the hours that had any for screen
 * readers, and the busiest hour in words.
 */
import { peakHours } from '@/core/insights';
import { t } from '@/lib/i18n';
import { hourLabel, hourRange, stretchCount, type Locale } from './words';

interface Props {
  /** Stretches done per hour of the day; null while the week's days are read. */
  hours: number[] | null;
  locale: Locale;
  /** The week shown is this week, still going. */
  current: boolean;
}

const TICKS = [0, 6, 12, 18];

/** 0 for none, else 1–4 by share of the busiest hour. */
function level(n: number, max: number): number {
  return n === 0 ? 0 : Math.max(1, Math.ceil((n / max) * 4));
}

function Strip({ hours, locale }: { hours: number[]; locale: Locale }) {
  const max = Math.max(...hours);
  return (
    <div class="hours-strip" aria-hidden="true">
      <div class="hours">
        {hours.map((n, hour) => (
          <span
            key={hour}
            class={`hour hour-${level(n, max)}`}
            title={`${hourRange(hour, locale)}: ${stretchCount(n)}`}
          />
        ))}
      </div>
      <div class="hour-ticks">
        {TICKS.map((hour) => (
          <span key={hour} style={{ left: `${(hour / 24) * 100}%` }}>
            {hourLabel(hour, locale)}
          </span>
        ))}
      </div>
    </div>
  );
}

export function HourStrip({ hours, locale, current }: Props) {
  const peaks = hours ? peakHours(hours) : [];
  const peak = peaks[0] ?? null;
  return (
    <section class="hours-section" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('insightsHoursTitle')}</h2>
      {hours &&
        (peak === null ? (
          <p class="muted">{current ? t('insightsHoursNone') : t('insightsHoursNonePast')}</p>
        ) : (
          <>
            <Strip hours={hours} locale={locale} />
            <ul class="visually-hidden">
              {hours.map((n, hour) =>
                n > 0 ? (
                  <li key={hour}>{`${hourRange(hour, locale)}: ${stretchCount(n)}`}</li>
                ) : null,
              )}
            </ul>
            <p>
              {t(peaks.length > 1 ? 'insightsHoursPeaks' : 'insightsHoursPeak', [
                new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                  peaks.map((h) => hourRange(h, locale)),
                ),
                stretchCount(hours[peak] ?? 0),
              ])}
            </p>
          </>
        ))}
    </section>
  );
}
