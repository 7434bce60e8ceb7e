import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { phasesOf, type StepPhase } from '@/content/phases';
import type { Stretch, SwitchHow } from '@/content/types';
import { moveTexts } from './move-words';
import { FELT, type Felt } from '@/core/history';
import { t } from '@/lib/i18n';
import { nowAt, positionMs, type Now } from './guided';
import type { TimerView } from './hold-timer';
import { HoldTimer } from './HoldTimer';
import { MoveFigure } from './MoveFigure';
import { MoveLabels } from './MoveLabels';
import { MoveSide, type SideState } from './move-side';

interface Props {
  stretch: Stretch;
  /** The page's language tag (the words come from lib/i18n). */
  locale?: string;
  /** Called when a side ends, and at the very end (the chime). */
  onSideEnd?: () => void;
  /** Injected in tests; the page passes performance.now. */
  clock?: () => number;
  /** Beside the name (the prompt's "Another stretch"). */
  action?: ComponentChildren;
  /** Show the easier version first, with why (it bothered a knee last time). */
  easierFirst?: boolean;
  /** Where the user felt it, tapped once the session is over: it also answers Done. */
  onFelt?: (felt: Felt) => void;
}

/** What the phase is called above the step. */
function phaseWords(now: Now, perSide: boolean): string {
  switch (now.phase) {
    case 'ready':
      return t('phaseReady');
    case 'position':
      return t('timerPosition');
    case 'active':
      return perSide ? t('phaseSide', String(now.side)) : t('phaseNow');
    case 'switch':
      return t('timerSwitch');
    case 'finished':
      return t('phaseFinished');
  }
}

/** The phase's own words when it has no step of the move to show. */
function phaseText(now: Now, how: SwitchHow | undefined): string {
  if (now.phase !== 'switch') return t('finishedWords');
  switch (how) {
    case 'legs':
      return t('switchLegs');
    case 'turn':
      return t('switchTurn');
    case 'cushion':
      return t('switchCushion');
    case 'seat':
      return t('switchSeat');
    case undefined:
      return t('switchWords');
  }
}

/** The labels of the five answers, looked up when shown. */
const feltLabel = (f: Felt): string =>
  ({
    hip: t('feltHip'),
    thigh: t('feltThigh'),
    back: t('feltBack'),
    knee: t('feltKnee'),
    nothing: t('feltNothing'),
  })[f];

/** "Where did you feel it?": one optional tap, which also answers Done; kept in this browser only. */
function FeltQuestion({ onFelt }: { onFelt: (felt: Felt) => void }) {
  return (
    <fieldset class="felt">
      <legend>{t('feltQuestion')}</legend>
      <div class="felt-choices">
        {FELT.map((f) => (
          <button
            key={f}
            type="button"
            class="btn btn-small"
            onClick={() => {
              onFelt(f);
            }}
          >
            {feltLabel(f)}
          </button>
        ))}
      </div>
      <p class="muted felt-why">{t('feltWhy')}</p>
    </fieldset>
  );
}

interface NavProps {
  step: number | null;
  count: number;
  onPick: (step: number) => void;
  listOpen: boolean;
  onToggleList: () => void;
}

/** Previous and next step by hand, where the user is, and the whole list. */
function StepNav({ step, count, onPick, listOpen, onToggleList }: NavProps) {
  return (
    <div class="step-nav">
      <button
        type="button"
        class="btn btn-icon"
        aria-label={t('stepPrevious')}
        title={t('stepPrevious')}
        disabled={step === null || step <= 0}
        onClick={() => {
          onPick((step ?? 0) - 1);
        }}
      >
        ‹
      </button>
      {step !== null && (
        <span class="step-count" aria-label={t('stepOf', [String(step + 1), String(count)])}>
          {t('stepOfShort', [String(step + 1), String(count)])}
        </span>
      )}
      <button
        type="button"
        class="btn btn-icon"
        aria-label={t('stepNext')}
        title={t('stepNext')}
        disabled={step !== null && step >= count - 1}
        onClick={() => {
          onPick(step === null ? 0 : step + 1);
        }}
      >
        ›
      </button>
      {/* An icon, so the phase and the whole row fit on one line in every language. */}
      <button
        type="button"
        class="btn btn-icon"
        aria-label={listOpen ? t('stepsHide') : t('stepsAll')}
        title={listOpen ? t('stepsHide') : t('stepsAll')}
        aria-expanded={listOpen}
        aria-controls="all-steps"
        onClick={onToggleList}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path
            d="M1 3h12M1 7h12M1 11h12"
            stroke="currentColor"
            stroke-width="1.6"
            stroke-linecap="round"
          />
        </svg>
      </button>
    </div>
  );
}

interface AllStepsProps {
  words: ReturnType<typeof moveTexts>;
  open: boolean;
  current: number | null;
}

/** Every step, the cue and the variants: one click away, scrolled into view when opened. */
function AllSteps({ words, open, current }: AllStepsProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <div id="all-steps" ref={box} class="all-steps" hidden={!open}>
      <ol class="steps">
        {words.steps.map((s, i) => (
          <li key={i} aria-current={i === current ? 'step' : undefined}>
            {s}
          </li>
        ))}
      </ol>
      <p class="cue">{words.cue}</p>
      <p>
        <strong>{t('easier')}</strong> {words.easier}
      </p>
      <p>
        <strong>{t('harder')}</strong> {words.harder}
      </p>
    </div>
  );
}

/** Where the session stands, from the timer's view, and a step the user picked by hand. */
function useNow(phases: readonly StepPhase[]) {
  const [now, setNow] = useState<Now>(() => nowAt(phases, null));
  // A step the user picked with Previous / Next, until the session moves on.
  const [picked, setPicked] = useState<{ step: number; over: Now } | null>(null);

  const onView = useCallback(
    (view: TimerView | null) => {
      const next = nowAt(phases, view);
      setNow((before) =>
        before.phase === next.phase && before.step === next.step && before.side === next.side
          ? before
          : next,
      );
    },
    [phases],
  );
  useEffect(() => {
    setPicked((p) => (p && p.over !== now ? null : p));
  }, [now]);

  return { now, onView, picked, setPicked };
}

/**
 * A move as a guided session (issue #22): the figure and the timer side by
 * side, the step to follow now in large type under them, moving on with the
 * timer; the cautions always in view; every step, the cue and the variants
 * one click away.
 */
export function GuidedStretch(props: Props) {
  const { stretch, onSideEnd, clock, action, onFelt } = props;
  const words = useMemo(() => moveTexts(stretch), [stretch]);
  const [side, setSide] = useState<SideState>({ side: 1, run: 0 });
  const phases = useMemo(() => phasesOf(stretch.id, stretch.steps), [stretch.id, stretch.steps]);
  const { now, onView, picked, setPicked } = useNow(phases);
  const [listOpen, setListOpen] = useState(false);
  const step = picked?.step ?? now.step;
  const count = words.steps.length;
  const pick = (to: number) => {
    setPicked({ step: Math.min(count - 1, Math.max(0, to)), over: now });
  };
  const text = step === null ? phaseText(now, stretch.switchHow) : words.steps[step];

  return (
    <article class="stretch-card guided">
      <header class="stretch-head">
        <div class="head-row">
          <h1 id="stretch-name">{words.name}</h1>
          {action}
        </div>
        <MoveLabels stretch={stretch} />
      </header>
      <div class="figure-row">
        <MoveFigure
          figure={stretch.figure}
          label={words.alt}
          mirrored={side.side === 2}
          run={side.run}
        />
        <MoveSide.Provider value={setSide}>
          <HoldTimer
            key={stretch.id}
            move={stretch}
            positionMs={positionMs(phases)}
            onSideEnd={onSideEnd}
            onView={onView}
            clock={clock}
          />
        </MoveSide.Provider>
      </div>
      <section class={`now now-${now.phase}`} aria-labelledby="now-title">
        <div class="now-title">
          <p id="now-title" class="now-phase">
            {phaseWords(now, stretch.perSide)}
          </p>
          <StepNav
            step={step}
            count={count}
            onPick={pick}
            listOpen={listOpen}
            onToggleList={() => {
              setListOpen(!listOpen);
            }}
          />
        </div>
        <p class="now-step">{text}</p>
        {now.phase === 'finished' && onFelt && <FeltQuestion onFelt={onFelt} />}
        {/* Said once when the step changes, not with every tick of the timer. */}
        <p class="visually-hidden" aria-live="polite">
          {now.phase === 'ready' ? '' : text}
        </p>
      </section>
      {/* Cautions are never behind a click (issue #14). */}
      <section class="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{t('cautionsTitle')}</h2>
        {props.easierFirst && (
          <p class="easier-first">
            <strong>{t('easierFirst')}</strong> {words.easier}
          </p>
        )}
        {words.cautions.map((c, i) => (
          <p key={i}>{c}</p>
        ))}
      </section>
      <AllSteps words={words} open={listOpen} current={step} />
    </article>
  );
}
