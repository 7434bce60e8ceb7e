/**
 * What the README's prompt screenshots show: a move's guided session
 * running on side one, reduced motion, scrolled to the top.
 */
import type { Page } from 'playwright-core';
import { positionMs } from '../components/guided';
import { phasesOf } from '../content/phases';
import { promptHash, promptView } from '../core/prompt-view';
import { defaultSettings } from '../core/settings';

export const MOVE = 'desk-split-stance';

export async function showGuidedSession(page: Page, extensionId: string): Promise<void> {
  await page.clock.install();
  const view = promptView(MOVE, defaultSettings, true, 0);
  await page.goto(`chrome-extension://${extensionId}/prompt.html#${promptHash(view)}`);
  await page.locator('.illustration svg.mf').waitFor();
  await page.locator('.btn-start').click();
  await page.clock.runFor(positionMs(phasesOf(MOVE, 5)) + 9000);
  await page.evaluate('scrollTo(0, 0)');
}
