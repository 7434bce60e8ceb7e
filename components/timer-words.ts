/**
 * What the timer says, by kind of move: a hold counts seconds, repetitions
 * are counted as repetitions (never "hold"), movement counts minutes and
 * seconds. `label` follows the clock (shown, and the ring's name, read on
 * demand); `announce` changes only with the phase, so a screen reader hears
 * each side, the switch and the end once.
 */
import { t } from '@/lib/i18n';
import type { TimerPlan, TimerView } from './hold-timer';

export interface TimerWords {
  label: string;
  announce: string;
  /** in the ring */
  big: string;
}

const secondsLeft = (ms: number) => String(Math.ceil(ms / 1000));

/** 125 000 ms -> "2:05". */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${String(Math.floor(s / 60))}:${String(s % 60).padStart(2, '0')}`;
}

/** Before the timer starts: what the move asks for. */
function ready(plan: TimerPlan): string {
  const seconds = String(plan.activeMs / 1000);
  if (plan.kind === 'reps') {
    const n = String(plan.count);
    return plan.perSide ? t('timerRepsReadyPerSide', n) : t('timerRepsReady', n);
  }
  if (plan.kind === 'time') {
    const c = clock(plan.activeMs);
    return plan.perSide ? t('timerTimeReadyPerSide', c) : t('timerTimeReady', c);
  }
  return plan.perSide ? t('timerReadyPerSide', seconds) : t('timerReady', seconds);
}

function finished(plan: TimerPlan): string {
  if (plan.kind === 'reps') return t('timerRepsFinished');
  if (plan.kind === 'time') return t('timerTimeFinished');
  return t('timerFinished');
}

export function timerWords(plan: TimerPlan, view: TimerView | null): TimerWords {
  if (view === null) {
    const label = ready(plan);
    const big =
      plan.kind === 'reps'
        ? String(plan.count)
        : plan.kind === 'time'
          ? clock(plan.activeMs)
          : String(plan.activeMs / 1000);
    return { label, announce: '', big };
  }
  if (view.phase === 'position') {
    return {
      label: t('timerPosition'),
      announce: t('timerPosition'),
      big: secondsLeft(view.remainingMs),
    };
  }
  if (view.phase === 'switch') {
    return {
      label: t('timerSwitch'),
      announce: t('timerSwitch'),
      big: secondsLeft(view.remainingMs),
    };
  }
  if (view.phase === 'finished') {
    const label = finished(plan);
    return { label, announce: label, big: '✓' };
  }
  const side = String(view.side);
  if (plan.kind === 'reps') {
    const rep = String(view.rep);
    const count = String(plan.count);
    return plan.perSide
      ? {
          label: t('timerRepsSide', [side, rep, count]),
          announce: t('timerRepsSideStart', [side, count]),
          big: `${rep}/${count}`,
        }
      : {
          label: t('timerRepsCount', [rep, count]),
          announce: t('timerRepsReady', count),
          big: `${rep}/${count}`,
        };
  }
  if (plan.kind === 'time') {
    const left = clock(view.remainingMs);
    return plan.perSide
      ? {
          label: t('timerTimeSide', [side, left]),
          announce: t('timerTimeSideStart', [side, clock(plan.activeMs)]),
          big: left,
        }
      : {
          label: t('timerTimeLeft', left),
          announce: t('timerTimeReady', clock(plan.activeMs)),
          big: left,
        };
  }
  const full = String(plan.activeMs / 1000);
  return plan.perSide
    ? {
        label: t('timerSide', [side, secondsLeft(view.remainingMs)]),
        announce: t('timerSide', [side, full]),
        big: secondsLeft(view.remainingMs),
      }
    : {
        label: t('timerHold', secondsLeft(view.remainingMs)),
        announce: t('timerHold', full),
        big: secondsLeft(view.remainingMs),
      };
}
