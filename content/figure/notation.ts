/**
 * The short calls a move's figure is written with (content/moves/*.ts):
 * where a hand or foot rests, each limb in one call, the highlight, and the
 * poses. They build exactly the data of content/figure/types.ts.
 */
import type {
  ArmSpec,
  Bend,
  Deg,
  Highlight,
  Joint,
  LegSpec,
  PelvisSpec,
  Pose,
  Pt,
  Target,
} from './types';

/** On a surface at this x: resting on it, or `lift` units above it. */
export const floor = (x: number, lift = 0) => ({ on: 'floor', x, lift }) as const;
export const desk = (x: number, lift = 0) => ({ on: 'desk', x, lift }) as const;
export const seat = (x: number, lift = 0) => ({ on: 'seat', x, lift }) as const;
export const cushion = (x: number, lift = 0) => ({ on: 'cushion', x, lift }) as const;
/** Against the wall's face at this height. */
export const wall = (y: number, lift = 0) => ({ on: 'wall', y, lift }) as const;

/*
 * The limbs of a pose, one short call each (the specs are in
 * content/figure/types.ts). The bend is the one most poses use unless given:
 * a knee bends forward ('fwd'), an elbow down, a kneeling leg's ankle up.
 */

/** The toes at `at` (a heel lifted, a back foot), the foot at an angle. */
export const toe = (at: Target, foot: Deg, bend: Bend = 'fwd'): LegSpec => ({
  toe: at,
  foot,
  bend,
});
/** The ankle at `at` (a foot in the air, a step), the foot at an angle. */
export const ankle = (at: Target, foot: Deg, bend: Bend = 'fwd'): LegSpec => ({
  ankle: at,
  foot,
  bend,
});
/** The whole sole resting at `at`, the toes pointing ahead. */
export const flat = (at: Target, bend: Bend = 'fwd'): LegSpec => ({ flat: at, bend });
/** Resting at `at` with the toes pointing back: the top of a foot behind on a seat, a crossed foot. */
export const flatBack = (at: Target, bend: Bend): LegSpec => ({ flat: at, bend, back: true });
/** The bones at given angles: thigh, shin, foot. */
export const leg = (thigh: Deg, shin: Deg, foot: Deg): LegSpec => ({ angles: [thigh, shin, foot] });
/** Front view: the knee and ankle where they are seen; a bone toward or away from the viewer looks shorter. */
export const seen = (knee: Pt, ankle: Pt, foot: Deg): LegSpec => ({ seen: [knee, ankle], foot });
/** The leg kneeling on the knee the pelvis names (`kneel`), its toes at `at`. */
export const kneeling = (at: Target, bend: Bend = 'up'): LegSpec => ({
  kneeling: { toe: at, bend },
});
/** The hand on a point or surface. */
export const hand = (at: Target, bend: Bend = 'down'): ArmSpec => ({ hand: at, bend });
/** The hand holding, or resting on, a joint: an ankle, the front knee. */
export const holds = (joint: Joint, bend: Bend): ArmSpec => ({ holds: joint, bend });
/** The bones at given angles: upper arm, forearm. */
export const arm = (upper: Deg, forearm: Deg): ArmSpec => ({ angles: [upper, forearm] });
/** Kneeling on the knee of leg `side`, at `knee`; the thigh rises from it at `thigh`. */
export const kneel = (side: 'a' | 'b', knee: Target, thigh: Deg): PelvisSpec => ({
  kneel: side,
  knee,
  thigh,
});
/** The four limbs at once, in the order a pose lists them. */
export const limbs = (legA: LegSpec, legB: LegSpec, armA: ArmSpec, armB: ArmSpec) => ({
  legA,
  legB,
  armA,
  armB,
});

/** The front of one hip in the accent colour: the thigh bone, and a glow offset from the hip joint. */
export const hipHighlight = (side: 'A' | 'B', dx: number, dy: number): Highlight => {
  const [hip, knee] = side === 'A' ? (['hipA', 'kneeA'] as const) : (['hipB', 'kneeB'] as const);
  return { bones: [[hip, knee]], glow: { at: hip, dx, dy } };
};

/** A pose's keys in the order of content/figure/types.ts, so every pose lists them alike. */
const POSE_KEYS = ['pelvis', 'torso', 'head', 'roll', 'tilt', 'legA', 'legB', 'armA', 'armB'];

/**
 * A figure's poses: what stays put through the motion, written once, and
 * what moves, pose by pose. Every pose has the same shape by construction.
 */
export function poses<Still extends Partial<Pose>>(
  still: Still,
  ...moving: Omit<Pose, keyof Still>[]
): Pose[] {
  return moving.map((m) => {
    const whole: Record<string, unknown> = { ...still, ...m };
    return Object.fromEntries(
      POSE_KEYS.filter((k) => k in whole).map((k) => [k, whole[k]]),
    ) as unknown as Pose;
  });
}

/** The same pose with the legs and arms swapped: the other side's turn (a walk's next step). */
export const swapSides = <P extends Pick<Pose, 'legA' | 'legB' | 'armA' | 'armB'>>(p: P): P => ({
  ...p,
  legA: p.legB,
  legB: p.legA,
  armA: p.armB,
  armB: p.armA,
});
