/**
 * What one user action costs the background, counted with spies through the
 * real wiring (fake browser, fake-indexeddb): IndexedDB transactions, full
 * settings checks and tracker steps. Issue #21 measured, before the event
 * pipeline: a Done 6 transactions and two tracker steps, an interval save 7
 * transactions and 4 settings checks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as settings from '@/core/settings';
import * as tracker from '@/core/tracker';
import { MINUTE } from '@/core/time';
import { startWorker, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, in working hours

let fakes: Fakes;

beforeEach(async () => {
  fakes = await startWorker(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Spies on what an action costs, from now on. */
function meter() {
  const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
  const checks = [
    vi.spyOn(settings, 'changeSettings'),
    vi.spyOn(settings, 'changeWhatCan'),
    vi.spyOn(settings, 'readSettings'),
  ];
  const steps = vi.spyOn(tracker, 'step');
  return {
    transactions: () => transactions.mock.calls.length,
    checks: () => checks.reduce((n, spy) => n + spy.mock.calls.length, 0),
    steps: () => steps.mock.calls.length,
  };
}

async function promptOpen() {
  const alarm = await fakeBrowser.alarms.get('tracker');
  if (!alarm) throw new Error('no alarm');
  vi.setSystemTime(alarm.scheduledTime);
  await fakes.settle(fakeBrowser.alarms.onAlarm.trigger(alarm));
  const windows = await fakeBrowser.windows.getAll();
  expect(windows.filter((w) => w.type === 'popup')).toHaveLength(1);
}

describe('what one action costs', () => {
  it('a Done: one transaction, one tracker step, no settings check (sharing on)', async () => {
    await promptOpen();
    vi.setSystemTime(T0 + 46 * MINUTE);
    const cost = meter();
    // The answer, then what it causes: the window closing, the day reaching storage.sync.
    expect(await fakes.send({ type: 'answer', answer: 'done' })).toBeNull();
    expect((await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup')).toHaveLength(0);
    expect(
      Object.keys(await fakeBrowser.storage.sync.get(null)).some((k) => k.startsWith('u1:')),
    ).toBe(true);
    expect(cost.transactions()).toBeLessThanOrEqual(2);
    expect(cost.steps()).toBe(1);
    expect(cost.checks()).toBe(0);
  });

  it('an interval save: at most two transactions, one settings check, one tracker step', async () => {
    const cost = meter();
    expect(await fakes.send({ type: 'save-settings', change: { intervalMinutes: 30 } })).toEqual({
      ok: true,
      saved: ['intervalMinutes'],
    });
    // The copy for the other browsers was written, and came back through storage.onChanged.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      intervalMinutes: 30,
    });
    expect((await fakeBrowser.alarms.get('tracker'))?.scheduledTime).toBe(T0 + 30 * MINUTE);
    expect(cost.transactions()).toBeLessThanOrEqual(2);
    expect(cost.checks()).toBe(1);
    expect(cost.steps()).toBe(1);
  });

  it('a partly refused save: one message, one check, the good field saved', async () => {
    const cost = meter();
    const reply = await fakes.send({
      type: 'save-settings',
      change: { intervalMinutes: 40, dailyGoal: 99 },
      partial: true,
    });
    expect(reply).toEqual({
      ok: false,
      errors: { dailyGoal: 'errorDailyGoal' },
      saved: ['intervalMinutes'],
    });
    expect(cost.checks()).toBe(1);
    expect((await fakeBrowser.alarms.get('tracker'))?.scheduledTime).toBe(T0 + 40 * MINUTE);
  });

  it('a look while nothing changes: one transaction, one step', async () => {
    vi.setSystemTime(T0 + 10 * MINUTE);
    const cost = meter();
    await fakes.setIdle('active');
    expect(cost.transactions()).toBe(1);
    expect(cost.steps()).toBe(1);
  });
});
