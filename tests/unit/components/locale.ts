/** browser.i18n for component tests, over the shipped messages.json files. */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Messages = Record<string, { message: string }>;

export const locale = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

/** '' for a missing key, and $1…$9 substituted, as Chromium does. */
export function useMessages(messages: Messages, uiLanguage: string) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (messages[key]?.message ?? '').replace(
        /\$(\d)/g,
        (_, n: string) => list[Number(n) - 1] ?? '',
      );
    },
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}

export function useEnglish() {
  useMessages(locale('en'), 'en-US');
}
