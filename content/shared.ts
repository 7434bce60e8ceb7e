/**
 * What several moves have in common, written once: the desk beside the
 * person and the figures two moves draw
 * alike (the half-kneeling stretch and its reach, the split stance at a desk
 * or a wall, the edge-of-chair stretch and its reach), each taking only the
 * move's own numbers. Only the move modules import this.
 */
import {
  cushion,
  flat,
  floor,
  hand,
  hipHighlight,
  kneel,
  kneeling,
  poses,
  seat,
  toe,
} from './figure/notation';
import { lerpPose } from './figure/solve';
import type { ArmSpec, Deg, Figure, LegSpec, Pose, Prop } from './figure/types';

/** The desk seen end-on beside the person, further away: a hand rests on it. */
export const deskBeside: Prop = { kind: 'desk', x: 30, width: 210, behind: true };

/** A half-kneeling pose: the thigh of the kneeling leg instead of the pelvis. */
type KneelingPose = Pick<Pose, 'torso' | 'tilt' | 'armA' | 'armB'> & {
  /** the kneeling leg's thigh: 0 upright, negative with the hips shifted forward */
  thigh: Deg;
};

/**
 * Half-kneeling beside the desk, knee A on a cushion and the toes behind,
 * the front foot flat; the front of hip A highlighted: the half-kneeling
 * stretch and its reach.
 */
export const halfKneeling = (...moving: KneelingPose[]): Figure => ({
  view: 'side',
  props: [deskBeside, { kind: 'cushion', x: 76, width: 34 }],
  seconds: 5,
  showPelvis: true,
  highlight: hipHighlight('A', 5, 4),
  frames: poses(
    { legA: kneeling(floor(50)), legB: flat(floor(136)) },
    ...moving.map(({ thigh, ...rest }) => ({ pelvis: kneel('a', cushion(94), thigh), ...rest })),
  ),
});

/**
 * A split stance facing a desk or a wall, both hands on it, the limbs
 * staying put while the pelvis goes forward and tucks; the front of the back
 * hip highlighted.
 */
export const splitStance = (
  support: Prop,
  still: Pick<Pose, 'legA' | 'legB' | 'armA' | 'armB'>,
  ...moving: Pick<Pose, 'pelvis' | 'torso' | 'tilt'>[]
): Figure => ({
  view: 'side',
  props: [support],
  seconds: 5,
  showPelvis: true,
  highlight: hipHighlight('A', 5, 4),
  frames: poses(still, ...moving),
});

/**
 * Sitting tall on the front edge of a chair, then sliding leg A back onto
 * its toes and tucking the pelvis, hand B holding the back of the seat: the
 * edge-of-chair stretch and its reach. `start` is how the move begins (the
 * tilt, the legs, arm A); `armA` is where that arm ends; `via`, when given,
 * is leg A half-way, so the leg slides back with the knee dropping instead
 * of folding up under the seat. The hip sits just off the side of the seat,
 * so the leg passes in front of the chair (drawn further away); the back
 * thigh ends about 16 degrees behind the trunk, knee low over the floor.
 */
export const edgeOfChair = (
  start: Pick<Pose, 'tilt' | 'legA' | 'legB' | 'armA'>,
  armA: ArmSpec,
  via?: LegSpec,
): Figure => {
  const first: Pose = { pelvis: seat(95), torso: 180, ...start, armB: hand(seat(70), 'back') };
  const last: Pose = {
    pelvis: seat(96),
    torso: 179,
    tilt: -10,
    legA: toe(floor(59), 45),
    legB: flat(floor(130)),
    armA,
    armB: hand(seat(71), 'back'),
  };
  const frames = poses({}, first, last);
  if (via && frames[0] && frames[1])
    frames.splice(1, 0, { ...lerpPose(frames[0], frames[1], 0.5), legA: via });
  return {
    view: 'side',
    props: [{ kind: 'chair', x: 60, back: 'left', behind: true }],
    seconds: 5,
    highlight: hipHighlight('A', 5, -2),
    showPelvis: true,
    frames,
  };
};
