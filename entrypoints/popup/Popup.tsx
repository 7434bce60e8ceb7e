import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProgressRing } from '@/components/ProgressRing';
import { dayKey, isWorkday } from '@/core/days';
import type { Days } from '@/core/history';
import type { Settings } from '@/core/settings';
import { breakStatus } from '@/core/status';
import {
  streakSummary,
  type StreakSummary as StreakSummaryData,
  type WalkStart,
} from '@/core/streaks';
import type { LastAnswer } from '@/core/stored';
import type { RecentStretch } from '@/core/summary';
import type { TrackerState } from '@/core/tracker';
import { now } from '@/lib/clock';
import { dateLocale, language, plural, t } from '@/lib/i18n';
import { LostMessage } from '@/components/LostMessage';
import { send, type Message, type PauseLength, type QuietLength } from '@/lib/messages';
import { PauseControl } from './PauseControl';
import type { HistoryProps } from './PopupHistory';
import { statusText } from './status-text';
import { UndoLast } from './UndoLast';

interface Props {
  /** Day records from `start.from` on (the summary's), or every day. */
  days: Days;
  /** The streak folded over the days before them (from the summary record). */
  start?: WalkStart;
  tracker: TrackerState | undefined;
  settings: Settings;
  recent: RecentStretch[];
  /** Devices (browsers) whose days count, this one included: more than one is said. */
  devices?: number;
  /** The last Done or Skip, which can be undone for a while. */
  lastAnswer?: LastAnswer;
}

/** The heatmap and the last stretches, loaded once the first frame is on screen. */
function useLater(): ComponentType<HistoryProps> | null {
  const [History, setHistory] = useState<ComponentType<HistoryProps> | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      void import('./PopupHistory').then((m) => {
        setHistory(() => m.PopupHistory);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, []);
  return History;
}

/** The streak, today's progress, the best streak and freezes. */
function StreakSummary({ summary, devices }: { summary: StreakSummaryData; devices: number }) {
  const goal = summary.today;
  const progress = t('todayProgress', [String(goal.done), String(goal.goal)]);
  return (
    <>
      <section class="streak" aria-label={t('streakSection')}>
        <div class="streak-main">
          <span class="streak-number">{summary.current}</span>
          <span class="streak-unit">{plural('streakUnit', summary.current)}</span>
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
      {/* A line of its own: "on 2 devices" after the freezes read as if the freezes were (#24, item 8). */}
      {devices > 1 && <p class="muted small devices">{plural('onDevices', devices)}</p>}
      {summary.freezeUsedRecently && <p class="note">{t('freezeKept')}</p>}
    </>
  );
}

/** Sends what a button asks for and closes the popup; a message the background never got can be sent again. */
function useAct(setPaused: (paused: boolean) => void) {
  const [lost, setLost] = useState<(() => void) | null>(null);
  const act = async (message: Message, nowPaused: boolean) => {
    const sent = await send(message);
    if (!sent.delivered) {
      // Nothing happened: say so, and keep the popup open to try again.
      setLost(() => () => void act(message, nowPaused));
      return;
    }
    setLost(null);
    setPaused(nowPaused);
    window.close();
  };
  /** Takes back the last answer, then shows the popup again from what is stored now. */
  const undo = async () => {
    const sent = await send({ type: 'undo' });
    if (!sent.delivered) {
      setLost(() => () => void undo());
      return;
    }
    location.reload();
  };
  return { act, undo, lost };
}

export function Popup({ days, start, tracker, settings, recent, devices = 1, lastAnswer }: Props) {
  const locale = language();
  const dates = dateLocale();
  const [at, setAt] = useState(now);
  const [paused, setPaused] = useState(tracker?.pausedUntil != null && tracker.pausedUntil > at);
  const quiet = tracker?.quietUntil != null && tracker.quietUntil > at;
  const today = dayKey(at);
  const options = useMemo(
    () => ({ todayGoal: settings.dailyGoal, todayWorkday: isWorkday(today, settings.workDays) }),
    [settings, today],
  );
  // Recomputed when the day changes, not every second.
  const summary = useMemo(
    () => streakSummary(days, today, options, start),
    [days, today, options, start],
  );
  const History = useLater();

  // The countdown is computed here from stored state: the worker is not woken.
  useEffect(() => {
    const timer = setInterval(() => {
      setAt(now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);

  const { act, undo, lost } = useAct(setPaused);
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

      <StreakSummary summary={summary} devices={devices} />

      {/* Not a live region: it changes every second. */}
      <p class="status">{statusText(breakStatus(tracker, settings, at), at, dates)}</p>

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
          quiet={quiet}
          at={at}
          onPause={(length: PauseLength) => void act({ type: 'pause', length }, true)}
          onHoliday={(until) => void act({ type: 'holiday', until }, true)}
          onQuiet={(minutes: QuietLength) => void act({ type: 'quiet', minutes }, false)}
          onResume={() => void act({ type: 'resume' }, false)}
        />
      </div>

      <UndoLast last={lastAnswer} at={at} onUndo={() => void undo()} />

      {lost && <LostMessage onRetry={lost} />}

      {History ? (
        <History
          days={days}
          today={today}
          options={options}
          freezesUsed={summary.freezesUsed}
          recent={recent}
          locale={locale}
        />
      ) : (
        // The room the history takes, so nothing moves when it arrives.
        <div class="history-pending" />
      )}
    </main>
  );
}
