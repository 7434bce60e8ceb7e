/**
 * Calls, quiet and sitting spells through the real background with WXT's
 * fake browser: a meeting tab (seen only with the optional permission), quiet
 * asked for from the popup, the permission taken back, and the spells kept
 * with each day's record.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MEETING_ORIGINS } from '@/core/meetings';
import { readPromptHash } from '@/core/prompt-view';
import { MINUTE } from '@/core/time';
import { CALL_SILENCE_MS } from '@/core/tracker';
import * as db from '@/lib/db';
import { SETTINGS_KEY } from '@/lib/settings-store';
import { startWorker, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, inside working hours

let fakes: Fakes;

beforeEach(async () => {
  fakes = await startWorker(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

async function alarmAt(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get('tracker'))?.scheduledTime;
}

async function fireAlarm() {
  const alarm = await fakeBrowser.alarms.get('tracker');
  if (!alarm) throw new Error('no alarm');
  vi.setSystemTime(alarm.scheduledTime);
  await fakeBrowser.alarms.clear('tracker');
  await fakes.settle(fakeBrowser.alarms.onAlarm.trigger(alarm));
}

const send = (message: object) => fakes.send(message);

const promptWindows = async () =>
  (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

async function turnOnCallsGuard() {
  fakes.grantMeetingAccess();
  expect(await send({ type: 'save-settings', change: { callsGuard: true } })).toEqual({
    ok: true,
    saved: ['callsGuard'],
  });
}

describe('a web meeting holds the stretch back', () => {
  it('while the meeting tab is open, then comes after the call within 2 minutes', async () => {
    await turnOnCallsGuard();
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    // People talk in it (a tab muted by the user is still audible to the browser).
    fakes.markAudible(tab.id!);
    await fireAlarm(); // 09:45: due, in a call
    expect(await promptWindows()).toHaveLength(0);
    for (let i = 0; i < 30; i++) await fireAlarm(); // half an hour more of the call
    expect(await promptWindows()).toHaveLength(0);

    const ended = Date.now() + 10_000;
    vi.setSystemTime(ended);
    // Closing the tab is seen at once; the stretch waits a minute more.
    await fakes.closeTab(tab.id ?? -1);
    expect(await alarmAt()).toBe(ended + MINUTE);
    while ((await promptWindows()).length === 0) await fireAlarm();
    expect(Date.now() - ended).toBeLessThanOrEqual(2 * MINUTE);
    const url = new URL(String(fakes.created.at(-1)?.url));
    expect(readPromptHash(url.hash)?.afterCall).toBe(true);
  });

  it('lets a silent call page go: "You left the meeting" holds 10 minutes at most (#24 item 5)', async () => {
    await turnOnCallsGuard();
    await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    const due = T0 + 45 * MINUTE;
    await fireAlarm(); // due, a call page open, no sound from it
    expect(await promptWindows()).toHaveLength(0);
    while ((await promptWindows()).length === 0) await fireAlarm();
    // Ten minutes of silence, the grace minute after a call, and the looks between.
    expect(Date.now() - due).toBeLessThanOrEqual(CALL_SILENCE_MS + 4 * MINUTE);
    expect(Date.now() - due).toBeGreaterThanOrEqual(CALL_SILENCE_MS);
  });

  it('holds nothing for a meeting site that is not in a call, or without the setting', async () => {
    fakes.grantMeetingAccess();
    await fakeBrowser.tabs.create({ url: 'https://meet.google.com/landing' });
    await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    // The setting is off: Unsit does not look.
    await fireAlarm();
    expect(await promptWindows()).toHaveLength(1);
  });

  it('sees no meeting without the permission, even with the setting on', async () => {
    await send({ type: 'save-settings', change: { callsGuard: true } });
    await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    await fireAlarm();
    expect(await promptWindows()).toHaveLength(1);
  });

  it('turns itself off when the permission is taken back', async () => {
    await turnOnCallsGuard();
    await fakes.withdrawMeetingAccess();
    const [mirror] = await db.read(['settings'] as const);
    expect(mirror?.callsGuard).toBe(false);
    const synced = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    expect((synced[SETTINGS_KEY] as { callsGuard?: boolean }).callsGuard).toBe(false);
  });

  it('one site switched off (Firefox has a switch per site) gives every site back (#28.12)', async () => {
    await turnOnCallsGuard();
    // Only Meet's origin is taken back; the others stay granted until Unsit drops them.
    await fakes.withdrawMeetingAccess();
    const { calls } = vi.mocked(fakeBrowser.permissions).remove.mock;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toEqual({ origins: [...MEETING_ORIGINS] });
  });
});

describe('quiet for a call', () => {
  it('holds the due stretch to the end of the quiet, then offers it after the call', async () => {
    vi.setSystemTime(T0 + 20 * MINUTE);
    expect(await send({ type: 'quiet', minutes: 60 })).toBeNull();
    await fireAlarm(); // 09:45, due, quiet
    expect(await promptWindows()).toHaveLength(0);
    expect(await alarmAt()).toBe(T0 + 80 * MINUTE);
    await fireAlarm();
    expect(await promptWindows()).toHaveLength(1);
    expect(readPromptHash(new URL(String(fakes.created.at(-1)?.url)).hash)?.afterCall).toBe(true);
  });

  it('Resume ends it', async () => {
    await send({ type: 'quiet', minutes: 90 });
    await fireAlarm();
    vi.setSystemTime(T0 + 50 * MINUTE);
    await send({ type: 'resume' });
    expect(((await alarmAt()) ?? Infinity) - Date.now()).toBeLessThanOrEqual(2 * MINUTE);
    await fireAlarm();
    expect(await promptWindows()).toHaveLength(1);
  });
});

describe('sitting spells in the day record', () => {
  it('a Done ends the spell: counted on the day, past the interval when the prompt waited long', async () => {
    await fireAlarm(); // 09:45
    vi.setSystemTime(T0 + 52 * MINUTE);
    await send({ type: 'answer', answer: 'done' });
    const [summary] = await db.read(['summary'] as const);
    expect(summary?.days['2026-11-18']).toMatchObject({
      spells: 1,
      longestSpell: 52,
      longSpells: 1,
      done: 1,
    });
  });

  it('a stretch answered promptly is a spell, not one past the interval (#24, item 4)', async () => {
    await fireAlarm(); // 09:45
    vi.setSystemTime(T0 + 45 * MINUTE + 2000);
    await send({ type: 'answer', answer: 'done' });
    const [summary] = await db.read(['summary'] as const);
    expect(summary?.days['2026-11-18']).toMatchObject({
      spells: 1,
      longestSpell: 45,
      longSpells: 0,
    });
  });

  it('a spell that ended before a night away is counted on the day it ended', async () => {
    vi.setSystemTime(T0 + 8 * 60 * MINUTE); // 17:00
    await fakes.setIdle('active');
    vi.setSystemTime(T0 + 8 * 60 * MINUTE + 40 * MINUTE); // leaves at 17:40
    await fakes.setIdle('locked');
    vi.setSystemTime(T0 + 24 * 60 * MINUTE); // back on Thursday at 09:00
    await fakes.setIdle('active');
    const buckets = Object.fromEntries(await db.readDayBuckets()) as Record<
      string,
      { record: { spells: number; longestSpell: number } }
    >;
    expect(buckets['2026-11-18']?.record.spells).toBe(1);
    expect(buckets['2026-11-18']?.record.longestSpell).toBeGreaterThanOrEqual(40);
    expect(buckets['2026-11-19']?.record.spells ?? 0).toBe(0);
  });
});
