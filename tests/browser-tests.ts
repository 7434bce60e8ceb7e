/**
 * What both real-browser harnesses (tests/e2e for Chromium, tests/firefox)
 * share: waiting with a bound, the always-working settings, and how a test
 * knows the background follows settings it wrote.
 */

/** Rejects when `promise` takes longer than `ms`: no step of a test may hang. */
export async function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Timed out after ${ms} ms: ${what}`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it returns true; fails after `ms`, with the last error it saw. */
export async function until(
  check: () => Promise<boolean>,
  ms = 10_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms;
  let last: unknown = null;
  for (;;) {
    const ok = await bounded(check(), Math.max(1000, end - Date.now()), what).catch(
      (error: unknown) => {
        last = error;
        return false;
      },
    );
    if (ok) return;
    if (Date.now() > end) {
      const why = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`Timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Working days and hours that cover every moment, so tests do not depend on
 * the day and hour they run at. Tests of working hours set their own. A due
 * stretch opens the moment it is due and an ignored window stays: natural
 * moments (#27) have tests of their own (tests/e2e/moments.e2e.ts).
 */
export const ALWAYS_WORKING = {
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMinute: 0,
  workEndMinute: 1440,
  waitForPauseMinutes: 0 as const,
  remindIgnored: false,
};

/** The stored settings show every field of `change`: the background has followed it. */
export function followed(stored: Record<string, unknown> | undefined, change: object): boolean {
  return Boolean(
    stored &&
    Object.entries(change).every(([k, v]) => JSON.stringify(stored[k]) === JSON.stringify(v)),
  );
}
