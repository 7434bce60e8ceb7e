/**
 * The poses an animated figure passes through, and when. The renderer draws
 * exactly these, and the meta-test checks exactly these, so an in-between
 * pose cannot put a foot through the floor unnoticed.
 */
import { lerpPose } from './solve';
import type { Figure, Pose } from './types';

/** In-between poses per stretch of motion between two key poses. */
export const STEPS = 6;
/** About how long the motion plays before resting on the still pose. */
export const MOTION_SECONDS = 12;

export interface Timeline {
  /** 0 to 1, one per pose, increasing */
  times: number[];
  poses: Pose[];
}

/** Slow at both ends, like a person moving with control. */
const ease = (t: number) => t * t * (3 - 2 * t);

/** Key poses `from` -> `to` (inclusive) with eased in-between poses, over [t0, t1]. */
function path(frames: readonly Pose[], order: number[], t0: number, t1: number, eased: boolean) {
  const times: number[] = [];
  const poses: Pose[] = [];
  const segments = order.length - 1;
  for (let s = 0; s < segments; s += 1) {
    const a = frames[order[s] ?? 0];
    const b = frames[order[s + 1] ?? 0];
    if (!a || !b) continue;
    for (let k = s === 0 ? 0 : 1; k <= STEPS; k += 1) {
      const u = k / STEPS;
      times.push(t0 + ((t1 - t0) * (s + u)) / segments);
      poses.push(lerpPose(a, b, eased ? ease(u) : u));
    }
  }
  return { times, poses };
}

/**
 * pingpong: rest on the last pose (the move itself), go back to the first,
 * rest, come forward again and rest; so the loop starts and ends on the move.
 * cycle: through the poses in order and back to the first, at an even pace.
 */
export function timeline(figure: Figure): Timeline {
  const n = figure.frames.length;
  const idx = [...Array(n).keys()];
  if (figure.loop === 'cycle') {
    const { times, poses } = path(figure.frames, [...idx, 0], 0, 1, false);
    return { times, poses };
  }
  const back = path(figure.frames, [...idx].reverse(), 0.2, 0.45, true);
  const forth = path(figure.frames, idx, 0.55, 0.8, true);
  const last = figure.frames[n - 1];
  const first = figure.frames[0];
  if (!last || !first) return { times: [], poses: [] };
  return {
    times: [0, ...back.times, ...forth.times, 1],
    poses: [last, ...back.poses, ...forth.poses, last],
  };
}

/** How many loops fit in about MOTION_SECONDS (at least one). */
export const repeats = (figure: Figure) => Math.max(1, Math.round(MOTION_SECONDS / figure.seconds));

/** The pose shown when the user prefers reduced motion. */
export function stillPose(figure: Figure): Pose | undefined {
  return figure.frames[figure.still ?? figure.frames.length - 1];
}
