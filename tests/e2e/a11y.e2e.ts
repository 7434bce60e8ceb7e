/**
 * Accessibility of the popup, options and prompt pages in real Chromium:
 * an axe-core scan in light and dark themes and in their interactive states,
 * keyboard-only use, visible focus and reduced motion.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from './axe';
import { tabThrough } from './keyboard';
import { hook, launch, promptPage, until, type Launched } from './harness';

/** The saved-settings toast, once a change has gone through. */
async function setOption(page: Page, label: RegExp, value: string) {
  const field = page.getByLabel(label);
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
  else {
    await field.fill(value);
    await field.press('Tab');
  }
  await page.getByText('Saved.').waitFor();
}

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch();
  });
  afterAll(async () => {
    await app.close();
  });

  async function open(name: 'popup' | 'options' | 'prompt') {
    const page = await app.open(name);
    await page.emulateMedia({ colorScheme });
    await page.locator('main').waitFor();
    return page;
  }

  it('finds nothing on the prompt: first-run banner, safety dialog, the stretch, the session running, every step', async () => {
    const page = await open('prompt');
    await page.getByRole('button', { name: 'I understand' }).waitFor();
    await page.locator('.illustration svg').waitFor();
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read it' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Before you stretch' }).waitFor();
    expect(await scan(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('button', { name: 'Safety notes' }).waitFor();
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.getByText('Get into position').first().waitFor();
    await page.getByRole('button', { name: 'Pause the figure' }).click();
    await page.getByRole('button', { name: 'All steps' }).click();
    expect(await scan(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing on the popup: at rest, with history, menu open, paused', async () => {
    const page = await open('popup');
    await page.getByRole('button', { name: 'Stretch now' }).waitFor();
    expect(await scan(page)).toEqual([]);

    // A stretch done through a real prompt: the ring, heatmap and list fill in.
    await page.getByRole('button', { name: 'Stretch now' }).click();
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt');
    const prompt = promptPage(app.context)!;
    const closed = prompt.waitForEvent('close');
    await prompt.getByRole('button', { name: 'Done', exact: true }).click();
    await closed;

    const popup = await open('popup');
    await popup.getByText(/^1 of 3 today$/).waitFor();
    expect(await scan(popup)).toEqual([]);
    await popup.getByRole('button', { name: /^Pause/ }).click();
    await popup.getByRole('button', { name: 'Pause for 1 hour' }).waitFor();
    expect(await scan(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();

    const paused = await open('popup');
    await paused.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await scan(paused)).toEqual([]);
    await paused.getByRole('button', { name: 'Resume' }).click();
  });

  it('finds nothing on options: at rest, with errors, varied mode, delete confirmation', async () => {
    const page = await open('options');
    await page.getByLabel(/interval/i).waitFor();
    expect(await scan(page)).toEqual([]);

    await page.getByLabel(/interval/i).fill('25');
    await page.getByLabel(/interval/i).press('Tab');
    await page.getByRole('alert').waitFor();
    await page.getByLabel(/daily goal/i).fill('abc');
    await page.getByLabel(/daily goal/i).press('Tab');
    await page.getByLabel('Import history (JSON from Unsit)').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('nope'),
    });
    await page.getByText(/^Nothing was imported/).waitFor();
    expect(await scan(page)).toEqual([]);

    await page.reload();
    await setOption(page, /^Reminder timing/, 'varied');
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await setOption(page, /^Reminder timing/, 'fixed');
    await page.close();
  });

  it('finds nothing with the theme chosen in options against the system one', async () => {
    // Light pages on a dark system and the other way round: the explicit theme wins.
    const other = colorScheme === 'light' ? 'dark' : 'light';
    const options = await open('options');
    await setOption(options, /^Theme/, other);
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
    expect(await scan(options)).toEqual([]);

    const popup = await open('popup');
    await popup.getByRole('button', { name: 'Stretch now' }).waitFor();
    expect(await scan(popup)).toEqual([]);

    // No snoozes allowed: no Snooze button, and so no "S" key shown.
    await setOption(options, /^Snoozes allowed/, '0');
    const prompt = await open('prompt');
    await prompt.getByRole('button', { name: 'Done', exact: true }).waitFor();
    expect(await prompt.locator('.answers kbd').allTextContents()).toEqual(['Enter', 'Esc']);
    expect(await prompt.getByRole('button', { name: 'Snooze' }).count()).toBe(0);
    expect(await scan(prompt)).toEqual([]);

    await setOption(options, /^Theme/, 'system');
    await setOption(options, /^Snoozes allowed/, '3');
  });
});

describe('keyboard, focus and motion', () => {
  let app: Launched;
  beforeAll(async () => {
    app = await launch();
  });
  afterAll(async () => {
    await app.close();
  });

  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : null;
      return {
        text: el?.textContent.trim() ?? '',
        tag: el?.tagName ?? '',
        outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      };
    });

  it('reaches every popup control with Tab, focus visible, and the pause menu by keyboard', async () => {
    const page = await app.open('popup');
    await page.getByRole('button', { name: 'Stretch now' }).waitFor();
    const order: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.outline).toBe('solid 3px');
      order.push(f.text);
    }
    expect(order).toEqual(['Settings', 'Stretch now', 'Pause ▾']);

    const toggle = page.getByRole('button', { name: 'Pause', exact: true });
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).text).toBe('Pause for 1 hour');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Pause until tomorrow');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Pause until tomorrow' }).count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await focused(page)).text).toBe('Pause ▾');
    // Space opens it too, and a second press closes it.
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Pause ▾');
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('reaches every options control with Tab, each showing its focus', async () => {
    const page = await app.open('options');
    await page.getByLabel(/interval/i).waitFor();
    const { controls, reached } = await tabThrough(page);
    expect(reached.size).toBe(controls);
    expect([...reached].filter(([, shown]) => !shown)).toEqual([]);
    await page.close();
  });

  it('answers the prompt from the keyboard once the user turns to it: Tab, I understand, then Enter is Done', async () => {
    const sw = await app.worker();
    const popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Stretch now' }).waitFor();
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect((await focused(popup)).text).toBe('Stretch now');
    await popup.keyboard.press('Enter');
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt');
    const prompt = promptPage(app.context)!;
    await prompt.getByRole('button', { name: 'I understand' }).waitFor();
    // Nothing is focused: a key typed for another window presses nothing.
    expect((await focused(prompt)).tag).toBe('BODY');
    // A keyboard user turns to the window with Tab; keys act once typing has
    // stopped for a moment (entrypoints/prompt/key-guard.ts).
    const pause = () => prompt.waitForTimeout(1100);
    for (let i = 0; i < 12 && (await focused(prompt)).text !== 'I understand'; i += 1) {
      await prompt.keyboard.press('Tab');
    }
    expect((await focused(prompt)).text).toBe('I understand');
    await prompt.waitForTimeout(2100);
    await prompt.keyboard.press('Enter');
    await prompt.getByRole('button', { name: 'Safety notes' }).waitFor();
    await pause();
    const closed = prompt.waitForEvent('close');
    // The window closes on the key press itself, before the key comes up.
    await prompt.keyboard.press('Enter').catch(() => undefined);
    await closed;
    await until(
      async () =>
        (await hook<{ events: { kind: string }[] }>(sw, 'state')).events.some(
          (e) => e.kind === 'done',
        ),
      5000,
      'the answer recorded',
    );
  });

  it('stops the ring animation when reduced motion is asked for', async () => {
    const page = await app.open('prompt');
    await page.getByRole('button', { name: 'Done', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.locator('.ring-value').waitFor();
    const duration = () =>
      page.locator('.ring-value').evaluate((el) => getComputedStyle(el).transitionDuration);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
    await page.close();
  });
});
