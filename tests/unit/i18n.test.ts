/** The words runtime (lib/i18n.ts) and how the language setting picks a language (core/languages.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseLanguage, LANGUAGES, languageTag } from '@/core/languages';
import { changeSettings, defaultSettings } from '@/core/settings';
import {
  fill,
  formatList,
  language,
  loadLanguage,
  plural,
  t,
  textDirection,
  setMessages,
  type Messages,
} from '@/lib/i18n';
import { messagesOf } from './texts';

const m = (table: Record<string, string>): Messages =>
  Object.fromEntries(Object.entries(table).map(([k, message]) => [k, { message }]));

describe('choosing the language', () => {
  const shipped = ['de', 'en', 'es', 'pt_BR', 'zh_CN'];

  it.each([
    ['auto', ['en-US'], 'en'],
    ['auto', ['es-MX'], 'es'],
    ['auto', ['pt-BR'], 'pt_BR'],
    ['auto', ['pt-PT'], 'en'],
    ['auto', ['zh-CN'], 'zh_CN'],
    ['auto', ['fr-FR', 'de-AT'], 'de'],
    ['auto', ['ja'], 'en'],
    ['es', ['de-DE'], 'es'],
    ['pt_BR', ['en-GB'], 'pt_BR'],
    // A language no longer shipped follows the browser.
    ['it', ['de-DE'], 'de'],
  ])('setting %s with the browser in %j gives %s', (setting, browser, want) => {
    expect(chooseLanguage(setting, browser, shipped)).toBe(want);
  });

  it('ships the folders of public/_locales, English among them', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES).toContain('es');
    expect([...LANGUAGES].sort()).toEqual(LANGUAGES);
    expect(languageTag('pt_BR')).toBe('pt-BR');
  });

  it('refuses a language Unsit does not ship, with a reason', () => {
    expect(changeSettings(defaultSettings, { language: 'xx' })).toEqual({
      ok: false,
      errors: { language: 'errorLanguage' },
    });
    expect(changeSettings(defaultSettings, { language: 7 })).toEqual({
      ok: false,
      errors: { language: 'errorLanguage' },
    });
    for (const language of ['auto', ...LANGUAGES]) {
      const result = changeSettings(defaultSettings, { language });
      expect(result.ok && result.settings.language).toBe(language);
    }
    expect(defaultSettings.language).toBe('auto');
  });
});

describe('the words runtime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-ES');
  });

  it('loads only the language the setting means, once', async () => {
    const load = vi.fn(async (folder: string) => messagesOf(folder));
    expect(await loadLanguage('en', load)).toBe('en');
    expect(await loadLanguage('en', load)).toBe('en');
    expect(load.mock.calls).toEqual([['en']]);
    expect(t('answerDone')).toBe('Done');
    expect(language()).toBe('en');
  });

  it("loads nothing in the browser's own language: the browser's i18n answers", async () => {
    const load = vi.fn(async (folder: string) => messagesOf(folder));
    const es = messagesOf('es');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | string[]) => fill(es[key]?.message ?? '', subs),
    );
    expect(await loadLanguage('auto', load)).toBe('es');
    expect(await loadLanguage('es', load)).toBe('es');
    expect(load).not.toHaveBeenCalled();
    expect(t('answerDone')).toBe('Hecho');
    expect(plural('onDevices', 4)).toBe('Racha y recuento de hoy de 4 navegadores.');
    expect(textDirection()).toBe('ltr');
    expect(language()).toBe('es');
  });

  it('fetches the one messages.json from the package', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch');
    await loadLanguage('en');
    expect(fetched.mock.calls.map((c) => c[0])).toEqual([
      'chrome-extension://test-extension-id/_locales/en/messages.json',
    ]);
    expect(t('answerSkip')).toBe('Skip');
  });

  it('keeps the page working when the file does not load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setMessages('de', m({ answerDone: 'Fertig' }));
    await loadLanguage('en', () => Promise.reject(new Error('gone')));
    expect(t('answerDone')).toBe('Fertig');
  });

  it('fills $1…$9 and $$ as the WebExtension format does, and shows a missing key', () => {
    expect(fill('$1 of $2 today', ['2', '3'])).toBe('2 of 3 today');
    expect(fill('costs $$5, $1', 'x')).toBe('costs $5, x');
    setMessages('en', m({ hello: 'Hello, $1' }));
    expect(t('hello', 'Ana')).toBe('Hello, Ana');
    expect(t('nope')).toBe('nope');
  });

  it('picks plural forms by Intl.PluralRules, falling back to _other', () => {
    setMessages(
      'pl',
      m({
        days_one: '$1 dzień',
        days_few: '$1 dni (few)',
        days_many: '$1 dni (many)',
        days_other: '$1 dnia',
      }),
    );
    expect([1, 2, 5, 22, 1.5].map((n) => plural('days', n))).toEqual([
      '1 dzień',
      '2 dni (few)',
      '5 dni (many)',
      '22 dni (few)',
      '1,5 dnia',
    ]);
    setMessages('ja', m({ days_other: '$1日' }));
    expect(plural('days', 1)).toBe('1日');
    setMessages('en', m({ days_one: '$1 day', days_other: '$1 days' }));
    expect([plural('days', 1), plural('days', 1200)]).toEqual(['1 day', '1,200 days']);
  });

  it('formats lists and says the direction of the loaded language', () => {
    setMessages('es', m({ textDirection: 'ltr' }));
    expect(formatList(['escritorio', 'pared', 'cojín'])).toBe('escritorio, pared y cojín');
    expect(textDirection()).toBe('ltr');
    setMessages('ar_XB', m({ textDirection: 'rtl' }));
    expect(textDirection()).toBe('rtl');
    expect(language()).toBe('ar-XB');
  });
});
