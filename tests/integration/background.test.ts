/**
 * The background wiring with WXT's fake browser and fake-indexeddb: browser
 * events go in through the real listeners, and what comes out is checked in
 * the fake browser's alarms and windows and in the stored history.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPromptHash } from '@/core/prompt-view';
import { MINUTE } from '@/core/time';
import background from '@/entrypoints/background/index';
import * as db from '@/lib/db';
import * as settingsModule from '@/core/settings';
import { startWorker, storedHistory, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, inside working hours

let fakes: Fakes;

beforeEach(async () => {
  fakes = await startWorker(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

async function alarmAt(name: string) {
  return (await fakeBrowser.alarms.get(name))?.scheduledTime;
}

async function fireAlarm(name: string) {
  const alarm = await fakeBrowser.alarms.get(name);
  if (!alarm) throw new Error(`no ${name} alarm`);
  vi.setSystemTime(alarm.scheduledTime);
  await fakeBrowser.alarms.clear(name);
  await fakes.settle(fakeBrowser.alarms.onAlarm.trigger(alarm));
}

async function send(message: object) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, {});
  return reply as unknown;
}

describe('background wiring', () => {
  it('on install schedules one alarm, at the interval', async () => {
    expect(await alarmAt('tracker')).toBe(T0 + 45 * MINUTE);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    const [tracker] = await db.read(['tracker'] as const);
    expect(tracker?.present).toBe(true);
  });

  it('opens one centred prompt window when the stretch is due, and Done records it', async () => {
    await fireAlarm('tracker');
    const windows = await fakeBrowser.windows.getAll();
    const prompt = windows.find((w) => w.type === 'popup');
    expect(prompt).toMatchObject({ width: 420, height: 640 });
    const [stored] = await db.read(['prompt'] as const);
    expect(stored?.windowId).toBe(prompt?.id);
    // The window's address carries what it shows: the stored stretch, the safety notice first.
    const url = new URL(String(fakes.created.at(-1)?.url));
    expect(url.pathname).toBe('/prompt.html');
    expect(readPromptHash(url.hash)).toMatchObject({
      stretchId: stored?.stretchId,
      safetySeen: false,
      snoozes: 0,
    });
    expect(await alarmAt('tracker')).toBeUndefined();

    // Stretch now while it is open focuses the same window.
    await send({ type: 'stretch-now' });
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(1);

    vi.setSystemTime(T0 + 46 * MINUTE);
    await send({ type: 'answer', answer: 'done' });
    const { events, days, recent } = await storedHistory();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'done',
      at: T0 + 46 * MINUTE,
      stretchId: stored?.stretchId,
    });
    expect(Object.values(days)[0]).toMatchObject({ done: 1, browsed: true });
    expect(recent).toHaveLength(1);
    // The window goes once the page has its reply (#28.13).
    await fakes.settle(Promise.resolve());
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(0);
    expect(await alarmAt('tracker')).toBe(T0 + 46 * MINUTE + 45 * MINUTE);
  });

  it('counts closing the prompt window as a snooze', async () => {
    await fireAlarm('tracker');
    const prompt = (await fakeBrowser.windows.getAll()).find((w) => w.type === 'popup')!;
    vi.setSystemTime(T0 + 46 * MINUTE);
    await fakes.settle(fakeBrowser.windows.remove(prompt.id!));
    const [tracker] = await db.read(['tracker'] as const);
    const { events } = await storedHistory();
    expect(events.map((e) => e.kind)).toEqual(['snoozed']);
    expect(tracker?.phase).toBe('snoozed');
    expect(await alarmAt('tracker')).toBe(T0 + 51 * MINUTE);
  });

  it('brings a snoozed stretch back as the same move, and opens a due one without the keyboard', async () => {
    await fireAlarm('tracker');
    const [first] = await db.read(['prompt'] as const);
    expect(fakes.created.at(-1)).toMatchObject(import.meta.env.FIREFOX ? {} : { focused: false });
    for (let i = 0; i < 2; i++) {
      await send({ type: 'answer', answer: 'snooze' });
      await fireAlarm('tracker');
      const [again] = await db.read(['prompt'] as const);
      expect(again?.stretchId).toBe(first?.stretchId);
      expect(readPromptHash(new URL(String(fakes.created.at(-1)?.url)).hash)?.stretchId).toBe(
        first?.stretchId,
      );
    }
    // Asked for with Stretch now, a new cycle's window may take the keyboard.
    await send({ type: 'answer', answer: 'done' });
    await send({ type: 'stretch-now' });
    expect(fakes.created.at(-1)).toMatchObject(import.meta.env.FIREFOX ? {} : { focused: true });
  });

  it('clears the alarm while away and resets after a natural break', async () => {
    vi.setSystemTime(T0 + 20 * MINUTE);
    await fakes.setIdle('locked');
    expect(await alarmAt('tracker')).toBeUndefined();
    vi.setSystemTime(T0 + 30 * MINUTE);
    await fakes.setIdle('active');
    expect(await alarmAt('tracker')).toBe(T0 + 30 * MINUTE + 45 * MINUTE);
  });

  it('defers while a tab is audible', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com' });
    const [tab] = await fakeBrowser.tabs.query({});
    fakes.markAudible(tab!.id!);
    await fireAlarm('tracker');
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(0);
    const [tracker] = await db.read(['tracker'] as const);
    expect(tracker?.phase).toBe('deferred');
    expect(await alarmAt('tracker')).toBe(T0 + 47 * MINUTE);
  });

  it('refuses invalid settings with the reason and saves valid ones to sync and the mirror', async () => {
    expect(await send({ type: 'save-settings', change: { intervalMinutes: 61 } })).toEqual({
      ok: false,
      errors: { intervalMinutes: 'errorInterval' },
      saved: [],
    });
    expect(await send({ type: 'save-settings', change: { intervalMinutes: 30 } })).toEqual({
      ok: true,
      saved: ['intervalMinutes'],
    });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      intervalMinutes: 30,
    });
    const [mirror] = await db.read(['settings'] as const);
    expect(mirror?.intervalMinutes).toBe(30);
    expect(await alarmAt('tracker')).toBe(T0 + 30 * MINUTE);
  });

  it('sets a corrupt tracker state aside, reports it, and keeps the history', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    await db.transact([] as const, () => ({
      writes: { tracker: { garbage: true } as never },
      result: null,
    }));
    await fakes.setIdle('active');
    const [quarantine, tracker] = await db.read(['quarantine', 'tracker'] as const);
    const { events } = await storedHistory();
    expect(quarantine).toHaveLength(1);
    expect(quarantine?.[0]).toMatchObject({ key: 'tracker' });
    expect(events).toHaveLength(1);
    expect(tracker?.version).toBe(2);
  });

  it('re-creates its alarm on browser start, and sets no other', async () => {
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + 2 * 60 * MINUTE);
    await fakes.settle(fakeBrowser.runtime.onStartup.trigger());
    expect(await alarmAt('tracker')).toBe(T0 + 2 * 60 * MINUTE + 45 * MINUTE);
    // No midnight wake-up: the badge follows the first event of a new day.
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['tracker']);
  });

  it('imports atomically: a broken import changes nothing, the same history twice adds once', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    const before = await storedHistory();
    const bad = await send({ type: 'import', events: 'not a list', days: [] });
    expect(bad).toMatchObject({ ok: false });
    expect(await storedHistory()).toEqual(before);
    const at = T0 - 86_400_000;
    const file = {
      type: 'import',
      events: [
        {
          id: 'imported-1',
          at,
          kind: 'done',
          stretchId: 'desk-split-stance',
          day: '2026-11-17',
          utcOffset: -new Date(at).getTimezoneOffset(),
          answersOffer: true,
        },
      ],
      days: [],
    };
    expect(await send(file)).toEqual({ ok: true, added: 1 });
    expect(await send(file)).toEqual({ ok: true, added: 0 });
    const { events, recent } = await storedHistory();
    expect(events).toHaveLength(2);
    // "Last stretches" follows the merged history.
    expect(recent).toHaveLength(2);
  });
});

describe('settings and notifications', () => {
  it('applies a new daily goal to today, not to past days', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    const key = '2026-11-17';
    const record = {
      done: 3,
      skipped: 0,
      snoozed: 0,
      answeredOffers: 3,
      offered: 3,
      browsed: true,
      goal: 3,
      workday: true,
      spells: 0,
      longestSpell: 0,
      longSpells: 0,
    };
    await db.transact([] as const, () => ({
      writes: { [`day:${key}`]: { record, events: [] } },
      result: null,
    }));
    expect(await send({ type: 'save-settings', change: { dailyGoal: 1 } })).toEqual({
      ok: true,
      saved: ['dailyGoal'],
    });
    const { days } = await storedHistory();
    expect(days['2026-11-18']?.goal).toBe(1);
    expect(days[key]?.goal).toBe(3);
  });

  it('counts a dismissed quiet notification as a snooze', async () => {
    await send({ type: 'save-settings', change: { promptStyle: 'notification' } });
    await fireAlarm('tracker');
    expect((await db.read(['tracker'] as const))[0]?.promptVia).toBe('notification');
    await fakes.settle(fakeBrowser.notifications.onClosed.trigger('unsit-prompt', true));
    const [tracker] = await db.read(['tracker'] as const);
    const { events } = await storedHistory();
    expect(tracker?.phase).toBe('snoozed');
    expect(events.map((e) => e.kind)).toEqual(['snoozed']);
  });
});

describe('damaged history', () => {
  it("sets a damaged day record aside, rebuilds it from the day's events, and keeps every stretch", async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    const { events: before } = await storedHistory();
    await db.transact([] as const, () => ({
      writes: { 'day:2026-11-18': { record: 'not a record', events: before } as never },
      result: null,
    }));
    vi.setSystemTime(T0 + 50 * MINUTE);
    await send({ type: 'stretch-now' });
    await send({ type: 'answer', answer: 'done' });
    const [quarantine] = await db.read(['quarantine'] as const);
    const { days, events } = await storedHistory();
    expect(events).toHaveLength(2);
    expect(days['2026-11-18']).toMatchObject({ done: 2 });
    expect(quarantine?.map((q) => q.key)).toContain('day:2026-11-18 record');
  });

  it('builds a damaged summary again from the day buckets', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    await db.transact([] as const, () => ({ writes: { summary: 'junk' as never }, result: null }));
    // A new worker (as after the browser stops an idle one) checks the summary on start.
    background.main();
    vi.setSystemTime(T0 + 50 * MINUTE);
    await fakes.setIdle('active');
    const { summary } = await storedHistory();
    expect(summary?.days['2026-11-18']).toMatchObject({ done: 1 });
    expect(summary?.recent).toHaveLength(1);
  });
});

describe('damaged stored settings', () => {
  it('keeps every field that reads, reports the rest and sets the damaged value aside', async () => {
    await send({ type: 'save-settings', change: { intervalMinutes: 30, dailyGoal: 5 } });
    const damaged = { intervalMinutes: 30, dailyGoal: 'five', theme: 7 };
    await db.transact([] as const, () => ({
      writes: { settings: damaged as never },
      result: null,
    }));
    vi.setSystemTime(T0 + MINUTE);
    await fakes.setIdle('active');
    const [settings, reset, quarantine] = await db.read([
      'settings',
      'settingsReset',
      'quarantine',
    ] as const);
    expect(settings).toMatchObject({ intervalMinutes: 30, dailyGoal: 3, theme: 'system' });
    expect(reset).toEqual(['dailyGoal', 'theme']);
    const entry = quarantine?.find((q) => q.key === 'settings');
    expect(entry?.reason).toMatch(/settings/);
    expect(await db.read([entry!.id as never])).toEqual([damaged]);
  });

  it('reads the stored settings without checking them again on every step', async () => {
    const checks = vi.spyOn(settingsModule, 'readSettings');
    const changes = vi.spyOn(settingsModule, 'changeSettings');
    vi.setSystemTime(T0 + MINUTE);
    await fakes.setIdle('active');
    await fireAlarm('tracker');
    expect(checks).not.toHaveBeenCalled();
    expect(changes).not.toHaveBeenCalled();
  });
});
