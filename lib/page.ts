/** What every extension page does before its first render. */
import { browser } from 'wxt/browser';
import { chooseLanguage, LANGUAGES } from '@/core/languages';
import { syncClock } from './clock';
import { expectLanguage, language, languageFolder, loadLanguage, textDirection } from './i18n';
import { SETTINGS_KEY } from './settings-store';

/**
 * The language the pages showed last when it is not the browser's own
 * (localStorage: pages only, not the worker).
 */
const LAST_LANGUAGE = 'unsit.language';

/**
 * As a page's script loads, the words of a language other than the
 * browser's start loading, the one shown last, while the page reads its
 * settings; preparePage then finds them fetched (or fetches another if the
 * setting changed meanwhile). In the browser's own language nothing is
 * fetched (lib/i18n.ts).
 */
if (typeof localStorage !== 'undefined') {
  const last = localStorage.getItem(LAST_LANGUAGE);
  if (last && LANGUAGES.includes(last)) expectLanguage(last);
}

export type Theme = 'system' | 'light' | 'dark';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Loads the page's language (the `language` setting: 'auto' or a shipped
 * one) and the clock; sets `lang` and `dir`. When the setting changes while
 * the page is open, `onLanguage` runs (by default the page reloads in the
 * new language).
 */
export async function preparePage(
  setting: string,
  onLanguage: (setting: string) => void = () => {
    location.reload();
  },
): Promise<void> {
  const [folder] = await Promise.all([loadLanguage(setting), syncClock()]);
  if (folder === chooseLanguage('auto', [browser.i18n.getUILanguage()])) {
    localStorage.removeItem(LAST_LANGUAGE);
  } else {
    localStorage.setItem(LAST_LANGUAGE, folder);
  }
  const root = document.documentElement;
  root.lang = language();
  root.dir = textDirection();
  followLanguage(onLanguage);
}

/**
 * The background writes a copy of every accepted settings change to
 * storage.sync (or storage.local, lib/settings-store.ts): a page sees a new
 * language there at once, without reading IndexedDB.
 */
function followLanguage(onLanguage: (setting: string) => void): void {
  browser.storage.onChanged.addListener((changes) => {
    const next: unknown = changes[SETTINGS_KEY]?.newValue;
    if (typeof next !== 'object' || next === null || !('language' in next)) return;
    const setting = typeof next.language === 'string' ? next.language : 'auto';
    const folder = chooseLanguage(setting, [browser.i18n.getUILanguage()]);
    if (folder !== languageFolder()) onLanguage(setting);
  });
}
