/**
 * Meta-test of the figures (issue #14, "every move shown in motion"): the
 * same pose data the prompt draws, solved by the same code, checked for
 * what a reader would notice: a joint leaving the body, a foot floating
 * over or sinking into what it stands on, anything below the floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureSvg } from '@/components/figure-svg';
import {
  ankle,
  arm,
  cushion,
  desk,
  flat,
  flatBack,
  floor,
  hand,
  hipHighlight,
  holds,
  kneel,
  kneeling,
  leg,
  limbs,
  poses,
  seat,
  seen,
  swapSides,
  toe,
} from '@/content/figure/notation';
import { bodyFor, FLOOR_Y, gapTo, spanAt, surfaces, VIEW_H, VIEW_W } from '@/content/figure/scene';
import {
  BONES,
  dist,
  radiusAt,
  shapeProblems,
  solvePose,
  type Solved,
} from '@/content/figure/solve';
import { stillPose, timeline } from '@/content/figure/timeline';
import type { Figure, Joint, Pose } from '@/content/figure/types';
import { stretches as library } from '@/content/stretches';
import type { Stretch } from '@/content/types';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** A pixel or so: what a reader cannot tell from touching. */
const TOUCH = 1;
/** Closer than this without touching reads as floating. */
const CLEAR = 3;
const FEET: readonly Joint[] = ['ankleA', 'toeA', 'ankleB', 'toeB', 'kneeA', 'kneeB'];
/** Standing moves where no hand is needed for balance: both feet stay down, or it is a walk. */
const FREE_STANDING: Record<string, string> = {
  'standing-pelvic-tilt': 'both feet planted hip-width apart; the pelvis moves a little',
  'two-minute-walk': 'ordinary walking',
};

/** Every view of every move: its figure, and its inset (a second, small view) checked alike. */
const stretches: readonly Stretch[] = library.flatMap((s) =>
  s.figure.inset ? [s, { ...s, id: `${s.id} (inset)`, figure: s.figure.inset }] : [s],
);

const solve = (s: Stretch, pose: Pose): Solved => solvePose(pose, s.figure);
const keyPoses = (s: Stretch) => s.figure.frames.map((pose) => solve(s, pose));
const allPoses = (s: Stretch) => timeline(s.figure).poses.map((pose) => solve(s, pose));

/** Collects `problem` lines for every move, so a failure lists all of them at once. */
function problemsOf(check: (s: Stretch) => string[]): string[] {
  return stretches.flatMap((s) => check(s).map((p) => `${s.id}: ${p}`));
}

describe('figures', () => {
  it('every move has at least two poses of the same shape, and they differ', () => {
    expect(
      problemsOf((s) => {
        const f = s.figure;
        const out: string[] = [];
        if (f.frames.length < 2) out.push(`${String(f.frames.length)} pose(s)`);
        const [first, ...rest] = f.frames;
        for (const [i, other] of rest.entries()) {
          out.push(...shapeProblems(first, other, `pose ${String(i + 1)}`));
        }
        const [a, b] = [keyPoses(s)[0], keyPoses(s).at(-1)];
        const moved = a && b ? Math.max(...BONES.map(([j]) => dist(a.joints[j], b.joints[j]))) : 0;
        if (moved < 3) out.push(`the first and last poses barely differ (${moved.toFixed(1)})`);
        if (f.still !== undefined && !f.frames[f.still])
          out.push(`no still pose ${String(f.still)}`);
        return out;
      }),
    ).toEqual([]);
  });

  it('reaches every target it names, in every pose the animation draws', () => {
    expect(
      problemsOf((s) =>
        allPoses(s).flatMap((p, i) => p.problems.map((q) => `pose ${String(i)}: ${q}`)),
      ),
    ).toEqual([]);
  });

  it('keeps every bone its length in every pose (joints stay on the body); one bent toward the viewer only looks shorter', () => {
    expect(
      problemsOf((s) => {
        const body = bodyFor(s.figure.view);
        return allPoses(s).flatMap((p, i) =>
          BONES.filter(([a, b, len]) => {
            const d = dist(p.joints[a], p.joints[b]);
            const near = p.foreshortened.includes(a) || p.foreshortened.includes(b);
            return near ? d > body[len] + 0.5 : Math.abs(d - body[len]) > 0.5;
          }).map(
            ([a, b, len]) =>
              `pose ${String(i)}: ${a}-${b} is ${dist(p.joints[a], p.joints[b]).toFixed(1)}, not ${String(body[len])}`,
          ),
        );
      }),
    ).toEqual([]);
  });

  it('rests each foot, knee, hand and seat exactly on what it is drawn on', () => {
    expect(
      problemsOf((s) => {
        const spans = surfaces(s.figure.props);
        return allPoses(s).flatMap((p, i) =>
          p.contacts.flatMap((c) => {
            const at = p.joints[c.joint];
            const along = c.surface === 'wall' ? at[1] : at[0];
            const span = spanAt(spans, c.surface, along);
            const gap = span ? gapTo(span, at, c.r) : Infinity;
            return Math.abs(gap) <= TOUCH
              ? []
              : [`pose ${String(i)}: ${c.joint} is ${gap.toFixed(1)} from the ${c.surface}`];
          }),
        );
      }),
    ).toEqual([]);
  });

  it('draws nothing below the floor, or outside the picture', () => {
    expect(
      problemsOf((s) =>
        allPoses(s).flatMap((p, i) =>
          (Object.entries(p.joints) as [Joint, readonly [number, number]][]).flatMap(
            ([j, [x, y]]) => {
              const r = radiusAt(j);
              const out: string[] = [];
              if (y + r > FLOOR_Y + 0.5)
                out.push(`pose ${String(i)}: ${j} ${(y + r - FLOOR_Y).toFixed(1)} below the floor`);
              if (x - r < 0 || x + r > VIEW_W || y - r < 0 || y + r > VIEW_H)
                out.push(`pose ${String(i)}: ${j} outside the picture`);
              return out;
            },
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('leaves no foot or knee hovering just above the floor in a key pose', () => {
    expect(
      problemsOf((s) => {
        const floor = surfaces([])[0]!;
        return keyPoses(s).flatMap((p, i) =>
          FEET.filter((j) => !p.contacts.some((c) => c.joint === j)).flatMap((j) => {
            const gap = gapTo(floor, p.joints[j], radiusAt(j));
            return gap > TOUCH && gap < CLEAR
              ? [`pose ${String(i)}: ${j} hovers ${gap.toFixed(1)} over the floor`]
              : [];
          }),
        );
      }),
    ).toEqual([]);
  });

  it('puts a foot on a chair seat with its whole sole (or the top of the foot), never the toes alone', () => {
    expect(
      problemsOf((s) =>
        keyPoses(s).flatMap((p, i) =>
          (['A', 'B'] as const).flatMap((side) => {
            const on = (j: Joint) => p.contacts.some((c) => c.joint === j && c.surface === 'seat');
            return on(`ankle${side}`) !== on(`toe${side}`)
              ? [`pose ${String(i)}: foot ${side} only partly on the seat`]
              : [];
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('kneels on the cushion, and sits on the seat, in every key pose', () => {
    expect(
      problemsOf((s) =>
        keyPoses(s).flatMap((p, i) => {
          const has = (j: Joint[], surface: string) =>
            p.contacts.some((c) => j.includes(c.joint) && c.surface === surface);
          if (s.position === 'kneeling' && !has(['kneeA', 'kneeB'], 'cushion'))
            return [`pose ${String(i)}: no knee on the cushion`];
          if (s.position === 'seated' && !has(['pelvis'], 'seat'))
            return [`pose ${String(i)}: not sitting on the seat`];
          return [];
        }),
      ),
    ).toEqual([]);
  });

  it('keeps a hand on the desk or wall in every pose of a standing move where balance is at stake', () => {
    expect(
      problemsOf((s) => {
        if (s.position === 'standing' && !(s.id in FREE_STANDING)) {
          return keyPoses(s).flatMap((p, i) =>
            p.contacts.some(
              (c) =>
                (c.joint === 'handA' || c.joint === 'handB') &&
                ['desk', 'wall'].includes(c.surface),
            )
              ? []
              : [`pose ${String(i)}: no hand on the desk or wall`],
          );
        }
        return [];
      }),
    ).toEqual([]);
  });

  it('lets only a move with both feet down, or a walk, stand without a hand on something', () => {
    for (const id of Object.keys(FREE_STANDING)) {
      const s = stretches.find((x) => x.id === id);
      expect(s?.position, id).toBe('standing');
      if (!s || s.figure.loop === 'cycle') continue;
      for (const p of keyPoses(s)) {
        const down = (['ankleA', 'ankleB'] as const).filter((j) =>
          p.contacts.some((c) => c.joint === j && c.surface === 'floor'),
        );
        expect(down, `${id}: both feet on the floor`).toHaveLength(2);
      }
    }
  });

  it('shows a chair (four legs, no wheels) exactly when the move uses one', () => {
    expect(
      problemsOf((s) => {
        const chair = s.figure.props.some((p) => p.kind === 'chair');
        const uses = s.needs.includes('fixed-chair') || s.position === 'seated';
        return chair === uses
          ? []
          : [chair ? 'draws a chair it does not use' : 'uses a chair it does not draw'];
      }),
    ).toEqual([]);
  });

  it('draws the props a move needs', () => {
    const prop = { desk: 'desk', wall: 'wall', 'soft-surface': 'cushion' } as const;
    expect(
      problemsOf((s) =>
        s.needs.flatMap((n) =>
          n === 'fixed-chair' || s.figure.props.some((p) => p.kind === prop[n])
            ? []
            : [`needs ${n} but draws no ${prop[n]}`],
        ),
      ),
    ).toEqual([]);
  });

  // The drawing errors issue #14 found, each pinned by its own check.
  it('tucks the pelvis in the pelvic moves, and the standing tilt arrow turns the front up', () => {
    for (const s of stretches.filter((x) => x.figure.showPelvis)) {
      expect(stillPose(s.figure)?.tilt, s.id).toBeLessThan(0);
    }
    const tilt = stretches.find((x) => x.id === 'standing-pelvic-tilt')!.figure;
    const arrow = tilt.arrows?.[0];
    // Angles: 90 points forward, 180 up; a tuck lifts the front of the pelvis.
    expect(
      arrow?.kind === 'turn' && arrow.from >= 0 && arrow.to <= 180 && arrow.to > arrow.from,
    ).toBe(true);
  });

  it('draws the standing thigh stretch in its plain form: knees side by side', () => {
    const quad = stretches.find((x) => x.id === 'desk-quad-stretch')!;
    const { joints } = solve(quad, stillPose(quad.figure)!);
    expect(Math.abs(joints.kneeA[0] - joints.hipA[0])).toBeLessThan(3);
    expect(Math.abs(joints.kneeA[0] - joints.kneeB[0])).toBeLessThan(10);
  });

  it('highlights the target area with real bones and joints', () => {
    const bones = new Set(BONES.map(([a, b]) => `${a}-${b}`));
    expect(
      problemsOf((s) => {
        const h = s.figure.highlight;
        const joints = solve(s, s.figure.frames[0]!).joints;
        return [
          ...h.bones
            .filter(([a, b]) => !bones.has(`${a}-${b}`))
            .map(([a, b]) => `no bone ${a}-${b}`),
          ...(h.glow.at in joints ? [] : [`no joint ${h.glow.at}`]),
        ];
      }),
    ).toEqual([]);
  });
});

describe('the figure drawing', () => {
  const sample = stretches[0]!;

  it('animates every move with SMIL, and draws still under reduced motion', () => {
    for (const s of stretches) {
      const moving = figureSvg(s.figure, { still: false });
      const still = figureSvg(s.figure, { still: true });
      expect(moving, s.id).toMatch(/<animate attributeName="d"/);
      expect(still, s.id).not.toMatch(/<animate/);
      for (const svg of [moving, still]) {
        expect(svg, s.id).not.toMatch(/<script|href=|on\w+=/i);
        // Framed on the person, at the room's proportions, inside the room.
        const [x, y, w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
        expect(Math.abs(w! / h! - VIEW_W / VIEW_H), s.id).toBeLessThan(0.01);
        expect(x! >= 0 && y! >= 0 && x! + w! <= VIEW_W + 0.1 && y! + h! <= VIEW_H + 0.1, s.id).toBe(
          true,
        );
      }
    }
  });

  it('frames every pose of the motion whole, and the same frame still or moving', () => {
    for (const s of stretches) {
      const box = (svg: string) =>
        (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
      const [x, y, w, h] = box(figureSvg(s.figure, { still: false }));
      expect(box(figureSvg(s.figure, { still: true })), s.id).toEqual([x, y, w, h]);
      for (const p of allPoses(s)) {
        for (const [j, [px, py]] of Object.entries(p.joints) as [
          Joint,
          readonly [number, number],
        ][]) {
          const r = radiusAt(j);
          const inside =
            px - r >= x! - 0.1 &&
            px + r <= x! + w! + 0.1 &&
            py - r >= y! - 0.1 &&
            py + r <= y! + h! + 0.1;
          expect(inside, `${s.id}: ${j} outside the frame`).toBe(true);
        }
      }
    }
  });

  it('draws an inset view small in the top left corner, in step with the main one', () => {
    const withInset = library.filter((s) => s.figure.inset);
    expect(withInset.length).toBeGreaterThan(0);
    for (const s of withInset) {
      const inset = s.figure.inset!;
      expect([inset.seconds, inset.loop], s.id).toEqual([s.figure.seconds, s.figure.loop]);
      const svg = figureSvg(s.figure, { still: false });
      const outer = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
      const at =
        /<rect class="mf-inset" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(
          svg,
        );
      expect(at, s.id).not.toBeNull();
      const [x, y, w, h] = at!.slice(1).map(Number);
      expect(x! >= outer[0]! && y! >= outer[1]!, s.id).toBe(true);
      expect(x! + w! <= outer[0]! + outer[2]! && y! + h! <= outer[1]! + outer[3]!, s.id).toBe(true);
      // The main figure stays clear of the inset: the frame made room for it.
      for (const pose of timeline(s.figure).poses) {
        for (const [j, [px, py]] of Object.entries(solvePose(pose, s.figure).joints) as [
          Joint,
          readonly [number, number],
        ][]) {
          const r = radiusAt(j);
          const inside = px + r > x! && px - r < x! + w! && py + r > y! && py - r < y! + h!;
          expect(inside, `${s.id}: ${j} under the inset`).toBe(false);
        }
      }
    }
  });

  it('draws the still pose: the last one unless a move names another', () => {
    const f: Figure = { ...sample.figure, still: 0 };
    expect(figureSvg(f, { still: true })).toBe(figureSvg(f, { still: true, pose: f.frames[0]! }));
    expect(stillPose(sample.figure)).toBe(sample.figure.frames.at(-1));
    expect(figureSvg(sample.figure, { still: true })).not.toBe(figureSvg(f, { still: true }));
  });

  it('highlights the target area in the accent colour', () => {
    for (const s of stretches) {
      const svg = figureSvg(s.figure, { still: true });
      expect(svg, s.id).toMatch(/class="mf-glow"/);
      if (s.figure.highlight.bones.length > 0 || s.figure.showPelvis)
        expect(svg, s.id).toMatch(/class="mf-hi"/);
    }
  });

  it('is at least 200 px wide in the prompt window', () => {
    const css = readFileSync(path.join(ROOT, 'entrypoints/prompt/prompt.css'), 'utf8');
    const width = /--figure-width:\s*(\d+)px/.exec(css)?.[1];
    expect(Number(width)).toBeGreaterThanOrEqual(200);
  });
});

describe('the figure notation', () => {
  it('writes each limb as the spec it stands for, with the usual bend unless given', () => {
    expect(toe(floor(88), 60)).toEqual({ toe: floor(88), foot: 60, bend: 'fwd' });
    expect(ankle(floor(92, 8), 55, 'up')).toEqual({ ankle: floor(92, 8), foot: 55, bend: 'up' });
    expect(flat(seat(138))).toEqual({ flat: seat(138), bend: 'fwd' });
    expect(flatBack(seat(58), 'down')).toEqual({ flat: seat(58), bend: 'down', back: true });
    expect(leg(14, -132, -160)).toEqual({ angles: [14, -132, -160] });
    expect(kneeling(floor(50))).toEqual({ kneeling: { toe: floor(50), bend: 'up' } });
    expect(hand(desk(150))).toEqual({ hand: desk(150), bend: 'down' });
    expect(holds('kneeB', 'down')).toEqual({ holds: 'kneeB', bend: 'down' });
    expect(arm(15, 60)).toEqual({ angles: [15, 60] });
    expect(kneel('a', cushion(94), -16)).toEqual({ kneel: 'a', knee: cushion(94), thigh: -16 });
    expect(hipHighlight('B', 6, 2)).toEqual({
      bones: [['hipB', 'kneeB']],
      glow: { at: 'hipB', dx: 6, dy: 2 },
    });
  });

  it('gives every pose what stays put and its own moving parts, keys in the order of a Pose', () => {
    const still = limbs(toe(floor(92), 62), flat(floor(150)), hand(desk(154)), hand(desk(158)));
    const [a, b] = poses(
      still,
      { tilt: 8, pelvis: [122, 122], torso: 168 },
      { pelvis: [126, 125], torso: 172, tilt: -10 },
    );
    expect(a).toEqual({ ...still, pelvis: [122, 122], torso: 168, tilt: 8 });
    expect(Object.keys(a!)).toEqual(['pelvis', 'torso', 'tilt', 'legA', 'legB', 'armA', 'armB']);
    expect(Object.keys(b!)).toEqual(Object.keys(a!));
    expect(shapeProblems(a, b)).toEqual([]);
  });

  it('draws a knee bent toward the viewer as a straight, shorter leg, the thigh shortened', () => {
    const front = { view: 'front' as const, props: [] };
    const [pose] = poses(
      { torso: 180, roll: 0 },
      {
        pelvis: [120, 130],
        ...limbs(flat(floor(112), 'near'), flat(floor(128)), arm(0, 0), arm(0, 0)),
      },
    );
    const { joints: j, foreshortened, problems } = solvePose(pose!, front);
    expect(problems).toEqual([]);
    expect(foreshortened).toEqual(['kneeA']);
    // On the line from hip to ankle, the shin at its length.
    const cross =
      (j.kneeA[0] - j.hipA[0]) * (j.ankleA[1] - j.hipA[1]) -
      (j.kneeA[1] - j.hipA[1]) * (j.ankleA[0] - j.hipA[0]);
    expect(Math.abs(cross)).toBeLessThan(1e-6);
    expect(dist(j.kneeA, j.ankleA)).toBeCloseTo(bodyFor('front').shin, 6);
    expect(dist(j.hipA, j.kneeA)).toBeLessThan(bodyFor('front').thigh - 5);
    // The usual bend would have kinked the same leg sideways.
    expect(Math.abs(j.kneeB[0] - (j.hipB[0] + j.ankleB[0]) / 2)).toBeGreaterThan(5);
  });

  it('places a leg seen from the front where its knee and ankle appear, never longer than its bones', () => {
    const front = { view: 'front' as const, props: [] };
    const ok = poses(
      { torso: 180, roll: 0 },
      {
        pelvis: [120, 114],
        ...limbs(seen([113, 126], [112, 162], -90), flat(floor(128)), arm(0, 0), arm(0, 0)),
      },
    )[0]!;
    expect(solvePose(ok, front).joints.kneeA).toEqual([113, 126]);
    expect(solvePose(ok, front).problems).toEqual([]);
    const tooLong = { ...ok, legA: seen([113, 170], [112, 175], -90) };
    expect(solvePose(tooLong, front).problems).toEqual([
      expect.stringMatching(/^leg A: the thigh drawn 56\.0 long, more than 37$/),
    ]);
  });

  it('swaps the sides of a pose, limb for limb, keeping the rest', () => {
    const [pose] = poses(
      { torso: 178 },
      {
        pelvis: [120, 119],
        ...limbs(ankle(floor(92, 8), 55), ankle(floor(146), 105), arm(20, 40), arm(-20, -10)),
      },
    );
    expect(swapSides(pose!)).toEqual({
      ...pose,
      legA: pose!.legB,
      legB: pose!.legA,
      armA: pose!.armB,
      armB: pose!.armA,
    });
    expect(Object.keys(swapSides(pose!))).toEqual(Object.keys(pose!));
  });
});
