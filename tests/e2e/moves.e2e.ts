/**
 * Every move in the real prompt (issue #14): loaded on its own, its figure
 * at least 200 px wide and moving (still under reduced motion), mirrored for
 * the second side, its cautions on screen without a click, and no axe-core
 * finding in light or dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { positionMs } from '@/components/guided';
import { catalog } from '@/content/catalog';
import { phasesOf } from '@/content/phases';
import { moveKey } from '@/content/text-keys';
import { scan } from './axe';
import { launch, type Launched } from './harness';
import { showMove } from './show-move';

const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string } | undefined
>;

describe('every move in the prompt', () => {
  let app: Launched;
  let page: Page;

  beforeAll(async () => {
    app = await launch();
    page = await app.context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${app.extensionId}/prompt.html`);
    await page.locator('main').waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  async function open(id: string, media: Parameters<Page['emulateMedia']>[0]) {
    await showMove(page, id);
    await page.emulateMedia(media);
    await page.reload();
    const name = EN[moveKey(id, 'name')]?.message ?? id;
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await page.locator('.illustration svg').waitFor();
  }

  it.each(catalog.map((c) => c.id))(
    '%s: moves, reads at 200 px or more, and shows its cautions',
    async (id) => {
      await open(id, { colorScheme: 'light', reducedMotion: 'no-preference' });
      const figure = page.getByRole('figure').getByRole('img');
      expect((await figure.boundingBox())?.width).toBeGreaterThanOrEqual(200);
      expect(await page.locator('.illustration svg animate').count()).toBeGreaterThan(0);
      const cautions = page.getByRole('region', { name: 'Take care' });
      expect(await cautions.isVisible()).toBe(true);
      expect(await cautions.evaluate((el) => el.closest('details'))).toBeNull();
      expect(await scan(page)).toEqual([]);

      await open(id, { colorScheme: 'dark', reducedMotion: 'reduce' });
      expect(await page.locator('.illustration svg animate').count()).toBe(0);
      expect(await scan(page)).toEqual([]);
    },
  );

  it('mirrors the figure for the second side', async () => {
    await page.clock.install();
    await open('desk-split-stance', { colorScheme: 'light', reducedMotion: 'no-preference' });
    const box = page.locator('.figure-box');
    expect(await box.getAttribute('class')).not.toContain('mirrored');
    await page.getByRole('button', { name: 'Start timer' }).click();
    // Getting into position, then side one's 30 seconds.
    await page.clock.runFor(positionMs(phasesOf('desk-split-stance', 5)) + 31_000);
    await page.getByText('Switch sides').first().waitFor();
    expect(await box.getAttribute('class')).toContain('mirrored');
    const transform = await page
      .locator('.illustration svg')
      .evaluate((svg) => getComputedStyle(svg).transform);
    expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('logs no errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
