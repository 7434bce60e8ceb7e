/**
 * Human limits, as meta-tests on every frame of every figure (issue #23):
 * the poses the prompt draws, solved by the same code, measured as a
 * physiotherapist would read them. Every drawn frame: each pose of the
 * animation's timeline and the half-way drawing between two of them (the
 * browser moves each joint in a straight line between timeline poses), on
 * both sides (the second side is the drawing mirrored).
 */
import { describe, expect, it } from 'vitest';
import {
  elbowFlexion,
  farHandClearance,
  frontElbowOutward,
  frontKneeKink,
  hipExtension,
  kneeFlexion,
  mirror,
  raisedArmClearance,
  thighBehindVertical,
  type Facing,
  type Side,
} from '@/content/figure/measure';
import { gapTo, LIMB_R, spanAt, surfaces } from '@/content/figure/scene';
import { lerpPose, solvePose, type Solved } from '@/content/figure/solve';
import { stillPose, timeline } from '@/content/figure/timeline';
import type { Joint, Pt } from '@/content/figure/types';
import { stretches as library } from '@/content/stretches';
import type { Stretch } from '@/content/types';
import { english } from './texts';

type Joints = Record<Joint, Pt>;

/** Every view of every move: its figure, and its inset (a second, small view) checked alike. */
const stretches: readonly Stretch[] = library.flatMap((s) =>
  s.figure.inset ? [s, { ...s, id: `${s.id} (inset)`, figure: s.figure.inset }] : [s],
);

/** Hip extension a healthy adult reaches without arching the back: 10 to 20 degrees. */
const HIP_EXTENSION_MAX = 22;
/** A knee or elbow drawn a few degrees past straight reads as straight. */
const HYPEREXTENSION_MAX = 5;
const KNEE_FLEXION_MAX = 165;
/** Seen from the front, a knee that is drawn more than this off straight is bent sideways. */
const FRONT_KNEE_KINK_MAX = 10;
/** The elbow's carrying angle, and a little: from the front, a forearm turned further out is bent sideways. */
const FRONT_ELBOW_OUT_MAX = 20;
/** Between two key poses a knee bends no further than at either end, give or take this. */
const IN_BETWEEN_FOLD_MAX = 15;
const SIDES: readonly Side[] = ['A', 'B'];
/** In-between poses sampled between two key poses. */
const SAMPLES = 24;
/** A hand a reader can see resting on its prop stands a hand's width clear of the body drawn over it. */
const HAND_CLEAR = 2 * LIMB_R;
/** ...for all but a moment of the motion (the near arm sweeping past it). */
const HIDDEN_SHARE_MAX = 0.2;

const mid = (a: Joints, b: Joints): Joints =>
  Object.fromEntries(
    (Object.keys(a) as Joint[]).map((k) => [
      k,
      [(a[k][0] + b[k][0]) / 2, (a[k][1] + b[k][1]) / 2] as const,
    ]),
  ) as Joints;

/** Every drawn frame of a move: the timeline's poses and the drawing half-way between each two. */
function drawn(s: Stretch): Joints[] {
  return frames(s).map((f) => f.j);
}

/** The same, with the legs whose foot rests on something (bearing weight). */
function frames(s: Stretch): { j: Joints; planted: Side[] }[] {
  const solved = timeline(s.figure).poses.map((p) => {
    const r = solvePose(p, s.figure);
    const planted = SIDES.filter((side) =>
      r.contacts.some((c) => c.joint === `ankle${side}` || c.joint === `toe${side}`),
    );
    return { j: r.joints, planted };
  });
  return solved.flatMap((f, i) => {
    const next = solved[i + 1];
    return next
      ? [f, { j: mid(f.j, next.j), planted: f.planted.filter((x) => next.planted.includes(x)) }]
      : [f];
  });
}

/** Both sides: as drawn (facing right) and mirrored (facing left). */
const bothSides = (j: Joints): [Joints, Facing][] => [
  [j, 1],
  [mirror(j), -1],
];

function problemsOf(check: (s: Stretch) => string[]): string[] {
  return stretches.flatMap((s) => [...new Set(check(s))].map((p) => `${s.id}: ${p}`));
}

const deg = (x: number) => `${x.toFixed(0)}°`;

describe('figure limits: what a body can do', () => {
  it('keeps hip extension within about 20 degrees in every drawn frame, both sides', () => {
    expect(
      problemsOf((s) => {
        if (s.figure.view !== 'side') return [];
        let worst = { ext: -Infinity, side: 'A' as Side };
        for (const j of drawn(s))
          for (const [m, facing] of bothSides(j))
            for (const side of SIDES) {
              const ext = hipExtension(m, side, facing);
              if (ext > worst.ext) worst = { ext, side };
            }
        return worst.ext > HIP_EXTENSION_MAX
          ? [
              `hip ${worst.side} in ${deg(worst.ext)} of extension (at most ${deg(HIP_EXTENSION_MAX)})`,
            ]
          : [];
      }),
    ).toEqual([]);
  });

  it('bends knees and elbows only the way they bend: no knee or elbow backwards in profile, none sideways from the front', () => {
    expect(
      problemsOf((s) => {
        // The worst of each kind of fault, per move.
        const worst = new Map<string, number>();
        const note = (what: string, by: number) => {
          worst.set(what, Math.max(worst.get(what) ?? -Infinity, by));
        };
        for (const { j, planted } of frames(s))
          for (const [m, facing] of bothSides(j))
            for (const side of SIDES) {
              if (s.figure.view === 'side') {
                const knee = kneeFlexion(m, side, facing);
                const elbow = elbowFlexion(m, side, facing);
                if (knee < -HYPEREXTENSION_MAX) note(`knee ${side} bent backwards by`, -knee);
                if (knee > KNEE_FLEXION_MAX) note(`knee ${side} folded to`, knee);
                if (elbow < -HYPEREXTENSION_MAX) note(`elbow ${side} bent backwards by`, -elbow);
              } else {
                // A leg standing on its foot is drawn nearly in the picture's plane: from
                // the front it looks straight. A lifted knee may point at the viewer.
                const kink = planted.includes(side) ? frontKneeKink(m, side) : 0;
                const out = frontElbowOutward(m, side);
                if (kink > FRONT_KNEE_KINK_MAX)
                  note(`knee ${side} bent sideways, seen from the front, by`, kink);
                if (out > FRONT_ELBOW_OUT_MAX)
                  note(`elbow ${side} bent sideways, outward, by`, out);
              }
            }
        return [...worst].map(([what, by]) => `${what} ${deg(by)}`);
      }),
    ).toEqual([]);
  });

  it('moves a leg between two key poses by swinging or sliding it, never by folding the knee on the way', () => {
    expect(
      problemsOf((s) => {
        if (s.figure.view !== 'side') return [];
        const f = s.figure;
        const pairs = f.frames.slice(1).map((b, i) => [f.frames[i]!, b] as const);
        if (f.loop === 'cycle') pairs.push([f.frames.at(-1)!, f.frames[0]!]);
        const out: string[] = [];
        for (const [a, b] of pairs) {
          const flex = [...Array(SAMPLES + 1).keys()].map((k) => {
            const j = solvePose(lerpPose(a, b, k / SAMPLES), f).joints;
            return { A: kneeFlexion(j, 'A'), B: kneeFlexion(j, 'B') };
          });
          for (const side of SIDES) {
            const ends = Math.max(flex[0]![side], flex[SAMPLES]![side]);
            const most = Math.max(...flex.map((x) => x[side]));
            if (most > ends + IN_BETWEEN_FOLD_MAX)
              out.push(
                `knee ${side} folds to ${deg(most)} between key poses bent ${deg(ends)} at most`,
              );
          }
        }
        return out;
      }),
    ).toEqual([]);
  });

  it('raises an arm beside the head, never across it', () => {
    expect(
      problemsOf((s) =>
        drawn(s).flatMap((j) =>
          SIDES.flatMap((side) => {
            const clear = raisedArmClearance(j, side);
            return clear !== undefined && clear < 0 ? [`arm ${side} drawn across the head`] : [];
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('shows a supporting hand on its prop, not hidden behind the body', () => {
    expect(
      problemsOf((s) => {
        const spans = surfaces(s.figure.props);
        const keys = new Set(s.figure.frames);
        const out: string[] = [];
        let hidden = 0;
        let supported = 0;
        let worstKey = Infinity;
        for (const pose of timeline(s.figure).poses) {
          const p: Solved = solvePose(pose, s.figure);
          const support = p.contacts.filter((c) => c.joint === 'handA' || c.joint === 'handB');
          for (const c of support) {
            const at = p.joints[c.joint];
            const span = spanAt(spans, c.surface, c.surface === 'wall' ? at[1] : at[0]);
            if (!span || Math.abs(gapTo(span, at, c.r)) > 1)
              out.push(`${c.joint} does not touch the ${c.surface}`);
          }
          if (support.length === 0) continue;
          supported += 1;
          // The near hand is drawn over the body; the far one behind it.
          const clear = support.some((c) => c.joint === 'handA')
            ? Infinity
            : farHandClearance(p.joints, s.figure.view);
          if (clear < HAND_CLEAR) hidden += 1;
          if (keys.has(pose)) worstKey = Math.min(worstKey, clear);
        }
        if (worstKey < HAND_CLEAR)
          out.push(
            `the supporting hand is hidden behind the body in a key pose (${worstKey.toFixed(1)} clear, at least ${String(HAND_CLEAR)})`,
          );
        // The near arm may pass in front of it for a moment as it sweeps by.
        if (hidden > supported * HIDDEN_SHARE_MAX)
          out.push(
            `the supporting hand is hidden in ${String(hidden)} of ${String(supported)} drawn poses`,
          );
        return out;
      }),
    ).toEqual([]);
  });

  it('draws the pelvis, tucking, in every move whose steps ask for a tuck or tilt', () => {
    expect(
      problemsOf((s) => {
        if (s.id.endsWith('(inset)')) return [];
        if (!english(s).steps.some((step) => /\b(tuck|tilt)/i.test(step))) return [];
        // A tilt cannot be seen from the front: a figure drawn from the front shows it in its inset.
        const f = s.figure.view === 'side' ? s.figure : s.figure.inset;
        if (!f) return ['drawn from the front, where a tuck cannot be seen, with no side inset'];
        const still = stillPose(f)?.tilt ?? 0;
        const most = Math.max(...f.frames.map((p) => p.tilt ?? 0));
        const out: string[] = [];
        if (!f.showPelvis) out.push('no pelvis drawn');
        if (still > -5) out.push(`the still pose is not tucked (tilt ${deg(still)})`);
        if (most - still < 8) out.push('the tuck does not show in the motion');
        return out;
      }),
    ).toEqual([]);
  });
});

describe('figure limits: figures that must say what their text says', () => {
  const byId = (id: string) => {
    const s = stretches.find((x) => x.id === id);
    if (!s) throw new Error(`no move ${id}`);
    return s;
  };
  const stillJoints = (s: Stretch) => solvePose(stillPose(s.figure)!, s.figure).joints;

  it('desk-hip-extension takes a straight leg back, its thigh past vertical', () => {
    const j = stillJoints(byId('desk-hip-extension'));
    expect(kneeFlexion(j, 'A'), 'knee bend').toBeLessThanOrEqual(12);
    expect(thighBehindVertical(j, 'A'), 'thigh behind vertical').toBeGreaterThanOrEqual(5);
    expect(hipExtension(j, 'A')).toBeLessThanOrEqual(HIP_EXTENSION_MAX);
  });

  it('two-minute-walk takes each trailing thigh past vertical', () => {
    const frames = drawn(byId('two-minute-walk'));
    for (const side of SIDES) {
      const most = Math.max(...frames.map((j) => thighBehindVertical(j, side)));
      expect(most, `thigh ${side}`).toBeGreaterThanOrEqual(8);
    }
  });

  // Motion across the body (a side bend, circles out to the side, a thigh
  // beside the chair, the hips drifting sideways) cannot be seen in profile.
  it.each([
    'side-reach-lunge',
    'standing-hip-circles',
    'seated-side-quad',
    'standing-crossover-lean',
  ])('%s, a sideways motion, is drawn from the front', (id) => {
    expect(byId(id).figure.view).toBe('front');
  });
});
