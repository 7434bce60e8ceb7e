import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedFocusEvent } from 'preact';
import { browser } from 'wxt/browser';
import { Heatmap } from '@/components/Heatmap';
import { ProgressRing } from '@/components/ProgressRing';
import { catalogById } from '@/content/catalog';
import { dayKey } from '@/core/days';
import type { Days } from '@/core/history';
import type { Settings } from '@/core/settings';
import { breakStatus, formatCountdown, type BreakStatus } from '@/core/status';
import { summarize } from '@/core/streaks';
import type { TrackerState } from '@/core/tracker';
import { now } from '@/lib/clock';
import type { RecentStretch } from '@/lib/db';
import { contentLocale, t } from '@/lib/i18n';
import { send, type PauseLength } from '@/lib/messages';

interface Props {
  days: Days;
  tracker: TrackerState | undefined;
  settings: Settings;
  recent: RecentStretch[];
}

function timeOfDay(at: number, locale: string) {
  return new Date(at).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
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

export function statusText(status: BreakStatus, at: number, locale: string): string {
  switch (status.kind) {
    case 'counting':
      return t('statusCounting', formatCountdown(status.dueAt - at));
    case 'snoozed':
      return t('statusSnoozed', formatCountdown(status.dueAt - at));
    case 'paused':
      return t('statusPaused', timeOfDay(status.until, locale));
    case 'away':
      return t('statusAway');
    case 'off-hours':
      return t('statusOffHours');
    case 'deferred':
      return t('statusDeferred');
    case 'prompting':
      return t('statusPrompting');
    case 'starting':
      return t('statusStarting');
  }
}

export function Popup({ days, tracker, settings, recent }: Props) {
  const locale = contentLocale();
  const [at, setAt] = useState(now);
  const [paused, setPaused] = useState(tracker?.pausedUntil != null && tracker.pausedUntil > at);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuList = useRef<HTMLDivElement>(null);
  const summary = useMemo(
    () =>
      summarize(days, dayKey(at), {
        todayGoal: settings.dailyGoal,
        todayWorkday: settings.workDays.includes(new Date(at).getDay()),
      }),
    // Recomputed only when the day changes, not every second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [days, settings, dayKey(at)],
  );
  const status = breakStatus(tracker, settings, at);

  // The countdown is computed here from stored state: the worker is not woken.
  useEffect(() => {
    const timer = setInterval(() => {
      setAt(now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);

  // The pause menu: first choice focused on open; Escape, Tab away or a click
  // outside closes it (Escape returns focus to its button).
  useEffect(() => {
    if (!menuOpen) return;
    menuList.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    const onPointer = (e: Event) => {
      const menu = menuList.current?.parentElement;
      if (menu && !menu.contains(e.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [menuOpen]);

  async function stretchNow() {
    await send({ type: 'stretch-now' });
    window.close();
  }
  async function pause(length: PauseLength) {
    setMenuOpen(false);
    await send({ type: 'pause', length });
    setPaused(true);
    window.close();
  }
  async function resume() {
    await send({ type: 'resume' });
    setPaused(false);
    window.close();
  }

  const today = summary.today;
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

      <section class="streak" aria-label={t('streakSection')}>
        <div class="streak-main">
          <span class="streak-number">{summary.current}</span>
          <span class="streak-unit">{t(summary.current === 1 ? 'streakDay' : 'streakDays')}</span>
        </div>
        <ProgressRing
          value={today.done}
          max={today.goal}
          label={t('todayProgress', [String(today.done), String(today.goal)])}
        >
          <strong>
            {today.done}/{today.goal}
          </strong>
        </ProgressRing>
      </section>
      <p class="today">{t('todayProgress', [String(today.done), String(today.goal)])}</p>
      <p class="muted small">
        {t('bestStreak', String(summary.best))} · {t('freezesHeld', String(summary.freezesHeld))}
      </p>
      {summary.freezeUsedRecently && <p class="note">{t('freezeKept')}</p>}

      {/* Not a live region: it changes every second. */}
      <p class="status">{statusText(status, at, locale)}</p>

      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={() => void stretchNow()}>
          {t('stretchNow')}
        </button>
        {paused ? (
          <button type="button" class="btn" onClick={() => void resume()}>
            {t('resume')}
          </button>
        ) : (
          <div
            class="menu"
            onFocusOut={(e: TargetedFocusEvent<HTMLDivElement>) => {
              const to = e.relatedTarget as Node | null;
              if (to && !e.currentTarget.contains(to)) setMenuOpen(false);
            }}
          >
            <button
              ref={menuButton}
              type="button"
              class="btn"
              aria-expanded={menuOpen}
              aria-controls="pause-menu"
              onClick={() => {
                setMenuOpen(!menuOpen);
              }}
            >
              {t('pause')} <span aria-hidden="true">▾</span>
            </button>
            {menuOpen && (
              <div
                id="pause-menu"
                ref={menuList}
                class="menu-list"
                role="group"
                aria-label={t('pause')}
              >
                <button type="button" class="btn" onClick={() => void pause('hour')}>
                  {t('pauseHour')}
                </button>
                <button type="button" class="btn" onClick={() => void pause('tomorrow')}>
                  {t('pauseTomorrow')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>

      <section aria-label={t('historySection')}>
        <h2 class="section-title">{t('heatmapTitle')}</h2>
        <Heatmap cells={summary.heatmap} locale={locale} today={dayKey(at)} />
      </section>

      <section>
        <h2 class="section-title">{t('recentTitle')}</h2>
        {recent.length === 0 ? (
          <p class="muted small">{t('recentNone')}</p>
        ) : (
          <ul class="recent">
            {recent.map((r) => (
              <li key={r.at}>
                <span>
                  {(r.stretchId && catalogById.get(r.stretchId)?.name[locale]) ?? t('aStretch')}
                </span>
                <span class="muted">{whenDone(r.at, dayKey(at), locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
