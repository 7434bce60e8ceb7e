import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { chime } from '@/components/chime';
import { HoldTimer } from '@/components/HoldTimer';
import type { SafetyNotice as Notice } from '@/components/SafetyNotice';
import { StretchCard } from '@/components/StretchCard';
import { safetyLine } from '@/content/safety';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import type { Answer } from '@/core/tracker';

type Reply = Exclude<Answer, 'closed'>;

interface Props {
  stretch: Stretch;
  locale: string;
  safetySeen: boolean;
  /** Snooze is offered at all (not with 0 snoozes allowed). */
  showSnooze?: boolean;
  canSnooze: boolean;
  snoozeMinutes: number;
  chimeOn: boolean;
  /** The user's own plan, in their words ('' for none). */
  plan: string;
  /** The stretch was held back by a call that is now over. */
  afterCall: boolean;
  onAnswer: (answer: Reply) => void;
  onAnother: () => void;
  onSafetySeen: () => void;
}

export const ANSWERS = [
  { answer: 'done', keys: 'Enter', label: 'answerDone', class: 'btn btn-primary' },
  { answer: 'snooze', keys: 'S', label: 'answerSnooze', class: 'btn' },
  { answer: 'skip', keys: 'Escape', label: 'answerSkip', class: 'btn' },
] as const;

interface AnswerProps {
  done: RefObject<HTMLButtonElement>;
  showSnooze: boolean;
  canSnooze: boolean;
  snoozeMinutes: number;
  onAnswer: (answer: Reply) => void;
}

/** Done, Snooze and Skip, each with its key; Snooze only when snoozes are allowed, disabled at the cap. */
function AnswerButtons({ done, showSnooze, canSnooze, snoozeMinutes, onAnswer }: AnswerProps) {
  return (
    <div class="answers">
      {ANSWERS.filter((a) => a.answer !== 'snooze' || showSnooze).map((a) => {
        const capped = a.answer === 'snooze' && !canSnooze;
        return (
          <button
            key={a.answer}
            ref={a.answer === 'done' ? done : undefined}
            type="button"
            class={a.class}
            aria-keyshortcuts={a.keys}
            disabled={capped}
            aria-describedby={capped ? 'snooze-cap' : undefined}
            title={
              a.answer === 'snooze'
                ? capped
                  ? t('snoozeCapReached')
                  : t('snoozeFor', String(snoozeMinutes))
                : undefined
            }
            onClick={() => {
              onAnswer(a.answer);
            }}
          >
            {t(a.label)}
          </button>
        );
      })}
    </div>
  );
}

/** The answers, the note at the snooze cap, another stretch and the keys. */
function AnswerBar({
  done,
  showSnooze,
  canSnooze,
  snoozeMinutes,
  onAnswer,
  onAnother,
}: AnswerProps & { onAnother: () => void }) {
  return (
    <>
      <AnswerButtons
        done={done}
        showSnooze={showSnooze}
        canSnooze={canSnooze}
        snoozeMinutes={snoozeMinutes}
        onAnswer={onAnswer}
      />
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
    </>
  );
}

/** Why now, when the stretch waited for a call, and the plan the user made for it. */
function PromptContext({ plan, afterCall }: { plan: string; afterCall: boolean }) {
  if (!plan && !afterCall) return null;
  return (
    <div class="prompt-context">
      {afterCall && <p class="after-call">{t('afterYourCall')}</p>}
      {plan && (
        <p class="plan">
          <span class="muted">{t('yourPlan')}</span> <q>{plan}</q>
        </p>
      )}
    </div>
  );
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

/** The safety notice's component, imported the first time it is needed. */
function useSafetyNotice(needed: boolean): typeof Notice | null {
  const [Component, setComponent] = useState<typeof Notice | null>(null);
  useEffect(() => {
    if (!needed || Component) return;
    void import('@/components/SafetyNotice').then((m) => {
      setComponent(() => m.SafetyNotice);
    });
  }, [needed, Component]);
  return Component;
}

export function Prompt(props: Props) {
  const { stretch, locale, chimeOn, onAnswer } = props;
  const showSnooze = props.showSnooze ?? true;
  const canSnooze = showSnooze && props.canSnooze;
  const [safetyOpen, setSafetyOpen] = useState(!props.safetySeen);
  const SafetyNotice = useSafetyNotice(safetyOpen);
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
    // Loaded only when shown: most prompts never show the notice again.
    if (!SafetyNotice) return <main class="prompt" />;
    return (
      <main class="prompt">
        <SafetyNotice
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
      <PromptContext plan={props.plan} afterCall={props.afterCall} />
      <StretchCard stretch={stretch} locale={locale}>
        <HoldTimer key={stretch.id} move={stretch} onSideEnd={onHoldEnd} />
      </StretchCard>
      {/* Kept in view at the bottom of the window, however long the steps are. */}
      <div class="prompt-bar">
        <p class="safety-line">
          {t(safetyLine)}{' '}
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
        <AnswerBar {...props} showSnooze={showSnooze} canSnooze={canSnooze} done={done} />
      </div>
    </main>
  );
}
