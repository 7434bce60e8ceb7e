/**
 * A prompt window the browser brings back from an earlier session (Firefox's
 * "Open previous windows and tabs", #28 item 11) shows a stretch the
 * background already let go: it closes itself as it loads. A window the
 * background opened stays. Chromium stands in for the restore: the same
 * popup window, opened with no prompt stored as open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launch, promptPage, until, type Launched } from './harness';

async function openPromptWindowLikeARestore(app: Launched): Promise<void> {
  const sw = await app.worker();
  await sw.evaluate(`chrome.windows.create({
    url: chrome.runtime.getURL('/prompt.html'),
    type: 'popup',
    width: 420,
    height: 640,
  })`);
}

describe('a prompt window from an earlier session', () => {
  let app: Launched;
  afterEach(async () => {
    await app.close();
  });

  it('closes itself when no stretch is open, and one the background opened stays', async () => {
    app = await launch();
    await openPromptWindowLikeARestore(app);
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the restored window');
    const restored = promptPage(app.context)!;
    await restored.waitForEvent('close', { timeout: 10_000 });

    const popup = await app.open('popup');
    await popup.getByRole('button', { name: 'Stretch now' }).click();
    await until(async () => promptPage(app.context) !== undefined, 10_000, 'the prompt');
    const prompt = promptPage(app.context)!;
    await prompt.locator('.illustration svg.mf').waitFor();
    await new Promise((r) => setTimeout(r, 2500));
    expect(prompt.isClosed()).toBe(false);
  });
});
