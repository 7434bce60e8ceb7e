/**
 * Where a move's words are: messages named after its id, in
 * `public/_locales/<lang>/messages.json`. A move module says how many steps
 * and cautions it has; the keys follow from the id:
 * `move_<id>_name`, `_step1`…, `_cue`, `_caution1`…, `_easier`, `_harder`, `_alt`
 * (the id's hyphens as underscores).
 */
import type { MoveDetails } from './types';

export const moveKey = (id: string, part: string): string =>
  `move_${id.replace(/-/g, '_')}_${part}`;

export interface MoveTexts<T = string> {
  name: T;
  steps: T[];
  cue: T;
  cautions: T[];
  easier: T;
  harder: T;
  alt: T;
}

const numbered = (id: string, part: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => moveKey(id, `${part}${String(i + 1)}`));

/** The keys of every word of a move. */
export function moveTextKeys(
  move: { id: string } & Pick<MoveDetails, 'steps' | 'cautions'>,
): MoveTexts {
  const { id } = move;
  return {
    name: moveKey(id, 'name'),
    steps: numbered(id, 'step', move.steps),
    cue: moveKey(id, 'cue'),
    cautions: numbered(id, 'caution', move.cautions),
    easier: moveKey(id, 'easier'),
    harder: moveKey(id, 'harder'),
    alt: moveKey(id, 'alt'),
  };
}

/** The same texts, each one turned into something else (a key into its words). */
export function mapTexts<A, B>(texts: MoveTexts<A>, f: (a: A) => B): MoveTexts<B> {
  return {
    name: f(texts.name),
    steps: texts.steps.map((x) => f(x)),
    cue: f(texts.cue),
    cautions: texts.cautions.map((x) => f(x)),
    easier: f(texts.easier),
    harder: f(texts.harder),
    alt: f(texts.alt),
  };
}
