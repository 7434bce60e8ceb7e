/** A move's words in the page's language (where they are: content/text-keys.ts). */
import { moveKey, moveTextKeys, mapTexts, type MoveTexts } from '@/content/text-keys';
import type { MoveDetails } from '@/content/types';
import { t } from '@/lib/i18n';

/** A move's words, in the loaded language (or through `say`). */
export function moveTexts(
  move: { id: string } & Pick<MoveDetails, 'steps' | 'cautions'>,
  say: (key: string) => string = t,
): MoveTexts {
  return mapTexts(moveTextKeys(move), say);
}

/** A move's name in the loaded language. */
export function moveName(id: string): string {
  const key = moveKey(id, 'name');
  return t(key);
}
