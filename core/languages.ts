/**
 * The shipped languages and how the setting picks one. Pure: the browser's
 * own language comes in as an argument.
 */

declare const __UNSIT_LANGUAGES__: readonly string[];

/**
 * The `_locales` folder names (`en`, `es`, `pt_BR`…), read from the folders
 * at build time (build/languages.ts): no list of languages in the code.
 */
export const LANGUAGES: readonly string[] = __UNSIT_LANGUAGES__;

/** The language the package falls back to (the manifest's `default_locale`). */
export const DEFAULT_LANGUAGE = 'en';

/** `pt_BR` → `pt-BR`: the folder name as a BCP 47 tag for `lang` and `Intl`. */
export const languageTag = (folder: string): string => folder.replace(/_/g, '-');

/**
 * The shipped language a setting means. `auto` follows the browser: the
 * first of its languages that is shipped, region and all (`pt-BR`), else by
 * its base language (`es-MX` → `es`), else English. A named language that is
 * no longer shipped is treated as `auto`.
 */
export function chooseLanguage(
  setting: string,
  browserLanguages: readonly string[],
  shipped: readonly string[] = LANGUAGES,
): string {
  if (setting !== 'auto' && shipped.includes(setting)) return setting;
  const byTag = new Map(shipped.map((folder) => [languageTag(folder).toLowerCase(), folder]));
  for (const wanted of browserLanguages) {
    const tag = wanted.replace(/_/g, '-').toLowerCase();
    const exact = byTag.get(tag);
    if (exact) return exact;
    const base = byTag.get(tag.split('-')[0] ?? '');
    if (base) return base;
  }
  return shipped.includes(DEFAULT_LANGUAGE) ? DEFAULT_LANGUAGE : (shipped[0] ?? DEFAULT_LANGUAGE);
}
