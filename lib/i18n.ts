/**
 * Words by key, in one language: the page's (or the worker's). Which
 * language comes from the `language` setting (core/languages.ts); plurals,
 * lists and numbers from `Intl`.
 *
 * When it is the browser's own (the setting on `auto`, or naming the
 * language the browser chose), the browser's `i18n.getMessage` answers: it
 * has that messages.json in memory already, so the page loads nothing more.
 * Another language is the one `_locales/<lang>/messages.json` it needs,
 * fetched from the package once, before the first render. Measured on the
 * popup (median time to the streak on screen, against the bench floor):
 * 1.02× before languages, 1.2–1.3× fetching the file on every open, back
 * to the first with the browser's own. Why not a bundled module per
 * language: the JSON is parsed faster than the same text as a script,
 * stays out of every page's script budget, and a language is one file a
 * translator edits, read as it is.
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
  /** null: the browser's own language, read through `i18n.getMessage`. */
  messages: Messages | null;
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

/**
 * Makes `messages` the words every t() call reads, as language `folder`
 * (`en`, `pt_BR`); null for the browser's own.
 */
export function setMessages(folder: string, messages: Messages | null): void {
  const tag = languageTag(folder);
  loaded = { folder, tag, messages, plurals: new Intl.PluralRules(tag) };
}

const fetches = new Map<string, Promise<Messages>>();

/** One fetch per language and page: a fetch started early (expectLanguage) is the one used. */
function fetchOnce(folder: string): Promise<Messages> {
  let pending = fetches.get(folder);
  if (!pending) {
    pending = fetchMessages(folder);
    fetches.set(folder, pending);
    pending.catch(() => fetches.delete(folder));
  }
  return pending;
}

/**
 * Starts fetching a language the page will probably need, before it has
 * read its settings: the fetch and the IndexedDB read then overlap.
 */
export function expectLanguage(folder: string): void {
  fetchOnce(folder).catch(() => undefined);
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
  load: (folder: string) => Promise<Messages> = fetchOnce,
): Promise<string> {
  const browserLanguages = [browser.i18n.getUILanguage()];
  const folder = chooseLanguage(setting, browserLanguages);
  const own = folder === chooseLanguage('auto', browserLanguages);
  if (loaded?.folder === folder && (loaded.messages === null) === own) return folder;
  if (own) {
    setMessages(folder, null);
    return folder;
  }
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
 * In the browser's own language (or before any is loaded: a worker that
 * has not needed words yet) the browser's `i18n` answers.
 */
export function t(key: string, substitutions?: string | readonly string[]): string {
  if (!loaded?.messages) {
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
  const has = loaded?.messages
    ? loaded.messages[form] !== undefined
    : browser.i18n.getMessage(form as 'extName') !== '';
  return t(has ? form : `${key}_other`, [formatNumber(count), ...more]);
}

/** The loaded language as a BCP 47 tag (`en`, `pt-BR`), for `lang` and every `Intl` formatter. */
export function language(): string {
  return loaded?.tag ?? languageTag(languageFolder());
}

/** The loaded language's folder name (`en`, `pt_BR`). */
export function languageFolder(): string {
  return loaded?.folder ?? chooseLanguage('auto', [browser.i18n.getUILanguage()]);
}

/** `ltr` or `rtl`: the loaded language's `textDirection` message. */
export function textDirection(): 'ltr' | 'rtl' {
  const dir = loaded?.messages
    ? loaded.messages.textDirection?.message
    : browser.i18n.getMessage('textDirection' as 'extName');
  return dir === 'rtl' ? 'rtl' : 'ltr';
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

/** The locale dates and times are written in (lib/format.ts): the browser's, region included, in the page's language. */
export function dateLocale(): string {
  const ui = browser.i18n.getUILanguage();
  const content = language();
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return base(ui) === base(content) ? ui : content;
}
