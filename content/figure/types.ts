/**
 * A move's illustration as data: the props around the person and two or more
 * poses of one skeleton. content/figure/solve.ts turns a pose into joint
 * positions (bone lengths fixed, feet and hands placed on the surfaces named
 * here); components/figure-svg.ts draws and animates them; the content
 * meta-test checks the same joints. Units are SVG user units in a 240 x 200
 * view box, about 1 cm each for a person about 150 units tall.
 */

export type Pt = readonly [number, number];

/** Where a hand, foot, knee or the pelvis can rest. */
export type Surface = 'floor' | 'desk' | 'seat' | 'cushion' | 'wall';

/**
 * A point given directly, or on a surface at this x (on the wall: at this y),
 * resting on it, or `lift` units clear of it (a foot on its way up).
 */
export type Target =
  | Pt
  | { on: Exclude<Surface, 'wall'>; x: number; lift: number }
  | { on: 'wall'; y: number; lift: number };

/**
 * Which side of the line root-to-target the middle joint (knee, elbow) goes;
 * `near`: it bends toward (or away from) the viewer, so the limb is drawn
 * straight and shorter (a knee bent forward, seen from the front).
 */
export type Bend = 'fwd' | 'back' | 'up' | 'down' | 'near';

/**
 * Angles are the absolute direction of a bone, in degrees:
 * 0 = straight down, 90 = forward (+x, the way the person faces in side view),
 * 180 = straight up, -90 = backward.
 */
export type Deg = number;

export type LegSpec =
  /** the ankle at a point, the foot at an angle; the knee found from the bone lengths */
  | { ankle: Target; foot: Deg; bend: Bend }
  /** the toes at a point (heel lifted, or a kneeling back foot); the knee found */
  | { toe: Target; foot: Deg; bend: Bend }
  /** the whole sole (or, with `back`, the top of the foot) resting on a surface */
  | { flat: Target; bend: Bend; back?: boolean }
  /** the bones at given angles: thigh, shin, foot */
  | { angles: readonly [Deg, Deg, Deg] }
  /**
   * front view only: the knee and ankle where they are seen (a lifted knee,
   * a heel drawn up behind); a bone pointing toward or away from the viewer
   * is drawn shorter, never longer
   */
  | { seen: readonly [Pt, Pt]; foot: Deg }
  /** the kneeling leg: its knee is where the pelvis spec puts it; the toes rest here */
  | { kneeling: { toe: Target; bend: Bend } };

export type ArmSpec =
  /** the hand on a point or surface; the elbow found from the bone lengths */
  | { hand: Target; bend: Bend }
  /** the hand holding, or resting on, another joint (an ankle, the front knee) */
  | { holds: Joint; bend: Bend }
  /** the bones at given angles: upper arm, forearm */
  | { angles: readonly [Deg, Deg] };

export type PelvisSpec =
  /** the hip joint at a point; on a seat it sits with the buttocks on it */
  | Target
  /** kneeling: the knee of leg `leg` rests at `knee`; the thigh rises from it at `thigh` */
  | { kneel: 'a' | 'b'; knee: Target; thigh: Deg };

export interface Pose {
  pelvis: PelvisSpec;
  /** the torso bone, pelvis to chest (180 = upright) */
  torso: Deg;
  /** the neck, chest to head; the torso's angle when left out */
  head?: Deg;
  /** front view: how far the hips drop sideways (deg, + lowers hip B) */
  roll?: Deg;
  /** side view: the tilt of the drawn pelvis (deg; negative = tucked, a posterior tilt) */
  tilt?: Deg;
  /** leg A and arm A are the near side (drawn dark); B the far side (drawn light) */
  legA: LegSpec;
  legB: LegSpec;
  armA: ArmSpec;
  armB: ArmSpec;
}

export type Prop =
  /** a desk whose front edge is at x, running `width` to the right; `behind` = beside the person, further away */
  | { kind: 'desk'; x: number; width: number; behind?: boolean }
  /**
   * a four-legged chair (no wheels): seat from x to x + 40, backrest on the
   * `back` side; `behind` = the person sits sideways on it, so their legs pass in front
   */
  | { kind: 'chair'; x: number; back: 'left' | 'right' | 'none'; behind?: boolean }
  /** a folded jacket or cushion on the floor, from x to x + width */
  | { kind: 'cushion'; x: number; width: number }
  /** a wall whose face is at x, the room to its left */
  | { kind: 'wall'; x: number };

export type Joint =
  | 'pelvis'
  | 'hipA'
  | 'hipB'
  | 'chest'
  | 'shoulderA'
  | 'shoulderB'
  | 'head'
  | 'kneeA'
  | 'ankleA'
  | 'toeA'
  | 'kneeB'
  | 'ankleB'
  | 'toeB'
  | 'elbowA'
  | 'handA'
  | 'elbowB'
  | 'handB';

/** A drawn arrow: a curve around a point (rotation, tilt) or a straight one. */
export type Arrow =
  | { kind: 'turn'; at: Joint; r: number; from: Deg; to: Deg; both?: boolean }
  | { kind: 'line'; from: Pt; to: Pt };

export interface Highlight {
  /** bones drawn in the accent colour, by their end joints, e.g. ['hipA', 'kneeA'] */
  bones: readonly (readonly [Joint, Joint])[];
  /** a soft accent glow over the target area, centred near a joint */
  glow: { at: Joint; dx?: number; dy?: number; r?: number };
}

export interface Figure {
  /** 'front' draws hips and shoulders apart (for sideways moves); 'side' draws the profile */
  view: 'side' | 'front';
  props: readonly Prop[];
  /**
   * At least two poses. 'pingpong' (the default) goes first -> last and back,
   * holding at both ends; 'cycle' goes through them in order and round again (a walk).
   */
  frames: readonly Pose[];
  loop?: 'pingpong' | 'cycle';
  /** seconds for one whole loop */
  seconds: number;
  /** the pose shown still, when the user prefers reduced motion: the last one unless set */
  still?: number;
  highlight: Highlight;
  /** draw the pelvis as a tilting block (pelvic tilts, and every move that asks for a tuck) */
  showPelvis?: boolean;
  /**
   * a second, small view in the top left corner: the same move seen from the
   * side, for a figure drawn from the front whose tuck or stance only shows
   * in profile
   */
  inset?: Figure & { view: 'side' };
  arrows?: readonly Arrow[];
}
