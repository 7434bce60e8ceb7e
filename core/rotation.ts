/**
 * Which stretch to show next: never one of the last few shown, only the
 * ones the user allows, favourites more often.
 */
import type { Need, Position } from '@/content/types';

export interface RotationChoice {
  id: string;
  position: Position;
  needs: readonly Need[];
}

export interface RotationPrefs {
  disabledStretches: readonly string[];
  seatedOnly: boolean;
  /** The user's chair rolls: no move that needs one that cannot. */
  chairRolls: boolean;
  noKneeling: boolean;
  favourites: readonly string[];
  /** Moves last felt in the lower back or a knee (issue #23): drawn less often. */
  bothered?: readonly string[];
}

/** A favourite is this many times as likely to be drawn. */
export const FAVOURITE_WEIGHT = 3;
/** A move that bothered the lower back or a knee is this fraction as likely. */
export const BOTHERED_WEIGHT = 0.25;

export type MoveFilter = 'seatedOnly' | 'noKneeling' | 'chairRolls';

/** The settings filter that leaves a move out ("No kneeling", "Seated only", "My chair rolls"), or null. */
export function leftOutBy(
  s: Pick<RotationChoice, 'position' | 'needs'>,
  prefs: Pick<RotationPrefs, MoveFilter>,
): MoveFilter | null {
  if (prefs.seatedOnly && s.position !== 'seated') return 'seatedOnly';
  if (prefs.noKneeling && s.position === 'kneeling') return 'noKneeling';
  if (prefs.chairRolls && s.needs.includes('fixed-chair')) return 'chairRolls';
  return null;
}

/**
 * The stretches the user allows. Never a hidden one: settings that would
 * leave too few are refused (core/settings.ts), so there is no fallback here.
 */
export function eligible<T extends RotationChoice>(
  library: readonly T[],
  prefs: Omit<RotationPrefs, 'favourites'>,
): T[] {
  return library.filter((s) => !prefs.disabledStretches.includes(s.id) && !leftOutBy(s, prefs));
}

/** How many recent stretches may not repeat: min(5, choices − 1). */
export function noRepeatWindow(choices: number): number {
  return Math.max(0, Math.min(5, choices - 1));
}

/**
 * Picks the next stretch. `recent` is newest first; `random` returns [0, 1).
 * Returns null only when the preferences allow nothing.
 */
export function pickStretch<T extends RotationChoice>(
  library: readonly T[],
  recent: readonly string[],
  prefs: RotationPrefs,
  random: () => number = Math.random,
): T | null {
  const pool = eligible(library, prefs);
  const blocked = new Set(recent.slice(0, noRepeatWindow(pool.length)));
  const candidates = pool.filter((s) => !blocked.has(s.id));
  if (candidates.length === 0) return null;
  const weight = (s: T) =>
    (prefs.favourites.includes(s.id) ? FAVOURITE_WEIGHT : 1) *
    (prefs.bothered?.includes(s.id) ? BOTHERED_WEIGHT : 1);
  const total = candidates.reduce((sum, s) => sum + weight(s), 0);
  let ticket = random() * total;
  for (const s of candidates) {
    ticket -= weight(s);
    if (ticket < 0) return s;
  }
  return candidates[candidates.length - 1] ?? null;
}

/** The rotation list after showing `id`: newest first, bounded. */
export function remember(recent: readonly string[], id: string, keep = 10): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, keep);
}
