/**
 * One streak across browsers through the real background with WXT's fake
 * browser: this browser publishes its days to storage.sync, another
 * browser's days arrive there as the browser's sync would deliver them, and
 * the summary (what the popup and the badge show) counts both.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, dayKey } from '@/core/days';
import { blankRecord, type Days } from '@/core/history';
import { devicesShown, readableSummary, streakNow, viewDays } from '@/core/summary';
import { encodeYear, itemKey } from '@/core/sync';
import { MINUTE } from '@/core/time';
import * as db from '@/lib/db';
import { startWorker, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, inside working hours
const TODAY = dayKey(T0);
const DESKTOP = 'desktop1';

let fakes: Fakes;

beforeEach(async () => {
  fakes = await startWorker(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

const send = (message: object) => fakes.send(message);

/** Another browser's days, as its Unsit publishes them and the browser's sync delivers them. */
async function desktopPublishes(days: Days) {
  const years = new Set(Object.keys(days).map((d) => Number(d.slice(0, 4))));
  const items = Object.fromEntries(
    [...years].map((y) => [itemKey(DESKTOP, y), encodeYear(days, y)]),
  );
  await fakes.settle(fakeBrowser.storage.sync.set(items));
}

const goalDay = (done = 3) => ({
  ...blankRecord(3, true),
  done,
  answeredOffers: done,
  offered: 3,
  browsed: true,
});

async function summary() {
  const [raw] = await db.read(['summary'] as const);
  const known = readableSummary(raw);
  if (!known) throw new Error('no readable summary');
  return known;
}

async function doneNow() {
  await send({ type: 'stretch-now' });
  await send({ type: 'answer', answer: 'done' });
}

describe('one streak across browsers', () => {
  it('publishes this browser’s days to sync under its own device id', async () => {
    await doneNow();
    const [device] = await db.read(['device'] as const);
    expect(device).toMatch(/^[0-9a-z]{8}$/);
    const items = await fakeBrowser.storage.sync.get(null);
    const value = items[itemKey(device ?? '', 2026)];
    expect(typeof value).toBe('string');
    // 1 done, today browsed, goal 3.
    const index = (Date.parse(TODAY) - Date.UTC(2026, 0)) / 86_400_000;
    expect(String(value).slice(1 + index * 4, 5 + index * 4)).toBe('100c');
  });

  it('counts another browser’s days: its streak days join this one’s, today adds up', async () => {
    const days: Days = {};
    for (let i = 1; i <= 5; i++) days[addDays(TODAY, -i)] = goalDay();
    days[TODAY] = goalDay(2);
    await desktopPublishes(days);
    await doneNow();
    const s = await summary();
    expect(viewDays(s)[TODAY]?.done).toBe(3);
    // Five goal days on the desktop and today's goal met on both: a streak of 6.
    expect(streakNow(s, TODAY, { todayGoal: 3 }).current).toBe(6);
    expect(devicesShown(s, TODAY)).toBe(2);
    expect(vi.mocked(fakeBrowser.action).setBadgeText.mock.lastCall).toEqual([{ text: '6' }]);
  });

  it('a browser that was offline for weeks folds its older days into the streak', async () => {
    const days: Days = {};
    for (let i = 1; i <= 400; i++) days[addDays(TODAY, -i)] = goalDay();
    await desktopPublishes(days);
    await doneNow();
    await doneNow();
    await doneNow();
    const s = await summary();
    expect(s.from > addDays(TODAY, -400)).toBe(true);
    expect(streakNow(s, TODAY, { todayGoal: 3 }).current).toBe(401);
  });

  it('the same items delivered again change nothing', async () => {
    const days: Days = { [addDays(TODAY, -1)]: goalDay() };
    await desktopPublishes(days);
    const first = await summary();
    await desktopPublishes(days);
    await fakes.settle(
      fakeBrowser.storage.sync.set({ [itemKey(DESKTOP, 2026)]: encodeYear(days, 2026) }),
    );
    expect(await summary()).toEqual(first);
  });

  it('sets aside a damaged item and one from a newer Unsit, and keeps going', async () => {
    await fakes.settle(
      fakeBrowser.storage.sync.set({
        [itemKey(DESKTOP, 2026)]: 'not a year',
        'u2:newer:2026': 'x',
      }),
    );
    await doneNow();
    const [quarantine] = await db.read(['quarantine'] as const);
    const keys = (quarantine ?? []).map((q) => q.key);
    expect(keys).toContain(`sync ${itemKey(DESKTOP, 2026)}`);
    expect(keys).toContain('sync u2:newer:2026');
    expect(viewDays(await summary())[TODAY]?.done).toBe(1);
    // Reported once, however often the items are read.
    await doneNow();
    const [again] = await db.read(['quarantine'] as const);
    expect(again).toHaveLength(quarantine?.length ?? 0);
  });

  it('turning sharing off takes this browser’s days out of sync and the others out of the streak', async () => {
    await desktopPublishes({ [addDays(TODAY, -1)]: goalDay() });
    await doneNow();
    expect(await send({ type: 'save-settings', change: { shareHistory: false } })).toEqual({
      ok: true,
      saved: ['shareHistory'],
    });
    const items = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(items).filter((k) => k.startsWith('u1:'))).toEqual([itemKey(DESKTOP, 2026)]);
    const s = await summary();
    expect(s.others).toEqual({});
    expect(devicesShown(s, TODAY)).toBe(1);
    // Nothing is published while it is off.
    vi.setSystemTime(T0 + 10 * MINUTE);
    await doneNow();
    const after = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(after).filter((k) => k.startsWith('u1:'))).toHaveLength(1);
  });

  it('reports a write the browser refuses (a quota) and keeps the history', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await doneNow();
    const [quarantine] = await db.read(['quarantine'] as const);
    expect(quarantine?.some((q) => q.reason.includes('QUOTA_BYTES'))).toBe(true);
    expect(viewDays(await summary())[TODAY]?.done).toBe(1);
  });
});
