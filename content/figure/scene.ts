/**
 * The room every figure stands in: view box, floor, furniture heights and
 * the body's proportions. Both the renderer and the content meta-test read
 * these, so a drawing and its check cannot disagree.
 */
import type { Prop, Pt, Surface } from './types';

export const VIEW_W = 240;
export const VIEW_H = 200;
/** The floor's top: nothing may be drawn below it. */
export const FLOOR_Y = 192;
/** Heights in the figure's units (about 1 cm each at this scale). */
export const DESK_TOP = FLOOR_Y - 64;
export const SEAT_TOP = FLOOR_Y - 40;
export const SEAT_W = 40;
export const BACKREST_TOP = FLOOR_Y - 80;
export const CUSHION_TOP = FLOOR_Y - 7;

/** Half the drawn thickness of limbs, torso and head: contact is measured from the outline. */
export const LIMB_R = 4.5;
export const TORSO_R = 7;
export const HEAD_R = 10.5;

export interface Body {
  torso: number;
  neck: number;
  thigh: number;
  shin: number;
  foot: number;
  upperArm: number;
  forearm: number;
  /** half the distance between the hips / shoulders (0 in profile) */
  hipHalf: number;
  shoulderHalf: number;
  /**
   * how far the shoulder joints sit below the top of the torso, along it:
   * in profile a raised arm then passes beside the head, not through it
   */
  shoulderDrop: number;
  /** chest to shoulder joint: from the two above */
  shoulder: number;
}

const SIDE: Body = {
  torso: 43,
  neck: 15,
  thigh: 37,
  shin: 37,
  foot: 14,
  upperArm: 28,
  forearm: 29,
  hipHalf: 0,
  shoulderHalf: 0,
  shoulderDrop: 6,
  shoulder: 6,
};

/** Seen from the front the feet point at the viewer, so they look short. */
const FRONT: Body = {
  ...SIDE,
  foot: 6,
  hipHalf: 7,
  shoulderHalf: 12,
  shoulderDrop: 0,
  shoulder: 12,
};

export const bodyFor = (view: 'side' | 'front'): Body => (view === 'side' ? SIDE : FRONT);

export interface SurfaceSpan {
  surface: Surface;
  /** for the wall: the x of its face; otherwise: the y of the top */
  level: number;
  /** where along the other axis the surface exists */
  from: number;
  to: number;
}

/** The surfaces a figure's props offer, the floor always among them. */
export function surfaces(props: readonly Prop[]): SurfaceSpan[] {
  const out: SurfaceSpan[] = [{ surface: 'floor', level: FLOOR_Y, from: 0, to: VIEW_W }];
  for (const p of props) {
    if (p.kind === 'desk')
      out.push({ surface: 'desk', level: DESK_TOP, from: p.x, to: p.x + p.width });
    else if (p.kind === 'chair')
      out.push({ surface: 'seat', level: SEAT_TOP, from: p.x, to: p.x + SEAT_W });
    else if (p.kind === 'cushion')
      out.push({ surface: 'cushion', level: CUSHION_TOP, from: p.x, to: p.x + p.width });
    else out.push({ surface: 'wall', level: p.x, from: 0, to: FLOOR_Y });
  }
  return out;
}

/** The span of `surface` that covers `along` (x, or y for the wall), if any. */
export function spanAt(
  spans: readonly SurfaceSpan[],
  surface: Surface,
  along: number,
): SurfaceSpan | undefined {
  return spans.find((s) => s.surface === surface && along >= s.from && along <= s.to);
}

/**
 * How far a round end of radius `r` centred at `p` is from resting on `span`:
 * 0 when it touches, positive when it floats, negative when it sinks in.
 */
export function gapTo(span: SurfaceSpan, p: Pt, r: number): number {
  return span.surface === 'wall' ? span.level - (p[0] + r) : span.level - (p[1] + r);
}
