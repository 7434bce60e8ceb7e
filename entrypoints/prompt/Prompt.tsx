import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { chime } from '@/components/chime';
import { HoldTimer } from '@/components/HoldTimer';
import { SafetyNotice } from '@/components/SafetyNotice';
import { StretchCard } from '@/components/StretchCard';
import { safetyLine } from '@/content/safety';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import type { Answer } from '@/core/tracker';

type Reply = Exclude<Answer, 'closed'>;

interface Props {
  stretch: Stretch;
  locale: 'en' | 'es';
  safetySeen: boolean;
  /** Snooze is offered at all (not with 0 snoozes allowed). */
  showSnooze?: boolean;
  canSnooze: boolean;
  snoozeMinutes: number;
  chimeOn: boolean;
  onAnswer: (answer: Reply) => void;
  onAnother: () => void;
  onSafetySeen: () => void;
}

/** Enter = Done, S = Snooze, Esc = Skip, unless a control that has its own Enter is focused. */
export function keyToAnswer(
  key: string,
  target: EventTarget | null,
  canSnooze: boolean,
): Reply | null {
  const el = target as HTMLElement | null;
  const tag = el?.tagName ?? '';
  const typing = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
  if (key === 'Escape') return 'skip';
  if (typing) return null;
  if (key === 'Enter') return tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A' ? null : 'done';
  if ((key === 's' || key === 'S') && canSnooze) return 'snooze';
  return null;
}

export function Prompt(props: Props) {
  const { stretch, locale, snoozeMinutes, chimeOn, onAnswer, onAnother } = props;
  const showSnooze = props.showSnooze ?? true;
  const canSnooze = showSnooze && props.canSnooze;
  const [safetyOpen, setSafetyOpen] = useState(!props.safetySeen);
  const done = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!safetyOpen) done.current?.focus();
  }, [safetyOpen, stretch.id]);

  useEffect(() => {
    if (safetyOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const answer = keyToAnswer(e.key, e.target, canSnooze);
      if (answer) {
        e.preventDefault();
        onAnswer(answer);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [safetyOpen, canSnooze, onAnswer]);

  const onHoldEnd = useCallback(() => {
    if (chimeOn) chime();
  }, [chimeOn]);

  if (safetyOpen) {
    return (
      <main class="prompt">
        <SafetyNotice
          locale={locale}
          level={1}
          onClose={() => {
            setSafetyOpen(false);
            props.onSafetySeen();
          }}
        />
      </main>
    );
  }

  return (
    <main class="prompt" aria-labelledby="stretch-name">
      <StretchCard stretch={stretch} locale={locale}>
        <HoldTimer key={stretch.id} move={stretch} onSideEnd={onHoldEnd} />
      </StretchCard>
      {/* Kept in view at the bottom of the window, however long the steps are. */}
      <div class="prompt-bar">
        <p class="safety-line">
          {safetyLine[locale]}{' '}
          <button
            type="button"
            class="btn-link"
            onClick={() => {
              setSafetyOpen(true);
            }}
          >
            {t('safetyMore')}
          </button>
        </p>
        <div class="answers">
          <button
            ref={done}
            type="button"
            class="btn btn-primary"
            aria-keyshortcuts="Enter"
            onClick={() => {
              onAnswer('done');
            }}
          >
            {t('answerDone')}
          </button>
          {showSnooze && (
            <button
              type="button"
              class="btn"
              disabled={!canSnooze}
              aria-keyshortcuts="S"
              aria-describedby={canSnooze ? undefined : 'snooze-cap'}
              title={canSnooze ? t('snoozeFor', String(snoozeMinutes)) : t('snoozeCapReached')}
              onClick={() => {
                onAnswer('snooze');
              }}
            >
              {t('answerSnooze')}
            </button>
          )}
          <button
            type="button"
            class="btn"
            aria-keyshortcuts="Escape"
            onClick={() => {
              onAnswer('skip');
            }}
          >
            {t('answerSkip')}
          </button>
        </div>
        {showSnooze && !canSnooze && (
          <p id="snooze-cap" class="muted snooze-note">
            {t('snoozeCapReached')}
          </p>
        )}
        <p class="prompt-foot">
          <button type="button" class="btn-link" onClick={onAnother}>
            {t('anotherStretch')}
          </button>
          <span class="muted keys">{t(showSnooze ? 'keyHints' : 'keyHintsNoSnooze')}</span>
        </p>
      </div>
    </main>
  );
}
