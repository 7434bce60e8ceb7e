/**
 * Two pseudo-languages made from the English messages, for the layout test
 * build only (`npm run build:e2e:pseudo`, wxt.config.ts): they are written
 * into that build as files, the way a real language is a folder, and never
 * into public/ or a production build.
 *
 * - `en_XA`: every letter accented and each message about 40% longer, with
 *   breakable filler words, as long translations (German, Polish) run;
 * - `ar_XB`: the same text written right to left (`textDirection` rtl), each
 *   message embedded right-to-left, with every plural form Arabic has.
 *
 * Placeholders (`$1`, `$$`) are kept as they are.
 */

export type Messages = Record<string, { message: string; description?: string }>;

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** About 40% longer: what a long translation adds, as words the layout can wrap. */
export const GROWTH = 0.4;

function accented(text: string): string {
  // Placeholders stay readable to the runtime: $1…$9 and $$.
  return text
    .split(/(\$\$|\$\d)/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')))
    .join('');
}

function longer(text: string): string {
  const extra = Math.ceil(text.length * GROWTH);
  if (extra === 0) return text;
  const words: string[] = [];
  let length = 0;
  // Words of 2-7 letters, as real ones are, so a line can break between them.
  for (let i = 0; length < extra; i += 1) {
    const word = 'ẋẋẋẋẋẋẋ'.slice(0, 2 + (i % 6));
    words.push(word);
    length += word.length + 1;
  }
  return `${text} ${words.join(' ')}`;
}

/** Keys whose message is not words. */
const NOT_WORDS = new Set(['textDirection']);

function transform(en: Messages, f: (text: string) => string): Messages {
  return Object.fromEntries(
    Object.entries(en).map(([key, { message }]) => [
      key,
      { message: NOT_WORDS.has(key) ? message : f(message) },
    ]),
  );
}

/** The plural forms a language's rules need, each from the English `_one` or `_other`. */
function withPlurals(messages: Messages, tag: string): Messages {
  const out = { ...messages };
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  for (const [key, other] of Object.entries(messages)) {
    if (!key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const c of categories) {
      out[`${base}_${c}`] ??= (c === 'one' ? messages[`${base}_one`] : undefined) ?? other;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// U+202B RIGHT-TO-LEFT EMBEDDING … U+202C POP DIRECTIONAL FORMATTING
const RTL = (text: string) => `\u202b${text}\u202c`;

/** `en_XA` and `ar_XB` from the English messages. */
export function pseudoLocales(en: Messages): Record<'en_XA' | 'ar_XB', Messages> {
  const xa = transform(en, (text) => longer(accented(text)));
  const xb = withPlurals(
    transform(en, (text) => RTL(longer(accented(text)))),
    'ar',
  );
  xb.textDirection = { message: 'rtl' };
  return { en_XA: xa, ar_XB: xb };
}
