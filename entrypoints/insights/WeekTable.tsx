/** The week day by day as a table: what the chart shows, for everyone and every screen reader. */
import type { InsightDay, WeekComparison, WeekFigures } from '@/core/insights';
import { t } from '@/lib/i18n';
import { formatInterval, formatMinutes, formatNumber, longDay, type Locale } from './words';

interface Props {
  comparison: WeekComparison;
  /**
   * The interval in force, said in the header of the current week only:
   * an earlier week's days were judged by the interval of their own day
   * (#24, item 4).
   */
  interval: readonly [number, number] | null;
  locale: Locale;
  today: string;
}

/** A dash that says why there is no value. */
function Missing({ why }: { why: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">{why}</span>
    </>
  );
}

function Row({ day, locale, today }: { day: InsightDay; locale: Locale; today: string }) {
  const none = day.future ? t('insightsNotYet') : t('insightsNotMeasured');
  return (
    <tr
      class={day.day === today ? 'today' : undefined}
      aria-current={day.day === today ? 'date' : undefined}
    >
      <th scope="row">{longDay(day.day, locale)}</th>
      <td>{day.measured ? formatMinutes(day.longest, locale) : <Missing why={none} />}</td>
      <td>{day.measured ? formatNumber(day.longSpells, locale) : <Missing why={none} />}</td>
      <td>{day.future ? <Missing why={t('insightsNotYet')} /> : formatNumber(day.done, locale)}</td>
    </tr>
  );
}

function Totals({
  label,
  figures,
  locale,
}: {
  label: string;
  figures: WeekFigures;
  locale: Locale;
}) {
  const none = <Missing why={t('insightsNotMeasured')} />;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{figures.measured ? formatMinutes(figures.longest, locale) : none}</td>
      <td>{figures.measured ? formatNumber(figures.longSpells, locale) : none}</td>
      <td>{formatNumber(figures.done, locale)}</td>
    </tr>
  );
}

export function WeekTable({ comparison, interval, locale, today }: Props) {
  const whole = comparison.compared >= 7;
  return (
    <table class="week-table">
      <caption class="visually-hidden">{t('insightsTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insightsColDay')}</th>
          <th scope="col">{t('insightsColLongest')}</th>
          <th scope="col">
            {t('insightsColLongSpells')}
            {interval && <span class="th-note"> ({formatInterval(interval, locale)})</span>}
          </th>
          <th scope="col">{t('insightsColDone')}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.week.map((day) => (
          <Row key={day.day} day={day} locale={locale} today={today} />
        ))}
      </tbody>
      <tfoot>
        <Totals
          label={whole ? t('insightsRowWeek') : t('insightsRowSoFar')}
          figures={comparison.current}
          locale={locale}
        />
        <Totals
          label={whole ? t('insightsRowBefore') : t('insightsRowBeforeSame')}
          figures={comparison.previous}
          locale={locale}
        />
      </tfoot>
    </table>
  );
}
