/** The words of moves and the safety notice in each shipped language, read from messages.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mapTexts, moveTextKeys, type MoveTexts } from '@/content/text-keys';
import type { MoveDetails } from '@/content/types';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type Messages = Record<string, { message: string; description?: string }>;

const cache = new Map<string, Messages>();
export function messagesOf(lang: string): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = JSON.parse(
      readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
    ) as Messages;
    cache.set(lang, m);
  }
  return m;
}

/** A message in one language; '' when it is missing, so a test sees the gap. */
export const say = (lang: string) => (key: string) => messagesOf(lang)[key]?.message ?? '';

/** A text in English and Spanish, as the content checks compare them. */
export interface Localized {
  en: string;
  es: string;
}

export const both = (key: string): Localized => ({ en: say('en')(key), es: say('es')(key) });

type Move = { id: string } & Pick<MoveDetails, 'steps' | 'cautions'>;

/** A move's words in one language. */
export const textsIn = (move: Move, lang: string): MoveTexts =>
  mapTexts(moveTextKeys(move), say(lang));

/** A move's words in English. */
export const english = (move: Move): MoveTexts => textsIn(move, 'en');

/** A move's words in English and Spanish side by side. */
export const bilingual = (move: Move): MoveTexts<Localized> => mapTexts(moveTextKeys(move), both);
