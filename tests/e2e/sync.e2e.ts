/**
 * One streak across browsers in real Chromium: another browser's days are
 * written into storage.sync as the browser's own sync would deliver them,
 * and the popup's streak counts them and says how many devices did.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '@/core/days';
import { blankRecord, type Days } from '@/core/history';
import { encodeYear, itemKey } from '@/core/sync';
import { hook, launch, until, type Launched } from './harness';

const DESKTOP = 'desktop1';

async function popupStreak(app: Launched): Promise<{ streak: string; line: string }> {
  const popup = await app.open('popup');
  const number = popup.locator('.streak-number');
  await number.waitFor();
  const result = {
    streak: (await number.textContent()) ?? '',
    line:
      (await popup
        .locator('.devices')
        .textContent({ timeout: 2000 })
        .catch(() => '')) ?? '',
  };
  await popup.close();
  return result;
}

describe('one streak across browsers (Chromium)', () => {
  let app: Launched;
  afterEach(async () => {
    await app.close();
  });

  it('counts the days another browser published', async () => {
    app = await launch();
    const sw = await app.worker();
    const today = dayKey(await hook<number>(sw, 'now'));
    expect((await popupStreak(app)).streak).toBe('0');

    // Four goal days in a row on the desktop, up to yesterday.
    const days: Days = {};
    for (let i = 1; i <= 4; i++) {
      days[addDays(today, -i)] = {
        ...blankRecord(3, true),
        done: 3,
        offered: 3,
        answeredOffers: 3,
        browsed: true,
      };
    }
    const years = [...new Set(Object.keys(days).map((d) => Number(d.slice(0, 4))))];
    const items = Object.fromEntries(years.map((y) => [itemKey(DESKTOP, y), encodeYear(days, y)]));
    await sw.evaluate((i) => chrome.storage.sync.set(i), items);

    await until(async () => (await popupStreak(app)).streak === '4', 10_000, 'the merged streak');
    // On a line of its own, not after the freezes (#24, item 8).
    expect((await popupStreak(app)).line).toBe("Streak and today's count from 2 browsers.");
    // This browser published its own day too, under its own id.
    const synced = await sw.evaluate(() => chrome.storage.sync.get(null));
    expect(Object.keys(synced).filter((k) => k.startsWith('u1:')).length).toBeGreaterThan(1);
  });
});
