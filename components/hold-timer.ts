/**
 * Where a move's timer stands after some time: pure, so the component stays
 * simple and a table test covers every kind. One run is side one, a switch,
 * side two (or one stretch of time when the move is not per side). What runs
 * depends on the move (issue #14): a hold in seconds, repetitions paced by
 * the timer (counted, never called a hold), or movement time.
 */
import type { Stretch } from '@/content/types';

export interface TimerPlan {
  kind: Stretch['timer']['kind'];
  perSide: boolean;
  /** one side, or the whole move when not per side */
  activeMs: number;
  /** between the sides; 0 when not per side */
  switchMs: number;
  /** repetitions per side (reps only; 0 otherwise) */
  count: number;
  /** getting into position before side one (the guided session's set-up steps) */
  positionMs: number;
}

export function planFor(
  move: Pick<Stretch, 'timer' | 'perSide' | 'switchSeconds'>,
  positionMs = 0,
): TimerPlan {
  const { timer, perSide } = move;
  const seconds = timer.kind === 'reps' ? timer.count * timer.secondsPerRep : timer.seconds;
  return {
    kind: timer.kind,
    perSide,
    activeMs: seconds * 1000,
    switchMs: perSide ? move.switchSeconds * 1000 : 0,
    count: timer.kind === 'reps' ? timer.count : 0,
    positionMs,
  };
}

export type TimerView =
  /** `intoMs`: how long the user has been getting into position */
  | { phase: 'position'; remainingMs: number; intoMs: number }
  /** `rep` counts from 1 (reps only; 0 otherwise) */
  | { phase: 'active'; side: 1 | 2; remainingMs: number; fraction: number; rep: number }
  | { phase: 'switch'; remainingMs: number }
  | { phase: 'finished' };

export function viewAt(plan: TimerPlan, elapsedMs: number): TimerView {
  const e = Math.max(0, elapsedMs);
  if (e < plan.positionMs) {
    return { phase: 'position', remainingMs: plan.positionMs - e, intoMs: e };
  }
  const t = e - plan.positionMs;
  const active = (side: 1 | 2, into: number): TimerView => ({
    phase: 'active',
    side,
    remainingMs: plan.activeMs - into,
    fraction: into / plan.activeMs,
    rep: plan.count > 0 ? Math.floor((into / plan.activeMs) * plan.count) + 1 : 0,
  });
  if (t < plan.activeMs) return active(1, t);
  if (!plan.perSide) return { phase: 'finished' };
  const switchEnd = plan.activeMs + plan.switchMs;
  if (t < switchEnd) return { phase: 'switch', remainingMs: switchEnd - t };
  if (t < switchEnd + plan.activeMs) return active(2, t - switchEnd);
  return { phase: 'finished' };
}

/** The moments a side ends (for the chime): after side one, and at the very end. */
export function sideEnds(plan: TimerPlan): number[] {
  const ends = plan.perSide ? [plan.activeMs, 2 * plan.activeMs + plan.switchMs] : [plan.activeMs];
  return ends.map((ms) => ms + plan.positionMs);
}
