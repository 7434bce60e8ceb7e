/**
 * The whole library at once, for tests and review scripts only. The prompt
 * loads one move with loadStretch (content/load.ts); a unit test checks that
 * no page imports this module.
 */
import { catalog } from './catalog';
import { resolveMove } from './timing';
import type { MoveDetails, Stretch } from './types';

const modules = import.meta.glob<MoveDetails>('./moves/*.ts', { import: 'default', eager: true });

/** Every move in catalog order; throws if a catalog entry has no module. */
export function allStretches(): Stretch[] {
  return catalog.map((entry) => {
    const details = modules[`./moves/${entry.id}.ts`];
    if (!details) throw new Error(`content/moves/${entry.id}.ts is missing`);
    return resolveMove(entry, details);
  });
}

/** The ids of the move modules, whether or not the catalog lists them. */
export const moduleIds = (): string[] =>
  Object.keys(modules).map((file) => file.replace(/^\.\/moves\/|\.ts$/g, ''));

export const stretches: readonly Stretch[] = allStretches();
export const stretchById: ReadonlyMap<string, Stretch> = new Map(stretches.map((s) => [s.id, s]));
