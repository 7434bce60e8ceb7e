/**
 * The moves for the prompt, in its own script (an eager import.meta.glob):
 * with their words in messages.json a move is only its structure and figure
 * (0.2–0.4 KB gzipped), so the whole library costs less than the round trip
 * a chunk per move took before the stretch could show (issue #22).
 */
import { catalogById } from './catalog';
import { resolveMove } from './timing';
import type { MoveDetails, Stretch } from './types';

const modules = import.meta.glob<MoveDetails>('./moves/*.ts', { import: 'default', eager: true });

/** The whole move with this id, or null for an id the library does not have. */
export function loadStretch(id: string): Promise<Stretch | null> {
  const entry = catalogById.get(id);
  const details = modules[`./moves/${id}.ts`];
  return Promise.resolve(entry && details ? resolveMove(entry, details) : null);
}
