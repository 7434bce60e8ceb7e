/**
 * Draws a move's figure (content/figure/) as SVG markup: props, then the far
 * limbs, the body, the near limbs and the highlighted target area. Moving
 * parts carry SMIL <animate> elements over the poses of the figure's
 * timeline; `still` draws one pose and no animation (reduced motion).
 *
 * Markup, not DOM nodes, so the same code renders in Node for the review
 * sheet (scripts/figure-sheet.ts); the page parses it with DOMParser. It only
 * ever contains numbers and fixed element names.
 */
import {
  BACKREST_TOP,
  CUSHION_TOP,
  DESK_TOP,
  FLOOR_Y,
  HEAD_R,
  LIMB_R,
  SEAT_TOP,
  SEAT_W,
  TORSO_R,
  VIEW_H,
  VIEW_W,
} from '@/content/figure/scene';
import { dir, radiusAt, solvePose } from '@/content/figure/solve';
import { repeats, stillPose, timeline } from '@/content/figure/timeline';
import type { Arrow, Figure, Joint, Pose, Prop, Pt } from '@/content/figure/types';

type Joints = Record<Joint, Pt>;
/** A solved pose: its joints, and the pose for what is not a joint (the pelvic tilt). */
interface Frame {
  j: Joints;
  pose: Pose;
}

const n = (x: number) => String(Math.round(x * 10) / 10);
const pt = (p: Pt) => `${n(p[0])} ${n(p[1])}`;
const line = (...ps: Pt[]) => ps.map((p, i) => `${i === 0 ? 'M' : 'L'}${pt(p)}`).join(' ');
const circle = (c: Pt, r: number) =>
  `M${n(c[0] - r)} ${n(c[1])} a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0 a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`;

/** One moving (or, with a single shape, still) path. */
interface Part {
  cls: string;
  width?: number;
  d: (f: Frame) => string;
}

function parts(figure: Figure): { back: Part[]; front: Part[] } {
  const leg =
    (s: 'A' | 'B') =>
    ({ j }: Frame) =>
      line(j[`hip${s}`], j[`knee${s}`], j[`ankle${s}`], j[`toe${s}`]);
  const arm =
    (s: 'A' | 'B') =>
    ({ j }: Frame) =>
      line(j[`shoulder${s}`], j[`elbow${s}`], j[`hand${s}`]);
  const limb = 2 * LIMB_R;
  const hi = figure.highlight;
  const highlighted = (far: boolean): Part[] =>
    hi.bones
      .filter(([a, b]) => a.endsWith('B') === far && b.endsWith('B') === far)
      .map(([a, b]) => ({ cls: 'mf-hi', width: limb, d: ({ j }: Frame) => line(j[a], j[b]) }));
  const torso: Part =
    figure.view === 'side'
      ? { cls: 'mf-torso', width: 2 * TORSO_R, d: ({ j }) => line(j.pelvis, j.chest) }
      : {
          cls: 'mf-torso mf-fill',
          width: LIMB_R,
          d: ({ j }) => `${line(j.hipA, j.shoulderA, j.shoulderB, j.hipB)} Z`,
        };
  const glow = hi.glow;
  const back: Part[] = [
    {
      cls: 'mf-glow',
      d: ({ j }) =>
        circle([j[glow.at][0] + (glow.dx ?? 0), j[glow.at][1] + (glow.dy ?? 0)], glow.r ?? 13),
    },
    { cls: 'mf-limb mf-far', width: limb, d: leg('B') },
    // Seen from the front, both arms are in view; only the legs cross.
    { cls: figure.view === 'side' ? 'mf-limb mf-far' : 'mf-limb', width: limb, d: arm('B') },
    ...highlighted(true),
  ];
  const front: Part[] = [
    torso,
    { cls: 'mf-head', d: ({ j }) => circle(j.head, HEAD_R) },
    { cls: 'mf-limb', width: limb, d: leg('A') },
    { cls: 'mf-limb', width: limb, d: arm('A') },
    ...highlighted(false),
    // Over the hands on the hips: the pelvis is the point of a tilt.
    ...(figure.showPelvis
      ? [
          {
            cls: 'mf-hi',
            width: 2 * LIMB_R,
            d: ({ j, pose }: Frame) => {
              // From the front: hip to hip, dropping with the roll.
              if (figure.view === 'front') return line(j.hipA, j.hipB);
              // The pelvis seen from the side, back (sacrum) to front (pubic bone);
              // a negative tilt (tucked) lifts the front.
              const v = dir(90 - (pose.tilt ?? 0));
              return line(
                [j.pelvis[0] - 9 * v[0], j.pelvis[1] - 9 * v[1]],
                [j.pelvis[0] + 9 * v[0], j.pelvis[1] + 9 * v[1]],
              );
            },
          },
        ]
      : []),
  ];
  return { back, front };
}

function propMarkup(p: Prop): string {
  const rect = (x: number, y: number, w: number, h: number, cls = 'mf-prop', rx = 1.5) =>
    `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(rx)}"/>`;
  switch (p.kind) {
    case 'desk': {
      const cls = p.behind ? 'mf-prop mf-behind' : 'mf-prop';
      return [
        rect(p.x, DESK_TOP, p.width, 5, cls),
        // The legs are set in from the edges, as on most desks, so feet fit under the top.
        rect(p.x + 22, DESK_TOP + 5, 4, FLOOR_Y - DESK_TOP - 5, cls, 0),
        rect(p.x + p.width - 26, DESK_TOP + 5, 4, FLOOR_Y - DESK_TOP - 5, cls, 0),
      ].join('');
    }
    case 'chair': {
      // Four plain legs, no wheels: the chair that cannot roll.
      const cls = p.behind ? 'mf-prop mf-behind' : 'mf-prop';
      const legs = [p.x + 2, p.x + SEAT_W - 6].map((x) =>
        rect(x, SEAT_TOP + 4, 4, FLOOR_Y - SEAT_TOP - 4, cls, 0),
      );
      const backX = p.back === 'left' ? p.x : p.x + SEAT_W - 5;
      const backrest =
        p.back === 'none' ? '' : rect(backX, BACKREST_TOP, 5, SEAT_TOP - BACKREST_TOP, cls);
      return [rect(p.x, SEAT_TOP, SEAT_W, 5, cls), ...legs, backrest].join('');
    }
    case 'cushion':
      return rect(p.x, CUSHION_TOP, p.width, FLOOR_Y - CUSHION_TOP, 'mf-prop mf-soft', 3);
    case 'wall':
      // The face is a light wash; its edge is what shows where the wall is.
      return `${rect(p.x, 0, VIEW_W - p.x, FLOOR_Y, 'mf-wall', 0)}<path class="mf-edge" d="${line([p.x, 0], [p.x, FLOOR_Y])}"/>`;
  }
}

function arrowMarkup(a: Arrow, j: Joints): string {
  const head = (tip: Pt, along: Pt) => {
    const back: Pt = [tip[0] - 6 * along[0], tip[1] - 6 * along[1]];
    const side: Pt = [-along[1] * 4, along[0] * 4];
    return `<path class="mf-arrowhead" d="${line(tip, [back[0] + side[0], back[1] + side[1]], [back[0] - side[0], back[1] - side[1]])} Z"/>`;
  };
  if (a.kind === 'line') {
    const len = Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]) || 1;
    const u: Pt = [(a.to[0] - a.from[0]) / len, (a.to[1] - a.from[1]) / len];
    return `<path class="mf-arrow" d="${line(a.from, a.to)}"/>${head(a.to, u)}`;
  }
  const c = j[a.at];
  const at = (d: number): Pt => {
    const v = dir(d);
    return [c[0] + a.r * v[0], c[1] + a.r * v[1]];
  };
  const steps = 12;
  const pts = [...Array(steps + 1).keys()].map((k) => at(a.from + ((a.to - a.from) * k) / steps));
  // The tangent at an end, pointing the way the arrow travels.
  const tangent = (d: number, sign: number): Pt => {
    const v = dir(d + sign * 90);
    return [v[0], v[1]];
  };
  const sign = a.to > a.from ? 1 : -1;
  return [
    `<path class="mf-arrow" d="${line(...pts)}"/>`,
    head(at(a.to), tangent(a.to, sign)),
    a.both ? head(at(a.from), tangent(a.from, -sign)) : '',
  ].join('');
}

/** Never zoom in closer than this height: a small figure still shows some room around it. */
const MIN_FRAME_H = 130;

/**
 * The part of the room to show: the person in every pose the motion passes
 * through (and the arrows), down to the floor, at the room's proportions. A
 * kneeling or seated person is drawn larger than a standing one, and the
 * frame does not move while the figure does.
 */
export function frameOf(
  figure: Figure,
  frames: readonly Frame[],
  reserve = 0,
): [number, number, number, number] {
  let [minX, maxX, minY] = [Infinity, -Infinity, Infinity];
  for (const { j } of frames) {
    for (const [joint, [x, y]] of Object.entries(j) as [Joint, Pt][]) {
      const r = radiusAt(joint);
      [minX, maxX, minY] = [Math.min(minX, x - r), Math.max(maxX, x + r), Math.min(minY, y - r)];
    }
  }
  const first = frames[0];
  for (const a of figure.arrows ?? []) {
    if (a.kind === 'turn' && first) {
      const [x, y] = first.j[a.at];
      [minX, maxX, minY] = [
        Math.min(minX, x - a.r),
        Math.max(maxX, x + a.r),
        Math.min(minY, y - a.r),
      ];
    }
  }
  // Room on the left for an inset view.
  minX -= reserve;
  const bottom = Math.min(VIEW_H, FLOOR_Y + 5);
  let h = Math.max(MIN_FRAME_H, bottom - (minY - 8));
  let w = (h * VIEW_W) / VIEW_H;
  if (maxX - minX + 16 > w) {
    w = maxX - minX + 16;
    h = (w * VIEW_H) / VIEW_W;
  }
  [w, h] = [Math.min(w, VIEW_W), Math.min(h, VIEW_H)];
  const x = Math.min(Math.max((minX + maxX) / 2 - w / 2, 0), VIEW_W - w);
  const y = Math.min(Math.max(bottom - h, 0), VIEW_H - h);
  return [x, y, w, h];
}

/** An inset's width in the main drawing's units; the main frame makes room for it on the left. */
const INSET_W = 64;

/** One view's drawing: its frame and what goes inside it. */
function view(figure: Figure, opts: { still: boolean; pose?: Pose; reserve?: number }) {
  const solve = (pose: Pose): Frame => ({ j: solvePose(pose, figure).joints, pose });
  const still = opts.pose ?? stillPose(figure);
  if (!still) return undefined;
  const stillFrame = solve(still);
  const line_ = timeline(figure);
  const moving = line_.poses.map(solve);
  const frames = opts.still ? [] : moving;
  const box = frameOf(figure, moving, opts.reserve ?? 0);
  const keyTimes = line_.times.map((t) => String(Math.round(t * 1000) / 1000)).join(';');
  const dur = `${n(figure.seconds)}s`;
  const count = String(repeats(figure));

  const draw = (part: Part) => {
    const attrs = `class="${part.cls}"${part.width ? ` stroke-width="${n(part.width)}"` : ''}`;
    const d = part.d(stillFrame);
    const values = frames.map(part.d);
    const moves = values.some((v) => v !== values[0]);
    if (!moves) return `<path ${attrs} d="${d}"/>`;
    // fill="freeze": after the last loop the drawing rests on the move itself.
    const animate = `<animate attributeName="d" dur="${dur}" repeatCount="${count}" fill="freeze" calcMode="linear" keyTimes="${keyTimes}" values="${values.join(';')}"/>`;
    return `<path ${attrs} d="${values[0] ?? d}">${animate}</path>`;
  };

  const { back, front } = parts(figure);
  const floor = `<path class="mf-floor" d="${line([0, FLOOR_Y + 1], [VIEW_W, FLOOR_Y + 1])}"/>`;
  const markup = [
    figure.props.map(propMarkup).join(''),
    floor,
    back.map(draw).join(''),
    front.map(draw).join(''),
    (figure.arrows ?? []).map((a) => arrowMarkup(a, stillFrame.j)).join(''),
  ].join('');
  return { box, markup };
}

/**
 * The whole drawing. `still` draws one pose without animation: the figure's
 * still pose, or `pose` when given (the review sheet draws each key pose).
 * A figure with an `inset` shows it small in the top left corner, framed:
 * the same move seen from the side, moving in step.
 */
export function figureSvg(figure: Figure, opts: { still: boolean; pose?: Pose }): string {
  // The inset at the same key pose as the main drawing, when one is named.
  const key = opts.pose ? figure.frames.indexOf(opts.pose) : -1;
  const insetPose = figure.inset?.frames[key];
  const inset = figure.inset
    ? view(figure.inset, insetPose ? { still: opts.still, pose: insetPose } : { still: opts.still })
    : undefined;
  const main = view(figure, { ...opts, reserve: inset ? INSET_W + 4 : 0 });
  if (!main) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW_W} ${VIEW_H}"/>`;
  let small = '';
  if (inset) {
    const [x, y] = main.box;
    const [ix, iy, iw, ih] = inset.box;
    const k = INSET_W / iw;
    const at = `x="${n(x + 2)}" y="${n(y + 2)}" width="${n(INSET_W)}" height="${n(ih * k)}"`;
    // One group scaled into the corner, clipped to the inset's own frame (no
    // nested <svg>: the page's styles and tests address the drawing's one svg).
    const id = `mf-inset-${n(ix)}-${n(iy)}-${n(iw)}`.replace(/\./g, '_');
    const frame = `x="${n(ix)}" y="${n(iy)}" width="${n(iw)}" height="${n(ih)}"`;
    small = [
      `<rect class="mf-inset" ${at} rx="3"/>`,
      `<clipPath id="${id}"><rect ${frame}/></clipPath>`,
      `<g transform="translate(${n(x + 2)} ${n(y + 2)}) scale(${String(Math.round(k * 1e4) / 1e4)}) translate(${n(-ix)} ${n(-iy)})">`,
      `<g clip-path="url(#${id})">${inset.markup}</g></g>`,
    ].join('');
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="mf" viewBox="${main.box.map(n).join(' ')}">`,
    main.markup,
    small,
    '</svg>',
  ].join('');
}
