/**
 * One move at a time, for the prompt: each content/moves/<id>.ts becomes its
 * own chunk (a lazy import.meta.glob), so the page loads the catalog and the
 * one move it shows, never the whole library.
 */
import { catalogById } from './catalog';
import { resolveMove } from './timing';
import type { MoveDetails, Stretch } from './types';

const modules = import.meta.glob<MoveDetails>('./moves/*.ts', { import: 'default' });

/** The whole move with this id, or null for an id the library does not have. */
export async function loadStretch(id: string): Promise<Stretch | null> {
  const entry = catalogById.get(id);
  const load = modules[`./moves/${id}.ts`];
  if (!entry || !load) return null;
  return resolveMove(entry, await load());
}
