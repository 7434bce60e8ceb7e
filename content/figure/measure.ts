/**
 * What a physiotherapist reads off a drawn pose: joint angles, whether a
 * raised arm clears the head, whether a hand behind the body can be seen,
 * and the contrast of a colour against the page. Only the figure
 * meta-tests (tests/unit/figure-limits.test.ts, figure-colours.test.ts) use
 * these; the prompt never loads them.
 */
import { HEAD_R, LIMB_R, TORSO_R } from './scene';
import type { Joint, Pt } from './types';

type Joints = Record<Joint, Pt>;
export type Side = 'A' | 'B';
/** +1: the person faces right (+x), as drawn; -1: the mirrored drawing of the second side. */
export type Facing = 1 | -1;

/** The same joints seen in a mirror (the page mirrors the drawing for the second side). */
export const mirror = (j: Joints): Joints =>
  Object.fromEntries(Object.entries(j).map(([k, [x, y]]) => [k, [-x, y]])) as unknown as Joints;

/** An angle in degrees, brought into (-180, 180]. */
export const norm = (d: number): number => {
  const r = (((d % 360) + 540) % 360) - 180;
  return r === -180 ? 180 : r;
};

/** The absolute direction of the bone a -> b, as poses write it: 0 down, 90 the way the person faces, 180 up. */
export const boneAngle = (a: Pt, b: Pt, facing: Facing = 1): number =>
  (Math.atan2(facing * (b[0] - a[0]), b[1] - a[1]) * 180) / Math.PI;

/**
 * Hip extension in profile: how far the thigh is behind the line of the
 * trunk (chest to pelvis, continued down), in degrees. Negative is flexion
 * (the thigh in front). Measured from the trunk, not from the vertical: a
 * trunk leaning forward takes some of the angle.
 */
export function hipExtension(j: Joints, side: Side, facing: Facing = 1): number {
  const trunkDown = boneAngle(j.chest, j.pelvis, facing);
  const thigh = boneAngle(j[`hip${side}`], j[`knee${side}`], facing);
  return norm(trunkDown - thigh);
}

/** How far the thigh is behind the vertical (degrees; negative: in front). */
export const thighBehindVertical = (j: Joints, side: Side, facing: Facing = 1): number =>
  -norm(boneAngle(j[`hip${side}`], j[`knee${side}`], facing));

/**
 * Knee flexion in profile (degrees): 0 straight, positive when the shin
 * swings back, the only way a knee bends; negative is a knee bent backwards.
 */
export function kneeFlexion(j: Joints, side: Side, facing: Facing = 1): number {
  const thigh = boneAngle(j[`hip${side}`], j[`knee${side}`], facing);
  const shin = boneAngle(j[`knee${side}`], j[`ankle${side}`], facing);
  return norm(thigh - shin);
}

/**
 * Elbow flexion in profile (degrees): 0 straight, positive when the forearm
 * swings forward and up from the upper arm; negative is an elbow bent backwards.
 */
export function elbowFlexion(j: Joints, side: Side, facing: Facing = 1): number {
  const upper = boneAngle(j[`shoulder${side}`], j[`elbow${side}`], facing);
  const fore = boneAngle(j[`elbow${side}`], j[`hand${side}`], facing);
  return norm(fore - upper);
}

/**
 * Seen from the front, the angle at a knee between thigh and shin as drawn
 * (degrees, 0 straight). A knee bends toward or away from the viewer, so
 * from the front a leg looks straight (bent toward the viewer) or folded
 * back on itself (the heel drawn up behind); anything between is a knee
 * bent sideways.
 */
export function frontKneeKink(j: Joints, side: Side): number {
  const thigh = boneAngle(j[`hip${side}`], j[`knee${side}`]);
  const shin = boneAngle(j[`knee${side}`], j[`ankle${side}`]);
  const a = Math.abs(norm(thigh - shin));
  return Math.min(a, 180 - a);
}

const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
const cross = (a: Pt, b: Pt) => a[0] * b[1] - a[1] * b[0];
const unit = (v: Pt): Pt => {
  const l = Math.hypot(v[0], v[1]) || 1;
  return [v[0] / l, v[1] / l];
};

/**
 * Seen from the front, how far the forearm turns outward (away from the
 * body's midline) from the line of the upper arm, in degrees; inward is
 * negative. An elbow's carrying angle is 10 to 15 degrees; more outward is
 * an elbow bent sideways.
 */
export function frontElbowOutward(j: Joints, side: Side): number {
  const u = unit(sub(j[`elbow${side}`], j[`shoulder${side}`]));
  const f = unit(sub(j[`hand${side}`], j[`elbow${side}`]));
  const out: Pt = [j[`shoulder${side}`][0] - j.chest[0], 0];
  const turn = cross(u, f);
  const towardOut = cross(u, unit(out));
  if (Math.abs(towardOut) < 0.2) return 0;
  const angle = (Math.acos(Math.max(-1, Math.min(1, u[0] * f[0] + u[1] * f[1]))) * 180) / Math.PI;
  return Math.sign(turn) === Math.sign(towardOut) ? angle : -angle;
}

/** The distance from `p` to the segment a-b. */
export function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const ab = sub(b, a);
  const len2 = ab[0] * ab[0] + ab[1] * ab[1];
  const t =
    len2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / len2));
  return Math.hypot(p[0] - (a[0] + t * ab[0]), p[1] - (a[1] + t * ab[1]));
}

/**
 * For an arm whose hand is above the head's centre: how far the arm's
 * centre line stays outside the head's outline (units; negative: the arm is
 * drawn across the head). Undefined when the arm is not raised.
 */
export function raisedArmClearance(j: Joints, side: Side): number | undefined {
  const hand = j[`hand${side}`];
  if (hand[1] >= j.head[1]) return undefined;
  const d = Math.min(
    segmentDistance(j.head, j[`shoulder${side}`], j[`elbow${side}`]),
    segmentDistance(j.head, j[`elbow${side}`], j[`hand${side}`]),
  );
  return d - HEAD_R;
}

/**
 * How far the centre of hand B (the far hand, drawn behind the body) lies
 * outside everything drawn over it: the torso, the head, the near leg and
 * arm (units; negative: the hand is hidden).
 */
export function farHandClearance(j: Joints, view: 'side' | 'front'): number {
  const h = j.handB;
  const torso =
    view === 'side'
      ? segmentDistance(h, j.pelvis, j.chest) - TORSO_R
      : // From the front the torso is a filled outline hip to shoulder to shoulder to hip.
        insideQuad(h, [j.hipA, j.shoulderA, j.shoulderB, j.hipB])
        ? -1
        : Math.min(
            segmentDistance(h, j.hipA, j.shoulderA),
            segmentDistance(h, j.shoulderA, j.shoulderB),
            segmentDistance(h, j.shoulderB, j.hipB),
            segmentDistance(h, j.hipB, j.hipA),
          ) -
          LIMB_R / 2;
  return Math.min(
    torso,
    Math.hypot(h[0] - j.head[0], h[1] - j.head[1]) - HEAD_R,
    segmentDistance(h, j.hipA, j.kneeA) - LIMB_R,
    segmentDistance(h, j.kneeA, j.ankleA) - LIMB_R,
    segmentDistance(h, j.shoulderA, j.elbowA) - LIMB_R,
    segmentDistance(h, j.elbowA, j.handA) - LIMB_R,
  );
}

function insideQuad(p: Pt, q: readonly Pt[]): boolean {
  let inside = false;
  q.forEach(([xi, yi], i) => {
    const [xk, yk] = q[(i + q.length - 1) % q.length] ?? [xi, yi];
    if (yi > p[1] !== yk > p[1] && p[0] < ((xk - xi) * (p[1] - yi)) / (yk - yi) + xi)
      inside = !inside;
  });
  return inside;
}

/* Colour, for WCAG 1.4.11 (non-text contrast, at least 3:1). */

export type Rgb = readonly [number, number, number];

/** '#rgb' or '#rrggbb' to 0-255 channels. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** A colour drawn at `opacity` over `bg`: what the eye gets. */
export const over = (fg: Rgb, opacity: number, bg: Rgb): Rgb =>
  fg.map((c, i) => c * opacity + (bg[i] ?? 0) * (1 - opacity)) as unknown as Rgb;

/** WCAG relative luminance. */
export function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
