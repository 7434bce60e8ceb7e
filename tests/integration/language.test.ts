/**
 * The worker's words follow the language setting (issue #25): notifications
 * are in the language chosen in options, and again at once when it
 * changes, whatever the browser's own language.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPlatform } from '@/entrypoints/background/platform';
import { storeSettings } from '@/lib/settings-store';
import { defaultSettings } from '@/core/settings';
import { fill } from '@/lib/i18n';
import { messagesOf } from '../unit/texts';

const T0 = new Date(2026, 10, 18, 9, 0).getTime();

async function notified(): Promise<{ title: string; message: string }> {
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  await browserPlatform().execute.notify({ type: 'notify', kind: 'heads-up', dueAt: T0 });
  const options = create.mock.calls.at(-1)?.at(-1) as { title: string; message: string };
  return { title: options.title, message: options.message };
}

describe("the worker's language", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The browser speaks English; its own i18n answers in English.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const en = messagesOf('en');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | string[]) => fill(en[key]?.message ?? '', subs),
    );
  });

  it('writes notifications in the language of the setting, and follows a change at once', async () => {
    await storeSettings({ ...defaultSettings, language: 'es', writer: 'abc' });
    const spanish = await notified();
    expect(spanish.title).toBe('Un estiramiento en un minuto');
    expect(spanish.message).toMatch(/^Unsit abrirá un estiramiento a las? /);

    // A save in options: the worker's sync-settings step carries the new setting.
    const english = { ...defaultSettings, language: 'en', writer: 'abc' };
    await browserPlatform().execute['sync-settings']({ type: 'sync-settings', settings: english });
    expect((await notified()).title).toBe('A stretch in one minute');
  });

  it("follows the browser with the setting on auto, through the browser's own i18n", async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-AR');
    const es = messagesOf('es');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | string[]) => fill(es[key]?.message ?? '', subs),
    );
    await storeSettings({ ...defaultSettings, language: 'auto', writer: 'abc' });
    expect((await notified()).title).toBe('Un estiramiento en un minuto');
  });
});
