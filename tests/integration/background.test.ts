/**
 * The background wiring with WXT's fake browser and fake-indexeddb: browser
 * events go in through the real listeners, and what comes out is checked in
 * the fake browser's alarms and windows and in the stored history.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MINUTE } from '@/core/time';
import background from '@/entrypoints/background/index';
import * as db from '@/lib/db';
import { installFakes, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, inside working hours

let fakes: Fakes;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  fakeBrowser.reset();
  await db.clearAll();
  fakes = await installFakes();
  // A fresh worker: the same main() the browser runs, with new listeners.
  background.main();
  await fakes.install();
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
  it('on install schedules one alarm at the interval and one at midnight', async () => {
    expect(await alarmAt('tracker')).toBe(T0 + 45 * MINUTE);
    expect(new Date((await alarmAt('midnight'))!).getHours()).toBe(0);
    const [tracker] = await db.read(['tracker'] as const);
    expect(tracker?.present).toBe(true);
  });

  it('opens one centred prompt window when the stretch is due, and Done records it', async () => {
    await fireAlarm('tracker');
    const windows = await fakeBrowser.windows.getAll();
    const prompt = windows.find((w) => w.type === 'popup');
    expect(prompt).toMatchObject({ width: 420, height: 640 });
    expect(fakes.created.at(-1)?.url).toMatch(/\/prompt\.html$/);
    const [stored] = await db.read(['prompt'] as const);
    expect(stored?.windowId).toBe(prompt?.id);
    expect(await alarmAt('tracker')).toBeUndefined();

    // Stretch now while it is open focuses the same window.
    await send({ type: 'stretch-now' });
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(1);

    vi.setSystemTime(T0 + 46 * MINUTE);
    await send({ type: 'answer', answer: 'done' });
    const [events, days, recent] = await db.read(['events', 'days', 'recent'] as const);
    expect(events).toHaveLength(1);
    expect(events?.[0]).toMatchObject({
      kind: 'done',
      at: T0 + 46 * MINUTE,
      stretchId: stored?.stretchId,
    });
    expect(Object.values(days ?? {})[0]).toMatchObject({ done: 1, browsed: true });
    expect(recent).toHaveLength(1);
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(0);
    expect(await alarmAt('tracker')).toBe(T0 + 46 * MINUTE + 45 * MINUTE);
  });

  it('counts closing the prompt window as a snooze', async () => {
    await fireAlarm('tracker');
    const prompt = (await fakeBrowser.windows.getAll()).find((w) => w.type === 'popup')!;
    vi.setSystemTime(T0 + 46 * MINUTE);
    await fakes.settle(fakeBrowser.windows.remove(prompt.id!));
    const [events, tracker] = await db.read(['events', 'tracker'] as const);
    expect(events?.map((e) => e.kind)).toEqual(['snoozed']);
    expect(tracker?.phase).toBe('snoozed');
    expect(await alarmAt('tracker')).toBe(T0 + 51 * MINUTE);
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
    });
    expect(await send({ type: 'save-settings', change: { intervalMinutes: 30 } })).toEqual({
      ok: true,
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
    const [quarantine, events, tracker] = await db.read([
      'quarantine',
      'events',
      'tracker',
    ] as const);
    expect(quarantine).toHaveLength(1);
    expect(quarantine?.[0]).toMatchObject({ key: 'tracker' });
    expect(events).toHaveLength(1);
    expect(tracker?.version).toBe(1);
  });

  it('re-creates its alarms on browser start', async () => {
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(T0 + 2 * 60 * MINUTE);
    await fakes.settle(fakeBrowser.runtime.onStartup.trigger());
    expect(await alarmAt('tracker')).toBe(T0 + 2 * 60 * MINUTE + 45 * MINUTE);
    expect(await alarmAt('midnight')).toBeDefined();
  });

  it('imports atomically: a broken import changes nothing, the same history twice adds once', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    const before = await db.read(['events', 'days'] as const);
    const bad = await send({ type: 'import', events: 'not a list', days: [] });
    expect(bad).toMatchObject({ ok: false });
    expect(await db.read(['events', 'days'] as const)).toEqual(before);
    const file = {
      type: 'import',
      events: [
        { id: 'imported-1', at: T0 - 86_400_000, kind: 'done', stretchId: 'desk-split-stance' },
      ],
      days: [],
    };
    expect(await send(file)).toEqual({ ok: true, added: 1 });
    expect(await send(file)).toEqual({ ok: true, added: 0 });
    const [events] = await db.read(['events'] as const);
    expect(events).toHaveLength(2);
  });
});

describe('settings and notifications', () => {
  it('applies a new daily goal to today, not to past days', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    const yesterday = new Date(T0 - 86_400_000);
    const key = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    await db.transact(['days'] as const, ([days]) => ({
      writes: {
        days: {
          ...days,
          [key]: { done: 3, skipped: 0, snoozed: 0, browsed: true, goal: 3, workday: true },
        },
      },
      result: null,
    }));
    expect(await send({ type: 'save-settings', change: { dailyGoal: 1 } })).toEqual({ ok: true });
    const [days] = await db.read(['days'] as const);
    expect(days?.['2026-11-18']?.goal).toBe(1);
    expect(days?.[key]?.goal).toBe(3);
  });

  it('counts a dismissed quiet notification as a snooze', async () => {
    await send({ type: 'save-settings', change: { promptStyle: 'notification' } });
    await fireAlarm('tracker');
    expect((await db.read(['tracker'] as const))[0]?.promptVia).toBe('notification');
    await fakes.settle(fakeBrowser.notifications.onClosed.trigger('unsit-prompt', true));
    const [tracker, events] = await db.read(['tracker', 'events'] as const);
    expect(tracker?.phase).toBe('snoozed');
    expect(events?.map((e) => e.kind)).toEqual(['snoozed']);
  });
});

describe('damaged history', () => {
  it('sets a damaged days value aside, rebuilds it from the events, and keeps every stretch', async () => {
    await fireAlarm('tracker');
    await send({ type: 'answer', answer: 'done' });
    await db.transact([] as const, () => ({
      writes: { days: 'not a record of days' as never },
      result: null,
    }));
    vi.setSystemTime(T0 + 50 * MINUTE);
    await fakes.setIdle('active');
    const [days, events, quarantine] = await db.read(['days', 'events', 'quarantine'] as const);
    expect(events).toHaveLength(1);
    expect(days?.['2026-11-18']).toMatchObject({ done: 1 });
    expect(quarantine?.map((q) => q.key)).toContain('days');
  });
});

describe('damaged settings mirror', () => {
  it('reloads settings from sync when the mirror is damaged', async () => {
    await send({ type: 'save-settings', change: { intervalMinutes: 30 } });
    await db.transact([] as const, () => ({ writes: { settings: 'junk' as never }, result: null }));
    vi.setSystemTime(T0 + MINUTE);
    await fakes.setIdle('active');
    const [mirror] = await db.read(['settings'] as const);
    expect(mirror?.intervalMinutes).toBe(30);
  });
});
