/**
 * The popup below the fold: the heatmap of recent weeks and the last
 * stretches. Loaded after the first frame, so the streak is on screen first.
 */
import { browser } from 'wxt/browser';
import { HeatLegend, Heatmap } from '@/components/Heatmap';
import { catalogById } from '@/content/catalog';
import { moveName } from '@/components/move-words';
import { dayKey } from '@/core/days';
import type { Days } from '@/core/history';
import { heatmap, type SummaryOptions } from '@/core/streaks';
import type { RecentStretch } from '@/core/summary';
import { firstDayOfWeek, timeOfDay, weekdayAndTime } from '@/lib/format';
import { dateLocale, t } from '@/lib/i18n';

export interface HistoryProps {
  days: Days;
  today: string;
  options: SummaryOptions;
  freezesUsed: readonly string[];
  recent: RecentStretch[];
  locale: string;
}

/** "10:30 AM" today, "Tue 10:30 AM" on an earlier day. */
export function whenDone(at: number, today: string, locale: string): string {
  if (dayKey(at) === today) return timeOfDay(at, locale);
  return weekdayAndTime(at, locale);
}

function RecentList({ recent, today }: Pick<HistoryProps, 'recent' | 'today'>) {
  if (recent.length === 0) return <p class="muted small">{t('recentNone')}</p>;
  return (
    <ul class="recent">
      {recent.map((r) => (
        <li key={r.at}>
          <span>
            {r.stretchId && catalogById.has(r.stretchId) ? moveName(r.stretchId) : t('aStretch')}
          </span>
          <span class="muted">{whenDone(r.at, today, dateLocale())}</span>
        </li>
      ))}
    </ul>
  );
}

/** Opens the weekly view in a tab; a link, so it can also be opened with the browser's own means. */
function InsightsLink() {
  const url = browser.runtime.getURL('/insights.html');
  return (
    <a
      class="small"
      href={url}
      target="_blank"
      onClick={(e) => {
        e.preventDefault();
        void browser.tabs.create({ url }).then(() => {
          window.close();
        });
      }}
    >
      {t('insightsLink')}
    </a>
  );
}

export function PopupHistory({ days, today, options, freezesUsed, recent }: HistoryProps) {
  const dates = dateLocale();
  return (
    <>
      <section aria-label={t('historySection')}>
        <div class="section-head">
          <h2 class="section-title">{t('heatmapTitle')}</h2>
          <InsightsLink />
        </div>
        <Heatmap
          cells={heatmap(days, today, options, freezesUsed)}
          locale={dates}
          firstDay={firstDayOfWeek(dates)}
          today={today}
        />
        <HeatLegend />
      </section>
      <section>
        <h2 class="section-title">{t('recentTitle')}</h2>
        <RecentList recent={recent} today={today} />
      </section>
    </>
  );
}
