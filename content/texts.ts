/** A move's words in the loaded language (the keys: content/text-keys.ts). */
import { t } from '@/lib/i18n';
import { moveKey, moveTextKeys, type MoveTexts } from './text-keys';
import type { MoveDetails } from './types';

export { moveKey, moveTextKeys, type MoveTexts } from './text-keys';

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

/** A move's words, in the loaded language (or through `say`). */
export function moveTexts(
  move: { id: string } & Pick<MoveDetails, 'steps' | 'cautions'>,
  say: (key: string) => string = t,
): MoveTexts {
  return mapTexts(moveTextKeys(move), say);
}

/** A move's name in the loaded language. */
export const moveName = (id: string): string => t(moveKey(id, 'name'));
