/**
 * Words by key, in one language: the page's (or the worker's) language is
 * loaded once, as the one `_locales/<lang>/messages.json` it needs, fetched
 * from the package. Which language comes from the `language` setting
 * (core/languages.ts); plurals, lists and numbers from `Intl`.
 *
 * Why fetch and not the browser's `i18n.getMessage`: that one always follows
 * the browser's language, and the setting can pick another. Why not a
 * bundled module per language: the JSON is parsed faster than the same text
 * as a script, stays out of every page's script budget, and a language is
 * one file a translator edits, read as it is.
 */
import { browser } from 'wxt/browser';
import { chooseLanguage, languageTag } from '@/core/languages';

export interface Message {
  message: string;
  description?: string;
}
export type Messages = Readonly<Record<string, Message>>;

interface Loaded {
  folder: string;
  tag: string;
  messages: Messages;
  plurals: Intl.PluralRules;
}

let loaded: Loaded | null = null;

/** `$1`…`$9` replaced by the substitutions, `$$` by `$`, as the WebExtension format does. */
export function fill(message: string, substitutions?: string | readonly string[]): string {
  const list =
    substitutions === undefined
      ? []
      : typeof substitutions === 'string'
        ? [substitutions]
        : substitutions;
  return message.replace(/\$(\$|\d)/g, (_, n: string) =>
    n === '$' ? '$' : (list[Number(n) - 1] ?? ''),
  );
}

/** Makes `messages` the words every t() call reads, as language `folder` (`en`, `pt_BR`). */
export function setMessages(folder: string, messages: Messages): void {
  const tag = languageTag(folder);
  loaded = { folder, tag, messages, plurals: new Intl.PluralRules(tag) };
}

async function fetchMessages(folder: string): Promise<Messages> {
  // Any folder of _locales: wider than the typed list of the package's paths.
  const url = (browser.runtime.getURL as (path: string) => string)(
    `/_locales/${folder}/messages.json`,
  );
  const response = await fetch(url);
  return (await response.json()) as Messages;
}

/**
 * Loads the language a setting means (`auto` or a folder name), unless it is
 * the one loaded; returns its folder name.
 */
export async function loadLanguage(
  setting: string,
  load: (folder: string) => Promise<Messages> = fetchMessages,
): Promise<string> {
  const folder = chooseLanguage(setting, [browser.i18n.getUILanguage()]);
  if (loaded?.folder === folder) return folder;
  try {
    setMessages(folder, await load(folder));
  } catch (error) {
    // A package without that file is broken, but the page still works: the browser's own i18n answers.
    console.error(`Unsit: the words for ${folder} did not load`, error);
  }
  return folder;
}

/**
 * A message in the loaded language, substitutions filled; the key itself
 * when missing, so gaps show (a test checks every key in every language).
 * Before any language is loaded (a worker that has not needed words yet)
 * the browser's own `i18n` answers, in the browser's language.
 */
export function t(key: string, substitutions?: string | readonly string[]): string {
  if (!loaded) {
    // Keys are checked by a test against messages.json; the generated key union is too narrow for composed keys.
    return browser.i18n.getMessage(key as 'extName', substitutions as string[]) || key;
  }
  const message = loaded.messages[key]?.message;
  return message === undefined ? key : fill(message, substitutions);
}

/**
 * The plural form of `key` for `count`: `<key>_<category>` by
 * Intl.PluralRules (`_one`, `_few`, `_many`, `_other`…), else `<key>_other`.
 * `$1` is the count, formatted; further substitutions follow it.
 */
export function plural(key: string, count: number, more: readonly string[] = []): string {
  const rules = loaded?.plurals ?? new Intl.PluralRules(language());
  const form = `${key}_${rules.select(count)}`;
  const has = loaded
    ? loaded.messages[form] !== undefined
    : browser.i18n.getMessage(form as 'extName') !== '';
  return t(has ? form : `${key}_other`, [formatNumber(count), ...more]);
}

/** The loaded language as a BCP 47 tag (`en`, `pt-BR`), for `lang` and every `Intl` formatter. */
export function language(): string {
  return loaded?.tag ?? browser.i18n.getUILanguage();
}

/** The loaded language's folder name (`en`, `pt_BR`). */
export function languageFolder(): string {
  return loaded?.folder ?? chooseLanguage('auto', [browser.i18n.getUILanguage()]);
}

/** `ltr` or `rtl`: the loaded language's `textDirection` message. */
export function textDirection(): 'ltr' | 'rtl' {
  return loaded?.messages.textDirection?.message === 'rtl' ? 'rtl' : 'ltr';
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(language()).format(n);
}

/** "desk, wall and cushion": a list in the loaded language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(language(), { type }).format(items);
}
