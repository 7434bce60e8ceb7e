import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { chime } from '@/components/chime';
import { GuidedStretch } from '@/components/GuidedStretch';
import type { SafetyNotice as Notice } from '@/components/SafetyNotice';
import { safetyLine } from '@/content/safety';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import type { Felt } from '@/core/history';
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
  /** Show the easier version first (it bothered a knee last time). */
  easierFirst?: boolean;
  onAnswer: (answer: Reply, felt?: Felt) => void;
  onAnother: () => void;
  onSafetySeen: () => void;
}

export const ANSWERS = [
  { answer: 'done', keys: 'Enter', key: 'keyEnter', label: 'answerDone', class: 'btn btn-primary' },
  { answer: 'snooze', keys: 'S', key: 'keyS', label: 'answerSnooze', class: 'btn' },
  { answer: 'skip', keys: 'Escape', key: 'keyEsc', label: 'answerSkip', class: 'btn' },
] as const;

interface AnswerProps {
  showSnooze: boolean;
  canSnooze: boolean;
  snoozeMinutes: number;
  onAnswer: (answer: Reply) => void;
}

/** Done, Snooze and Skip, each with its key; Snooze only when snoozes are allowed, disabled at the cap. */
function AnswerButtons({ showSnooze, canSnooze, snoozeMinutes, onAnswer }: AnswerProps) {
  return (
    <div class="answers">
      {ANSWERS.filter((a) => a.answer !== 'snooze' || showSnooze).map((a) => {
        const capped = a.answer === 'snooze' && !canSnooze;
        return (
          <button
            key={a.answer}
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
            {/* The key, shown; its name is in aria-keyshortcuts, not in the button's name. */}
            <kbd class="key" aria-hidden="true">
              {t(a.key)}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}

/** The answers, the note at the snooze cap, another stretch and the keys. */
function AnswerBar({ showSnooze, canSnooze, snoozeMinutes, onAnswer }: AnswerProps) {
  return (
    <>
      <AnswerButtons
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
    </>
  );
}

/** Why now, when the stretch waited for a call, and the plan the user made for it. */
function PromptContext({ plan, afterCall }: { plan: string; afterCall: boolean }) {
  if (!plan && !afterCall) return null;
  return (
    // One paragraph of at most two lines: the step below it matters more in this
    // minute; a long plan ends in an ellipsis and shows whole on hover (title).
    <p class="prompt-context" title={plan || undefined}>
      {afterCall && <strong class="after-call">{t('afterYourCall')}</strong>}
      {afterCall && plan && ' '}
      {plan && (
        <span class="plan">
          <span class="muted">{t('yourPlan')}</span> <q>{plan}</q>
        </span>
      )}
    </p>
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

/** The whole safety notice in a modal dialog, loaded the first time it is opened. */
function SafetyDialog({
  onClose,
}: {
  /** `understood`: closed with "I understand", not with Esc */
  onClose: (understood: boolean) => void;
}) {
  const SafetyNotice = useSafetyNotice(true);
  const dialog = useRef<HTMLDialogElement>(null);
  const understood = useRef(false);
  useEffect(() => {
    const d = dialog.current;
    if (SafetyNotice && d && !d.open) d.showModal();
  }, [SafetyNotice]);
  if (!SafetyNotice) return null;
  return (
    <dialog
      ref={dialog}
      class="safety-dialog"
      aria-labelledby="safety-title"
      onClose={() => {
        onClose(understood.current);
      }}
    >
      <SafetyNotice
        level={2}
        onClose={() => {
          understood.current = true;
          dialog.current?.close();
        }}
      />
    </dialog>
  );
}

/**
 * The safety notice the first time: a short banner in the answer bar (the
 * stretch stays on screen), the whole notice in a dialog one click away.
 */
function SafetyBanner({ onSeen }: { onSeen: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="safety-banner" role="region" aria-labelledby="safety-banner-title">
      <p id="safety-banner-title" class="safety-banner-title">
        {t('safetyFirst')}
      </p>
      <button
        type="button"
        class="btn btn-small"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('safetyRead')}
      </button>
      <button type="button" class="btn btn-small" onClick={onSeen}>
        {t('safetyUnderstood')}
      </button>
      {open && (
        <SafetyDialog
          onClose={(understood) => {
            setOpen(false);
            if (understood) onSeen();
          }}
        />
      )}
    </div>
  );
}

export function Prompt(props: Props) {
  const { stretch, locale, chimeOn, onAnswer } = props;
  const showSnooze = props.showSnooze ?? true;
  const canSnooze = showSnooze && props.canSnooze;
  const [safetySeen, setSafetySeen] = useState(props.safetySeen);

  useEffect(() => {
    // The keys act only once the user has turned to the window (key-guard.ts
    // holds them back before this listener sees them).
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
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
  }, [canSnooze, onAnswer]);

  const onHoldEnd = useCallback(() => {
    if (chimeOn) chime();
  }, [chimeOn]);

  return (
    <main class="prompt" aria-labelledby="stretch-name">
      <PromptContext plan={props.plan} afterCall={props.afterCall} />
      <GuidedStretch
        key={stretch.id}
        stretch={stretch}
        locale={locale}
        onSideEnd={onHoldEnd}
        easierFirst={props.easierFirst ?? false}
        onFelt={(felt) => {
          onAnswer('done', felt);
        }}
        action={
          <button
            type="button"
            class="btn btn-icon another"
            aria-label={t('anotherStretch')}
            title={t('anotherStretch')}
            onClick={props.onAnother}
          >
            {/* Two arrows going round: show me a different move. */}
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                d="M13 5.5A5.5 5.5 0 0 0 3.2 4.2M3 10.5a5.5 5.5 0 0 0 9.8 1.3"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linecap="round"
              />
              <path d="M13.6 1.8v4.2H9.4zM2.4 14.2V10h4.2z" fill="currentColor" />
            </svg>
          </button>
        }
      />
      {/* Kept in view at the bottom of the window, however long the steps are. */}
      <div class="prompt-bar">
        {safetySeen ? (
          <SafetyLine />
        ) : (
          <SafetyBanner
            onSeen={() => {
              setSafetySeen(true);
              props.onSafetySeen();
            }}
          />
        )}
        <AnswerBar {...props} showSnooze={showSnooze} canSnooze={canSnooze} />
      </div>
    </main>
  );
}

/** The one-line reminder under every move, with the whole notice a click away. */
function SafetyLine() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p class="safety-line">
        {t(safetyLine)}{' '}
        <button
          type="button"
          class="btn-link"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('safetyMore')}
        </button>
      </p>
      {open && (
        <SafetyDialog
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
