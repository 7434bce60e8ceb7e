/**
 * When each step of a move is the one to follow (issue #22): `setup` while
 * getting into position, `hold` while the timer runs a side, `after` for
 * coming out or changing sides. One entry per step, in step order; the
 * content test checks every move has one of the right length.
 */
export type StepPhase = 'setup' | 'hold' | 'after';

const S = 'setup';
const H = 'hold';
const A = 'after';

export const stepPhases: Readonly<Record<string, readonly StepPhase[]>> = {
  'desk-split-stance': [S, S, S, H, H],
  'half-kneeling-desk': [S, S, S, H, A],
  'seated-edge-of-chair': [S, S, S, S, H],
  'chair-supported-lunge': [S, S, S, S, H, A],
  'standing-pelvic-tilt': [S, H, H, H, H],
  'march-in-place': [S, H, H, H, H],
  'side-reach-lunge': [S, S, S, H, H],
  'desk-quad-stretch': [S, S, S, H, H],
  'step-back-reach': [S, H, H, H, H],
  'standing-hip-circles': [S, S, H, H, H],
  'kneeling-arm-reach': [S, S, S, H, A],
  'seated-pelvic-tilt': [S, S, H, H, H],
  'seated-march': [S, H, H, H, H],
  'seated-edge-reach': [S, S, S, H, H],
  'seated-side-quad': [S, S, S, S, H],
  'wall-split-stance': [S, S, S, H, H],
  'standing-crossover-lean': [S, S, S, H, H],
  'desk-hip-extension': [S, S, H, H, H],
  'rear-foot-on-chair': [S, S, S, H, A],
  'two-minute-walk': [S, H, H, A],
  'seated-glute-squeeze': [S, S, H, H, H],
};

/** A move missing from the table (a new one) follows its steps by position: first set up, then hold. */
export function phasesOf(id: string, steps: number): readonly StepPhase[] {
  return (
    stepPhases[id] ??
    Array.from({ length: steps }, (_, i): StepPhase => (i < Math.ceil(steps / 2) ? S : H))
  );
}
