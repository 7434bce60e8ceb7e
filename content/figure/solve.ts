/**
 * Pose -> joint positions. Bones keep their lengths by construction: a limb
 * given by angles is laid out bone by bone; a limb given by where its end
 * rests (a foot on the floor, a hand on the desk) finds its knee or elbow
 * from the two bone lengths (two-bone inverse kinematics). A target out of
 * reach is reported, never stretched to: the meta-test fails on it.
 */
import {
  bodyFor,
  HEAD_R,
  LIMB_R,
  spanAt,
  surfaces,
  TORSO_R,
  type Body,
  type SurfaceSpan,
} from './scene';
import type {
  ArmSpec,
  Bend,
  Deg,
  Figure,
  Joint,
  LegSpec,
  Pose,
  Pt,
  Surface,
  Target,
} from './types';

export interface Contact {
  joint: Joint;
  surface: Surface;
  /** the drawn radius at that joint */
  r: number;
}

export interface Solved {
  joints: Record<Joint, Pt>;
  /** where the pose says a joint rests on a surface */
  contacts: Contact[];
  /** targets out of reach, missing props, a kneeling leg without its knee */
  problems: string[];
  /** knees and elbows bent toward the viewer (bend `near`): their two bones are drawn shorter */
  foreshortened: Joint[];
}

/** Every bone, by its end joints and the body length it must keep. */
export const BONES: readonly (readonly [Joint, Joint, keyof Body])[] = [
  ['pelvis', 'chest', 'torso'],
  ['chest', 'head', 'neck'],
  ['pelvis', 'hipA', 'hipHalf'],
  ['pelvis', 'hipB', 'hipHalf'],
  ['chest', 'shoulderA', 'shoulder'],
  ['chest', 'shoulderB', 'shoulder'],
  ['hipA', 'kneeA', 'thigh'],
  ['kneeA', 'ankleA', 'shin'],
  ['ankleA', 'toeA', 'foot'],
  ['hipB', 'kneeB', 'thigh'],
  ['kneeB', 'ankleB', 'shin'],
  ['ankleB', 'toeB', 'foot'],
  ['shoulderA', 'elbowA', 'upperArm'],
  ['elbowA', 'handA', 'forearm'],
  ['shoulderB', 'elbowB', 'upperArm'],
  ['elbowB', 'handB', 'forearm'],
];

/** How far the drawing reaches around a joint: the head, the torso's ends, a limb. */
export function radiusAt(joint: Joint): number {
  if (joint === 'head') return HEAD_R;
  if (joint === 'pelvis' || joint === 'chest') return TORSO_R;
  return LIMB_R;
}

const rad = (d: Deg) => (d * Math.PI) / 180;
/** The unit vector of an absolute bone angle (0 = down, 90 = forward, 180 = up). */
export const dir = (d: Deg): Pt => [Math.sin(rad(d)), Math.cos(rad(d))];
const add = (p: Pt, v: Pt, k = 1): Pt => [p[0] + v[0] * k, p[1] + v[1] * k];
const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
export const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);

const BEND: Record<Exclude<Bend, 'near'>, Pt> = {
  fwd: [1, 0],
  back: [-1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Two bones from `root` toward `target`, lengths a then b. The middle joint
 * goes to the side `bend` points to. `miss` is how far the end stays from the
 * target (0 when reachable).
 */
export function reach(
  root: Pt,
  target: Pt,
  a: number,
  b: number,
  bend: Bend,
  tip: 'root' | 'end' = 'root',
): { mid: Pt; end: Pt; miss: number } {
  const d = dist(root, target);
  if (bend === 'near') {
    // Bent toward the viewer: the limb looks straight and shorter. The bone
    // that tips toward the viewer is the one drawn shorter: the first for a
    // knee (the thigh comes forward, the shin hangs), the second for an
    // elbow (`tip` 'end'). Out of reach, the limb stops at full length.
    const v = sub(target, root);
    const len = Math.max(d, 1e-9);
    const reachable = Math.min(d, a + b);
    const along = tip === 'end' ? Math.min(a, reachable) : Math.max(0, reachable - b);
    const end = add(root, v, reachable / len);
    return { mid: add(root, v, along / len), end, miss: dist(end, target) };
  }
  const span = Math.min(Math.max(d, Math.abs(a - b) + 1e-6), a + b);
  const base = d < 1e-9 ? 0 : Math.atan2(target[1] - root[1], target[0] - root[0]);
  const cosA = (a * a + span * span - b * b) / (2 * a * span);
  const angle = Math.acos(Math.min(1, Math.max(-1, cosA)));
  const hint = BEND[bend];
  const middle = (sign: number): Pt => [
    root[0] + a * Math.cos(base + sign * angle),
    root[1] + a * Math.sin(base + sign * angle),
  ];
  const centre: Pt = [(root[0] + target[0]) / 2, (root[1] + target[1]) / 2];
  const score = (m: Pt) => (m[0] - centre[0]) * hint[0] + (m[1] - centre[1]) * hint[1];
  const m1 = middle(1);
  const m2 = middle(-1);
  const mid = score(m1) >= score(m2) ? m1 : m2;
  const toward = sub(target, mid);
  const len = Math.hypot(toward[0], toward[1]) || 1;
  const end = add(mid, toward, b / len);
  return { mid, end, miss: dist(end, target) };
}

/** Feet point forward in profile; seen from the front, outward. */
function footAhead(view: Figure['view'], side: 'A' | 'B', back: boolean): Deg {
  const forward = view === 'side' || side === 'B' ? 90 : -90;
  return back ? -forward : forward;
}

const JOINTS = {
  A: { knee: 'kneeA', ankle: 'ankleA', toe: 'toeA', elbow: 'elbowA', hand: 'handA' },
  B: { knee: 'kneeB', ankle: 'ankleB', toe: 'toeB', elbow: 'elbowB', hand: 'handB' },
} as const satisfies Record<'A' | 'B', Record<string, Joint>>;

/** Solves one pose: the trunk first, then each leg and arm from it. */
class PoseSolver {
  readonly contacts: Contact[] = [];
  readonly problems: string[] = [];
  readonly foreshortened: Joint[] = [];
  readonly j: Partial<Record<Joint, Pt>> = {};
  private readonly body: ReturnType<typeof bodyFor>;
  private readonly spans: ReturnType<typeof surfaces>;
  private kneeling: { leg: 'a' | 'b'; knee: Pt } | null = null;
  private hips: Record<'A' | 'B', Pt> = { A: [0, 0], B: [0, 0] };
  private shoulders: Record<'A' | 'B', Pt> = { A: [0, 0], B: [0, 0] };

  constructor(
    private readonly pose: Pose,
    private readonly figure: Pick<Figure, 'view' | 'props'>,
  ) {
    this.body = bodyFor(figure.view);
    this.spans = surfaces(figure.props);
  }

  /** A target as a point; a surface target also records the contact. */
  private place(target: Target, joint: Joint, r: number): Pt {
    if (Array.isArray(target)) return target as Pt;
    const t = target as Exclude<Target, Pt>;
    const along = t.on === 'wall' ? t.y : t.x;
    const span: SurfaceSpan | undefined = spanAt(this.spans, t.on, along);
    if (!span) {
      this.problems.push(`${joint}: no ${t.on} at ${along}`);
      return t.on === 'wall' ? [0, along] : [along, 0];
    }
    // Resting only when not lifted: a lifted foot is placed, but touches nothing.
    if (t.lift === 0) this.contacts.push({ joint, surface: t.on, r });
    return t.on === 'wall' ? [span.level - r - t.lift, along] : [along, span.level - r - t.lift];
  }

  /** Pelvis and hips, torso, head and shoulders. */
  private trunk(): void {
    const { pose, body, j } = this;
    const ps = pose.pelvis;
    let pelvis: Pt;
    if (!Array.isArray(ps) && 'kneel' in ps) {
      const leg = ps.kneel;
      const knee = this.place(ps.knee, leg === 'a' ? 'kneeA' : 'kneeB', LIMB_R);
      this.kneeling = { leg, knee };
      // In profile the hips coincide with the pelvis; kneeling is only drawn in profile.
      pelvis = add(knee, dir(ps.thigh), -body.thigh);
    } else {
      pelvis = this.place(ps as Target, 'pelvis', TORSO_R);
    }
    const roll = rad(pose.roll ?? 0);
    const hipOffset: Pt = [body.hipHalf * Math.cos(roll), body.hipHalf * Math.sin(roll)];
    this.hips = { A: sub(pelvis, hipOffset), B: add(pelvis, hipOffset) };
    j.pelvis = pelvis;
    j.hipA = this.hips.A;
    j.hipB = this.hips.B;
    const up = dir(pose.torso);
    const chest = add(pelvis, up, body.torso);
    j.chest = chest;
    j.head = add(chest, dir(pose.head ?? pose.torso), body.neck);
    const across: Pt = [-up[1], up[0]];
    const joint = add(chest, up, -body.shoulderDrop);
    this.shoulders = {
      A: add(joint, across, -body.shoulderHalf),
      B: add(joint, across, body.shoulderHalf),
    };
    j.shoulderA = this.shoulders.A;
    j.shoulderB = this.shoulders.B;
  }

  /** The kneeling leg: from the knee on its cushion to the toes. */
  private kneelingLeg(side: 'A' | 'B', spec: Extract<LegSpec, { kneeling: unknown }>): void {
    const names = JOINTS[side];
    const kneeling = this.kneeling;
    if (!kneeling || kneeling.leg !== side.toLowerCase()) {
      this.problems.push(`leg ${side}: 'kneeling' needs the pelvis to kneel on this leg`);
      return;
    }
    const toe = this.place(spec.kneeling.toe, names.toe, LIMB_R);
    const r = reach(kneeling.knee, toe, this.body.shin, this.body.foot, spec.kneeling.bend);
    if (r.miss > 0.01) this.problems.push(`${names.toe}: ${r.miss.toFixed(1)} out of reach`);
    this.j[names.knee] = kneeling.knee;
    this.j[names.ankle] = r.mid;
    this.j[names.toe] = r.end;
  }

  /** Where the ankle and the toes go, from what the leg's spec names. */
  private foot(
    side: 'A' | 'B',
    spec: Exclude<LegSpec, { kneeling: unknown } | { angles: unknown } | { seen: unknown }>,
  ) {
    const names = JOINTS[side];
    const { body } = this;
    if ('flat' in spec) {
      const ankle = this.place(spec.flat, names.ankle, LIMB_R);
      // The toes rest on the same surface as the ankle.
      const last = this.contacts[this.contacts.length - 1];
      if (last?.joint === names.ankle) this.contacts.push({ ...last, joint: names.toe });
      return {
        ankle,
        toe: add(ankle, dir(footAhead(this.figure.view, side, spec.back ?? false)), body.foot),
      };
    }
    if ('ankle' in spec) {
      const ankle = this.place(spec.ankle, names.ankle, LIMB_R);
      return { ankle, toe: add(ankle, dir(spec.foot), body.foot) };
    }
    const toe = this.place(spec.toe, names.toe, LIMB_R);
    return { ankle: add(toe, dir(spec.foot), -body.foot), toe };
  }

  private leg(side: 'A' | 'B', spec: LegSpec): void {
    const names = JOINTS[side];
    const { body, j } = this;
    const hip = this.hips[side];
    if ('kneeling' in spec) {
      this.kneelingLeg(side, spec);
      return;
    }
    if (this.kneeling?.leg === side.toLowerCase()) {
      this.problems.push(`leg ${side}: the kneeling leg must be given as 'kneeling'`);
    }
    if ('seen' in spec) {
      // Seen from the front: the knee and ankle where they appear; a bone
      // pointing toward or away from the viewer looks shorter, never longer.
      const [knee, ankle] = spec.seen;
      for (const [a, b, len, bone] of [
        [hip, knee, body.thigh, 'thigh'],
        [knee, ankle, body.shin, 'shin'],
      ] as const) {
        if (dist(a, b) > len + 0.01)
          this.problems.push(
            `leg ${side}: the ${bone} drawn ${dist(a, b).toFixed(1)} long, more than ${String(len)}`,
          );
      }
      j[names.knee] = knee;
      j[names.ankle] = ankle;
      j[names.toe] = add(ankle, dir(spec.foot), body.foot);
      this.foreshortened.push(names.knee);
      return;
    }
    if ('angles' in spec) {
      const [thigh, shin, foot] = spec.angles;
      const knee = add(hip, dir(thigh), body.thigh);
      const ankle = add(knee, dir(shin), body.shin);
      j[names.knee] = knee;
      j[names.ankle] = ankle;
      j[names.toe] = add(ankle, dir(foot), body.foot);
      return;
    }
    const { ankle, toe } = this.foot(side, spec);
    const r = reach(hip, ankle, body.thigh, body.shin, spec.bend);
    if (r.miss > 0.01) this.problems.push(`${names.ankle}: ${r.miss.toFixed(1)} out of reach`);
    if (spec.bend === 'near') this.foreshortened.push(names.knee);
    j[names.knee] = r.mid;
    j[names.ankle] = r.end;
    j[names.toe] = add(r.end, sub(toe, ankle));
  }

  private arm(side: 'A' | 'B', spec: ArmSpec): void {
    const names = JOINTS[side];
    const { body, j } = this;
    const shoulder = this.shoulders[side];
    if ('angles' in spec) {
      const elbow = add(shoulder, dir(spec.angles[0]), body.upperArm);
      j[names.elbow] = elbow;
      j[names.hand] = add(elbow, dir(spec.angles[1]), body.forearm);
      return;
    }
    const target = 'holds' in spec ? j[spec.holds] : this.place(spec.hand, names.hand, LIMB_R);
    if (!target) {
      this.problems.push(`${names.hand}: holds a joint that is not placed`);
      return;
    }
    const r = reach(shoulder, target, body.upperArm, body.forearm, spec.bend, 'end');
    if (r.miss > 0.01) this.problems.push(`${names.hand}: ${r.miss.toFixed(1)} out of reach`);
    if (spec.bend === 'near') this.foreshortened.push(names.elbow);
    j[names.elbow] = r.mid;
    j[names.hand] = r.end;
  }

  solve(): Solved {
    this.trunk();
    this.leg('A', this.pose.legA);
    this.leg('B', this.pose.legB);
    this.arm('A', this.pose.armA);
    this.arm('B', this.pose.armB);
    return {
      joints: this.j as Record<Joint, Pt>,
      contacts: this.contacts,
      problems: this.problems,
      foreshortened: this.foreshortened,
    };
  }
}

/** Solves one pose of a figure. */
export function solvePose(pose: Pose, figure: Pick<Figure, 'view' | 'props'>): Solved {
  return new PoseSolver(pose, figure).solve();
}

type Lerpable =
  number | string | boolean | readonly Lerpable[] | { readonly [k: string]: Lerpable };

/**
 * The pose a fraction `t` of the way from `a` to `b`: every number (points,
 * angles, x on a surface) moves linearly; everything else is taken from `a`.
 * Both poses must have the same shape (the meta-test checks `shapeProblems`).
 */
export function lerpPose(a: Pose, b: Pose, t: number): Pose {
  const lerp = (x: Lerpable, y: Lerpable | undefined): Lerpable => {
    if (typeof x === 'number') return typeof y === 'number' ? x + (y - x) * t : x;
    if (Array.isArray(x)) {
      const ys = Array.isArray(y) ? (y as readonly Lerpable[]) : [];
      return x.map((v: Lerpable, i) => lerp(v, ys[i]));
    }
    if (typeof x === 'object') {
      const yo = (typeof y === 'object' && !Array.isArray(y) ? y : {}) as Record<string, Lerpable>;
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, lerp(v, yo[k])]));
    }
    return x;
  };
  return lerp(a as unknown as Lerpable, b as unknown as Lerpable) as unknown as Pose;
}

/** Where two poses differ in shape (a key, a kind of target, a bend): they could not be tweened. */
export function shapeProblems(a: unknown, b: unknown, at = 'pose'): string[] {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return [`${at}: differs`];
  if (typeof a === 'number') return [];
  if (typeof a !== 'object' || a === null || b === null)
    return a === b ? [] : [`${at}: ${String(a)} vs ${String(b)}`];
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b as object).sort();
  if (ka.join() !== kb.join()) return [`${at}: keys ${ka.join(',')} vs ${kb.join(',')}`];
  return ka.flatMap((k) =>
    shapeProblems(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${at}.${k}`,
    ),
  );
}
