/**
 * The weekly view: a week's sitting spells and stretches against the week
 * before, one sentence on what changed, and when the stretches were done.
 * Starts at the current week; earlier weeks as far back as the summary
 * keeps day records.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  calendarAdd,
  compareWeeks,
  earliestWeek,
  stretchHours,
  weekDays,
  weekStart,
  type SittingDays,
} from '@/core/insights';
import { t } from '@/lib/i18n';
import { HourStrip } from './HourStrip';
import { WeekChart } from './WeekChart';
import { WeekNav } from './WeekNav';
import { WeekTable } from './WeekTable';
import {
  changeSentence,
  comparedWith,
  comparesFigures,
  weekName,
  weekRange,
  type Locale,
} from './words';

export interface InsightsProps {
  /** Day records (the summary's). */
  days: SittingDays;
  /** The first day they cover. */
  from: string;
  today: string;
  /** The interval in force, in minutes: [min, max], equal in fixed mode. */
  interval: readonly [number, number];
  locale: Locale;
  /** The first day of the week, 0 = Sunday (lib/format.ts firstDayOfWeek). */
  firstDay?: number;
  /** The stored day buckets of the given days (lib/db.ts readDays). */
  loadBuckets: (days: string[]) => Promise<unknown[]>;
}

/** Stretches by hour in the week starting `start`, read when the week is shown. */
function useHours(start: string, load: InsightsProps['loadBuckets']): number[] | null {
  const [hours, setHours] = useState<number[] | null>(null);
  useEffect(() => {
    let current = true;
    load(weekDays(start)).then(
      (buckets) => {
        if (current) setHours(stretchHours(buckets));
      },
      () => {
        if (current) setHours(null);
      },
    );
    return () => {
      current = false;
    };
  }, [start, load]);
  return hours;
}

export function Insights(props: InsightsProps) {
  const { days, from, today, interval, locale, firstDay = 1, loadBuckets } = props;
  const current = weekStart(today, firstDay);
  const firstRecord = useMemo(() => Object.keys(days).sort()[0], [days]);
  const earliest = earliestWeek(from, today, firstRecord, firstDay);
  const [start, setStart] = useState(current);
  const comparison = useMemo(() => compareWeeks(days, start, today), [days, start, today]);
  const hours = useHours(start, loadBuckets);
  return (
    <main class="insights">
      <header class="insights-head">
        <h1>{t('insightsTitle')}</h1>
        <p class="muted">{t('insightsAbout')}</p>
      </header>
      <WeekNav
        canBack={start > earliest}
        canForward={start < current}
        onBack={() => {
          setStart(calendarAdd(start, -7));
        }}
        onForward={() => {
          setStart(calendarAdd(start, 7));
        }}
      />
      <section class="week" aria-labelledby="week-title">
        <div aria-live="polite">
          <h2 id="week-title">
            {weekName(start, current)} <span class="range">{weekRange(start, locale)}</span>
          </h2>
          <p class="sentence">{changeSentence(comparison.change, locale, start === current)}</p>
          {comparesFigures(comparison.change) && (
            <p class="muted compared">{comparedWith(start, comparison.compared, locale)}</p>
          )}
        </div>
        <div class="week-body">
          {comparison.week.some((d) => d.measured || d.done > 0) && (
            <WeekChart week={comparison.week} interval={interval} locale={locale} today={today} />
          )}
          <WeekTable
            comparison={comparison}
            interval={start === current ? interval : null}
            locale={locale}
            today={today}
          />
        </div>
      </section>
      <HourStrip hours={hours} locale={locale} current={start === current} />
    </main>
  );
}
