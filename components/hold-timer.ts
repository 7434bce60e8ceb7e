/** Where a per-side hold timer stands after `elapsedMs`. Pure, so the component stays simple. */
export const SWITCH_MS = 5000;

export type TimerView =
  | { phase: 'hold'; side: 1 | 2; remainingMs: number; fraction: number }
  | { phase: 'switch'; remainingMs: number }
  | { phase: 'finished' };

export function timerAt(elapsedMs: number, holdSeconds: number, perSide: boolean): TimerView {
  const hold = holdSeconds * 1000;
  const t = Math.max(0, elapsedMs);
  if (t < hold) return { phase: 'hold', side: 1, remainingMs: hold - t, fraction: t / hold };
  if (!perSide) return { phase: 'finished' };
  if (t < hold + SWITCH_MS) return { phase: 'switch', remainingMs: hold + SWITCH_MS - t };
  const second = t - hold - SWITCH_MS;
  if (second < hold) {
    return { phase: 'hold', side: 2, remainingMs: hold - second, fraction: second / hold };
  }
  return { phase: 'finished' };
}

/** The moments a hold ends, for the chime: after side one, and at the very end. */
export function holdEnds(holdSeconds: number, perSide: boolean): number[] {
  const hold = holdSeconds * 1000;
  return perSide ? [hold, 2 * hold + SWITCH_MS] : [hold];
}
