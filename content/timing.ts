/**
 * Seconds between the two sides of a per-side move, by position: the one
 * place the switch time comes from. Kneeling means getting up with the
 * desk, moving the cushion's knee and getting down again; a move may only
 * ask for more than its position's time (the chair lunge does), never less.
 */
import type { CatalogEntry, MoveDetails, Position, Stretch } from './types';

export const SWITCH_SECONDS: Readonly<Record<Position, number>> = {
  standing: 6,
  seated: 8,
  kneeling: 15,
};

/** A whole move from its catalog entry and its details, the switch time resolved. */
export function resolveMove(entry: CatalogEntry, details: MoveDetails): Stretch {
  const { switchSeconds, ...rest } = details;
  return {
    ...entry,
    ...rest,
    switchSeconds: details.perSide
      ? Math.max(switchSeconds ?? 0, SWITCH_SECONDS[entry.position])
      : 0,
  };
}
