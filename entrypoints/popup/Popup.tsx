import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Heatmap } from '@/components/Heatmap';
import { ProgressRing } from '@/components/ProgressRing';
import { catalogById } from '@/content/catalog';
import { dayKey, isWorkday } from '@/core/days';
import type { Days } from '@/core/history';
import type { Settings } from '@/core/settings';
import { breakStatus } from '@/core/status';
import { summarize, type Summary, type WalkStart } from '@/core/streaks';
import type { RecentStretch } from '@/core/summary';
import type { TrackerState } from '@/core/tracker';
import { now } from '@/lib/clock';
import { contentLocale, t } from '@/lib/i18n';
import { send, type PauseLength } from '@/lib/messages';
import { PauseControl } from './PauseControl';
import { statusText, timeOfDay } from './status-text';

interface Props {
  /** Day records from `start.from` on (the summary's), or every day. */
  days: Days;
  /** The streak folded over the days before them (from the summary record). */
  start?: WalkStart;
  tracker: TrackerState | undefined;
  settings: Settings;
  recent: RecentStretch[];
}

/** "10:30 AM" today, "Tue 10:30 AM" on an earlier day. */
export function whenDone(at: number, today: string, locale: string): string {
  if (dayKey(at) === today) return timeOfDay(at, locale);
  return new Date(at).toLocaleString(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
}

function RecentList({
  recent,
  today,
  locale,
}: {
  recent: RecentStretch[];
  today: string;
  locale: 'en' | 'es';
}) {
  if (recent.length === 0) return <p class="muted small">{t('recentNone')}</p>;
  return (
    <ul class="recent">
      {recent.map((r) => (
        <li key={r.at}>
          <span>
            {(r.stretchId && catalogById.get(r.stretchId)?.name[locale]) ?? t('aStretch')}
          </span>
          <span class="muted">{whenDone(r.at, today, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The streak, today's progress, the best streak and freezes. */
function StreakSummary({ summary }: { summary: Summary }) {
  const goal = summary.today;
  const progress = t('todayProgress', [String(goal.done), String(goal.goal)]);
  return (
    <>
      <section class="streak" aria-label={t('streakSection')}>
        <div class="streak-main">
          <span class="streak-number">{summary.current}</span>
          <span class="streak-unit">{t(summary.current === 1 ? 'streakDay' : 'streakDays')}</span>
        </div>
        <ProgressRing value={goal.done} max={goal.goal} label={progress}>
          <strong>
            {goal.done}/{goal.goal}
          </strong>
        </ProgressRing>
      </section>
      <p class="today">{progress}</p>
      <p class="muted small">
        {t('bestStreak', String(summary.best))} · {t('freezesHeld', String(summary.freezesHeld))}
      </p>
      {summary.freezeUsedRecently && <p class="note">{t('freezeKept')}</p>}
    </>
  );
}

export function Popup({ days, start, tracker, settings, recent }: Props) {
  const locale = contentLocale();
  const [at, setAt] = useState(now);
  const [paused, setPaused] = useState(tracker?.pausedUntil != null && tracker.pausedUntil > at);
  const today = dayKey(at);
  const summary = useMemo(
    () =>
      summarize(
        days,
        today,
        { todayGoal: settings.dailyGoal, todayWorkday: isWorkday(today, settings.workDays) },
        start,
      ),
    // Recomputed when the day changes, not every second.
    [days, start, settings, today],
  );

  // The countdown is computed here from stored state: the worker is not woken.
  useEffect(() => {
    const timer = setInterval(() => {
      setAt(now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);

  const act = async (message: Parameters<typeof send>[0], nowPaused: boolean) => {
    await send(message);
    setPaused(nowPaused);
    window.close();
  };
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button
          type="button"
          class="btn-link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </header>

      <StreakSummary summary={summary} />

      {/* Not a live region: it changes every second. */}
      <p class="status">{statusText(breakStatus(tracker, settings, at), at, locale)}</p>

      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => void act({ type: 'stretch-now' }, paused)}
        >
          {t('stretchNow')}
        </button>
        <PauseControl
          paused={paused}
          onPause={(length: PauseLength) => void act({ type: 'pause', length }, true)}
          onResume={() => void act({ type: 'resume' }, false)}
        />
      </div>

      <section aria-label={t('historySection')}>
        <h2 class="section-title">{t('heatmapTitle')}</h2>
        <Heatmap cells={summary.heatmap} locale={locale} today={today} />
      </section>

      <section>
        <h2 class="section-title">{t('recentTitle')}</h2>
        <RecentList recent={recent} today={today} locale={locale} />
      </section>
    </main>
  );
}
