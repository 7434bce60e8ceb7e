import { describe, expect, it } from 'vitest';
import { dayKey, weekday } from '@/core/days';
import type { DayContext, Days, StretchEvent } from '@/core/history';
import { migrate, SCHEMA_VERSION } from '@/core/migrate';
import v1 from '../fixtures/history-v1.json';

const ctx: DayContext = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };

/** The stored version-1 data, fresh for each test (migrate must not change its input). */
const storedV1 = () => structuredClone(v1) as { meta: unknown; events: unknown };

function event(id: string, at: number, kind: StretchEvent['kind'] = 'done'): StretchEvent {
  return { id, at, kind, stretchId: 'kneeling-lunge' };
}

const JUNE_10_NOON = new Date(2024, 5, 10, 12).getTime();
const HOUR = 3_600_000;

/** Migrates and expects a result at the current version (not "too new"). */
function current(stored: Parameters<typeof migrate>[0]) {
  const result = migrate(stored, ctx);
  if (result.tooNew) throw new Error('unexpectedly too new');
  return result;
}

describe('migrate from version 1', () => {
  it('gives events ids and renames stretch to stretchId', () => {
    const result = current(storedV1());
    expect(result.meta).toEqual({ schemaVersion: 2 });
    expect(result.changed).toBe(true);
    expect(result.quarantined).toEqual([]);
    expect(result.events).toEqual(
      v1.events.map((e, i) => ({
        id: `v1-${e.at}-${i}`,
        at: e.at,
        kind: e.kind,
        stretchId: e.stretch,
      })),
    );
    // Two old events at the same moment still get distinct ids.
    expect(new Set(result.events.map((e) => e.id)).size).toBe(v1.events.length);
  });

  it('builds day records from the events, as days with browsing', () => {
    const result = current(storedV1());
    const expected: Days = {};
    for (const e of v1.events) {
      const day = dayKey(e.at);
      const rec = (expected[day] ??= {
        done: 0,
        skipped: 0,
        snoozed: 0,
        browsed: true,
        goal: ctx.dailyGoal,
        workday: ctx.workDays.includes(weekday(day)),
      });
      rec[e.kind as StretchEvent['kind']] += 1;
    }
    expect(result.days).toEqual(expected);
  });

  it('is done once: migrating the result again changes nothing', () => {
    const first = current(storedV1());
    const again = current({ meta: first.meta, events: first.events, days: first.days });
    expect(again.changed).toBe(false);
    expect(again.quarantined).toEqual([]);
    expect(again.events).toEqual(first.events);
    expect(again.days).toEqual(first.days);
  });

  it('leaves its input unchanged', () => {
    const stored = storedV1();
    migrate(stored, ctx);
    expect(stored).toEqual(v1);
  });

  it('sets aside a broken old item and keeps the rest', () => {
    const stored = storedV1();
    (stored.events as unknown[]).splice(2, 0, { at: 'yesterday', kind: 'done', stretch: 'x' });
    const result = current(stored);
    expect(result.events).toHaveLength(v1.events.length);
    expect(result.quarantined).toEqual([
      {
        key: 'events[2]',
        value: { at: 'yesterday', kind: 'done', stretch: 'x' },
        reason: expect.any(String),
      },
    ]);
  });

  it('finishes an upgrade interrupted after the events were rewritten', () => {
    const upgraded = current(storedV1());
    const result = current({ meta: { schemaVersion: 1 }, events: upgraded.events });
    expect(result.events).toEqual(upgraded.events);
    expect(result.days).toEqual(upgraded.days);
    expect(result.quarantined).toEqual([]);
    expect(result.changed).toBe(true);
  });
});

describe('migrate: reading version 2', () => {
  const good = [
    event('a', JUNE_10_NOON),
    event('b', JUNE_10_NOON + HOUR, 'skipped'),
    event('c', JUNE_10_NOON + 25 * HOUR),
  ];

  it('returns valid data as it is, unchanged', () => {
    const first = current({ meta: { schemaVersion: 2 }, events: good });
    const result = current({ meta: { schemaVersion: 2 }, events: good, days: first.days });
    expect(result).toEqual({
      tooNew: false,
      meta: { schemaVersion: SCHEMA_VERSION },
      events: good,
      days: first.days,
      quarantined: [],
      changed: false,
    });
  });

  it('starts empty on a fresh install', () => {
    const result = current({});
    expect(result).toMatchObject({ events: [], days: {}, quarantined: [], changed: true });
  });

  it('sets aside only the malformed items and keeps the good history', () => {
    const bad = [
      { id: 5, at: JUNE_10_NOON, kind: 'done', stretchId: null },
      'garbage',
      null,
      { id: 'd', at: JUNE_10_NOON, kind: 'stretched', stretchId: null },
      { id: 'e', at: Number.NaN, kind: 'done', stretchId: null },
      { id: 'f', at: 0, kind: 'done', stretchId: null },
      { ...good[0] },
    ];
    const events = [
      good[0],
      bad[0],
      bad[1],
      good[1],
      bad[2],
      bad[3],
      bad[4],
      bad[5],
      good[2],
      bad[6],
    ];
    const result = current({ meta: { schemaVersion: 2 }, events });
    expect(result.events).toEqual(good);
    expect(result.quarantined.map((q) => q.key)).toEqual([
      'events[1]',
      'events[2]',
      'events[4]',
      'events[5]',
      'events[6]',
      'events[7]',
      'events[9]',
    ]);
    expect(result.quarantined.map((q) => q.value)).toEqual(bad);
    for (const q of result.quarantined) expect(q.reason).toMatch(/^stretch event \d+: .+/);
    expect(result.quarantined.at(-1)?.reason).toMatch(/repeats/);
    expect(result.changed).toBe(true);
    expect(result.days[dayKey(JUNE_10_NOON)]).toMatchObject({ done: 1, skipped: 1 });
  });

  it('sets aside an event list that is not a list', () => {
    const result = current({ meta: { schemaVersion: 2 }, events: { oops: true } });
    expect(result.events).toEqual([]);
    expect(result.quarantined).toEqual([
      { key: 'events', value: { oops: true }, reason: expect.any(String) },
    ]);
  });

  it.each([
    ['a string', 'not days'],
    ['a list', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('sets aside day records that are %s and rebuilds them from the events', (_what, days) => {
    const result = current({ meta: { schemaVersion: 2 }, events: good, days });
    expect(result.quarantined).toEqual([{ key: 'days', value: days, reason: expect.any(String) }]);
    expect(result.events).toEqual(good);
    expect(result.days[dayKey(JUNE_10_NOON)]).toMatchObject({
      done: 1,
      skipped: 1,
      browsed: true,
      goal: 3,
    });
    expect(result.days[dayKey(JUNE_10_NOON + 25 * HOUR)]).toMatchObject({ done: 1, browsed: true });
    expect(result.changed).toBe(true);
  });

  it('sets aside a single bad day record, keeping the others and their snapshots', () => {
    const kept = { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 5, workday: false };
    const days = { '2024-06-01': kept, '2024-06-02': { done: 'many' }, 'not-a-day': kept };
    const result = current({ meta: { schemaVersion: 2 }, events: [], days });
    expect(result.days).toEqual({ '2024-06-01': kept });
    expect(result.quarantined.map((q) => q.key)).toEqual(['days[2024-06-02]', 'days[not-a-day]']);
  });

  it('recounts day records from the events', () => {
    const first = current({ meta: { schemaVersion: 2 }, events: good });
    const day = dayKey(JUNE_10_NOON);
    const wrong = { ...first.days, [day]: { ...first.days[day]!, done: 7 } };
    const result = current({ meta: { schemaVersion: 2 }, events: good, days: wrong });
    expect(result.days).toEqual(first.days);
    expect(result.changed).toBe(true);
    expect(result.quarantined).toEqual([]);
  });

  it('sets aside a corrupt meta marker and still reads the history', () => {
    const result = current({ meta: 'v2?', events: good });
    expect(result.quarantined).toEqual([{ key: 'meta', value: 'v2?', reason: expect.any(String) }]);
    expect(result.events).toEqual(good);
    expect(result.meta).toEqual({ schemaVersion: 2 });
  });
});

describe('migrate: data from a newer version', () => {
  it('returns everything untouched and asks the caller not to write', () => {
    const stored = { meta: { schemaVersion: 3 }, events: [{ shape: 'unknown' }], days: 'whatever' };
    const result = migrate(stored, ctx);
    expect(result).toEqual({ tooNew: true, ...stored, quarantined: [], changed: false });
    expect(result.events).toBe(stored.events);
    expect(result.days).toBe(stored.days);
  });
});

describe('readableDays (pages reading a possibly damaged value)', () => {
  it('keeps the records that read correctly and drops the rest', async () => {
    const { readableDays } = await import('@/core/history');
    const good = { done: 1, skipped: 0, snoozed: 0, browsed: true, goal: 3, workday: true };
    expect(readableDays('garbage')).toEqual({});
    expect(readableDays(null)).toEqual({});
    expect(readableDays([good])).toEqual({});
    expect(
      readableDays({
        '2026-11-02': good,
        '2026-11-03': { done: 'x' },
        nonsense: good,
        '2026-11-04': 5,
      }),
    ).toEqual({ '2026-11-02': good });
  });
});
