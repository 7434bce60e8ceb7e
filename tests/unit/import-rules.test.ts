/**
 * Import as the background decides it (#24): merge another browser's export
 * into this one (events joined by id, nothing counted twice) or replace this
 * browser's history; the file's settings restored field by field like any
 * save, or left alone (history only). Driven through the pipeline in memory.
 */
import { describe, expect, it } from 'vitest';
import { dayKey } from '@/core/days';
import { parseImport, toExportJson } from '@/core/export';
import type { DayBucket } from '@/core/history';
import { defaultSettings, type Settings } from '@/core/settings';
import { readableSummary, summaryView } from '@/core/summary';
import { MINUTE } from '@/core/time';
import { memoryBackground } from './pipeline-driver';

const T0 = new Date(2026, 10, 16, 9, 0).getTime(); // a Monday, in working hours
type Bg = ReturnType<typeof memoryBackground>;

/** A browser that did `dones` stretches on its first day, with one seed of its own. */
function browserWith(dones: number, seed: number): Bg {
  const bg = memoryBackground(T0, seed);
  bg.run({ type: 'startup' });
  for (let i = 0; i < dones; i++) {
    bg.world.at = Math.max(bg.world.at, bg.world.alarm!);
    bg.run({ type: 'alarm' });
    bg.world.at += MINUTE;
    bg.run({ type: 'answer', answer: 'done' });
  }
  return bg;
}

function buckets(bg: Bg): [string, DayBucket][] {
  return [...bg.store].flatMap(([k, v]) =>
    k.startsWith('day:') ? [[k.slice(4), v as DayBucket] as [string, DayBucket]] : [],
  );
}

/** The file the options page writes, read back as it reads it. */
function exported(bg: Bg, settings?: Settings) {
  const result = parseImport(
    toExportJson(buckets(bg), bg.world.at, settings),
    undefined,
    bg.world.at,
  );
  if (!result.ok) throw new Error(result.reason);
  return result;
}

function doneToday(bg: Bg): number {
  const summary = readableSummary(bg.store.get('summary'))!;
  return summaryView(summary, dayKey(bg.world.at), { todayGoal: 3 }).today.done;
}

describe('import from another browser (#24)', () => {
  it('merges: events joined by id, nothing counted twice, one streak over both', () => {
    const here = browserWith(2, 1);
    const there = browserWith(1, 99);
    const file = exported(there);
    here.world.at = there.world.at;
    expect(here.run({ type: 'import', mode: 'merge', ...file })).toEqual({ ok: true, added: 1 });
    expect(doneToday(here)).toBe(3);
    // The same file again adds nothing.
    expect(here.run({ type: 'import', mode: 'merge', ...file })).toEqual({ ok: true, added: 0 });
    expect(doneToday(here)).toBe(3);
    const summary = readableSummary(here.store.get('summary'))!;
    expect(summaryView(summary, dayKey(here.world.at), { todayGoal: 3 }).current).toBe(1);
  });

  it("replaces: the file's history instead of this one, the best streak with it", () => {
    const here = browserWith(3, 1);
    expect(readableSummary(here.store.get('summary'))!.bestSeen).toBe(1);
    const there = browserWith(1, 99);
    const file = exported(there);
    expect(here.run({ type: 'import', mode: 'replace', ...file })).toEqual({ ok: true, added: 1 });
    expect(doneToday(here)).toBe(1);
    expect(buckets(here).flatMap(([, b]) => b.events.map((e) => e.id))).toEqual(
      file.events.map((e) => e.id),
    );
    expect(readableSummary(here.store.get('summary'))!.bestSeen).toBe(0);
    // Undo has nothing left to take back.
    expect(here.run({ type: 'undo' })).toEqual({ ok: false });
  });
});

describe('the export is a backup: settings come back (#24, item 2)', () => {
  const mine: Settings = {
    ...defaultSettings,
    intervalMinutes: 35,
    workStartMinute: 8 * 60,
    noKneeling: true,
    plan: 'After a call, I stand up',
  };

  it('Export, Delete everything, Import: the streak and every setting are back', () => {
    const bg = browserWith(3, 1);
    const file = exported(bg, mine);
    bg.run({ type: 'delete-all' });
    bg.run({ type: 'startup' });
    expect(bg.store.get('settings')).toEqual(defaultSettings);
    const reply = bg.run({ type: 'import', mode: 'replace', ...file });
    expect(reply).toMatchObject({ ok: true, added: 3, settingsRefused: [] });
    expect(bg.store.get('settings')).toEqual(mine);
    expect(doneToday(bg)).toBe(3);
  });

  it('history only: the settings stay as they are', () => {
    const bg = browserWith(1, 1);
    const { settings: _left, ...history } = exported(bg, mine);
    const before = bg.store.get('settings');
    bg.run({ type: 'import', mode: 'merge', ...history });
    expect(bg.store.get('settings')).toEqual(before);
  });

  it('checks each field like any save: a bad one keeps its value and is named', () => {
    const bg = browserWith(0, 1);
    const file = exported(bg, mine);
    const settings = { ...file.settings, intervalMinutes: 5, dailyGoal: 4, callsGuard: true };
    const reply = bg.run({ type: 'import', mode: 'merge', ...file, settings });
    expect(reply).toMatchObject({ ok: true, settingsRefused: ['intervalMinutes'] });
    const stored = bg.store.get('settings') as Settings;
    expect(stored.intervalMinutes).toBe(defaultSettings.intervalMinutes);
    expect(stored.dailyGoal).toBe(4);
    expect(stored.noKneeling).toBe(true);
    // The meeting sites' permission is granted by a click on this browser's page, never by a file.
    expect(stored.callsGuard).toBe(false);
  });

  it('refuses a message carrying events dated after now, and changes nothing', () => {
    const bg = browserWith(1, 1);
    const file = exported(bg);
    const later = file.events.map((e) => ({
      ...e,
      id: `${e.id}-x`,
      at: e.at + 3 * 24 * 60 * MINUTE,
    }));
    const before = structuredClone([...bg.store]);
    expect(bg.run({ type: 'import', mode: 'merge', events: later, days: [] })).toMatchObject({
      ok: false,
    });
    expect([...bg.store]).toEqual(before);
  });
});
