import { browser } from 'wxt/browser';

/** A message from `_locales/<lang>/messages.json`; the key itself when missing, so gaps show. */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys are checked by a test against messages.json; the generated key union is too narrow for composed keys.
  return browser.i18n.getMessage(key as 'extName', substitutions) || key;
}

/** The UI language as one of the shipped content locales. */
export function contentLocale(): 'en' | 'es' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The locale dates and times are written in (lib/format.ts): the browser's, region included, in the page's language. */
export function dateLocale(): string {
  const ui = browser.i18n.getUILanguage();
  const content = contentLocale();
  return ui.toLowerCase().split('-')[0] === content ? ui : content;
}
