/**
 * The guided session (issue #22): which step is the one to follow while the
 * timer runs. Pure, so a table test covers it; the component only shows it.
 *
 * Getting into position gives each set-up step `SETUP_STEP_MS`; a side
 * shares its time between its hold steps; the switch and the end show the
 * step for coming out, when the move has one.
 */
import type { StepPhase } from '@/content/phases';
import type { TimerView } from './hold-timer';

export const SETUP_STEP_MS = 6000;

export type SessionPhase = 'ready' | 'position' | 'active' | 'switch' | 'finished';

export interface Now {
  phase: SessionPhase;
  /** the step to show large, or null for the phase's own words (a switch without a step) */
  step: number | null;
  /** 1 or 2 while a side runs; 0 otherwise */
  side: 0 | 1 | 2;
}

const indexes = (phases: readonly StepPhase[], p: StepPhase) =>
  phases.flatMap((x, i) => (x === p ? [i] : []));

/** Time to get into position: each set-up step in turn. */
export const positionMs = (phases: readonly StepPhase[]): number =>
  Math.max(1, indexes(phases, 'setup').length) * SETUP_STEP_MS;

export function nowAt(phases: readonly StepPhase[], view: TimerView | null): Now {
  const setup = indexes(phases, 'setup');
  const hold = indexes(phases, 'hold');
  const after = indexes(phases, 'after');
  if (view === null) return { phase: 'ready', step: 0, side: 0 };
  switch (view.phase) {
    case 'position': {
      const i = Math.min(setup.length - 1, Math.floor(view.intoMs / SETUP_STEP_MS));
      return { phase: 'position', step: setup[Math.max(0, i)] ?? 0, side: 0 };
    }
    case 'active': {
      const steps = hold.length > 0 ? hold : setup;
      const i = Math.min(steps.length - 1, Math.floor(view.fraction * steps.length));
      return { phase: 'active', step: steps[i] ?? null, side: view.side };
    }
    case 'switch':
      return { phase: 'switch', step: after[0] ?? null, side: 0 };
    case 'finished':
      return { phase: 'finished', step: after.at(-1) ?? null, side: 0 };
  }
}
