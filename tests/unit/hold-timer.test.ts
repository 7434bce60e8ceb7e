import { describe, expect, it } from 'vitest';
import { planFor, sideEnds, viewAt, type TimerPlan } from '@/components/hold-timer';
import { SWITCH_SECONDS } from '@/content/timing';

const hold30 = planFor({ timer: { kind: 'hold', seconds: 30 }, perSide: true, switchSeconds: 15 });
const reps8 = planFor({
  timer: { kind: 'reps', count: 8, secondsPerRep: 5 },
  perSide: true,
  switchSeconds: 6,
});
const walk = planFor({ timer: { kind: 'time', seconds: 120 }, perSide: false, switchSeconds: 0 });

describe('planFor', () => {
  it.each<[string, TimerPlan, TimerPlan]>([
    [
      'a per-side hold',
      hold30,
      { kind: 'hold', perSide: true, activeMs: 30_000, switchMs: 15_000, count: 0, positionMs: 0 },
    ],
    [
      'repetitions: count times pace',
      reps8,
      { kind: 'reps', perSide: true, activeMs: 40_000, switchMs: 6000, count: 8, positionMs: 0 },
    ],
    [
      'movement time, one side',
      walk,
      { kind: 'time', perSide: false, activeMs: 120_000, switchMs: 0, count: 0, positionMs: 0 },
    ],
  ])('%s', (_what, plan, expected) => {
    expect(plan).toEqual(expected);
  });

  it('ignores a switch time when the move is not per side', () => {
    expect(
      planFor({ timer: { kind: 'hold', seconds: 20 }, perSide: false, switchSeconds: 9 }).switchMs,
    ).toBe(0);
  });
});

describe('viewAt', () => {
  it.each([
    // elapsed, expected (a per-side 30 s hold with a 15 s kneeling switch)
    [-500, { phase: 'active', side: 1, remainingMs: 30_000, fraction: 0, rep: 0 }],
    [0, { phase: 'active', side: 1, remainingMs: 30_000, fraction: 0, rep: 0 }],
    [29_000, { phase: 'active', side: 1, remainingMs: 1000 }],
    [30_000, { phase: 'switch', remainingMs: 15_000 }],
    [44_999, { phase: 'switch', remainingMs: 1 }],
    [45_000, { phase: 'active', side: 2, remainingMs: 30_000, fraction: 0 }],
    [60_000, { phase: 'active', side: 2, remainingMs: 15_000, fraction: 0.5 }],
    [75_000, { phase: 'finished' }],
    [1e9, { phase: 'finished' }],
  ])('a kneeling hold at %i ms', (elapsed, expected) => {
    expect(viewAt(hold30, elapsed)).toMatchObject(expected);
  });

  it.each([
    [0, 1, 1],
    [4999, 1, 1],
    [5000, 1, 2],
    [39_999, 1, 8],
    [46_000, 2, 1],
    [85_999, 2, 8],
  ])('repetitions at %i ms: side %i, repetition %i', (elapsed, side, rep) => {
    expect(viewAt(reps8, elapsed)).toMatchObject({ phase: 'active', side, rep });
  });

  it('counts every repetition once per side, from 1 to the count', () => {
    const seen = new Set<number>();
    for (let ms = 0; ms < reps8.activeMs; ms += 250) {
      const v = viewAt(reps8, ms);
      if (v.phase === 'active') seen.add(v.rep);
    }
    expect([...seen]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('runs movement time once, with no switch', () => {
    expect(viewAt(walk, 60_000)).toMatchObject({ phase: 'active', side: 1, remainingMs: 60_000 });
    expect(viewAt(walk, 120_000)).toEqual({ phase: 'finished' });
  });
});

describe('sideEnds', () => {
  it.each([
    [hold30, [30_000, 75_000]],
    [reps8, [40_000, 86_000]],
    [walk, [120_000]],
  ])('chimes at the end of each side', (plan, ends) => {
    expect(sideEnds(plan)).toEqual(ends);
  });
});

describe('switch time by position', () => {
  it('gives kneeling the longest switch, and every position more than 5 s', () => {
    expect(SWITCH_SECONDS.kneeling).toBeGreaterThan(SWITCH_SECONDS.seated);
    expect(SWITCH_SECONDS.kneeling).toBeGreaterThan(SWITCH_SECONDS.standing);
    for (const s of Object.values(SWITCH_SECONDS)) expect(s).toBeGreaterThan(5);
  });
});
