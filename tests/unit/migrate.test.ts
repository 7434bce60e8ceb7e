import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, utcOffsetMinutes } from '@/core/days';
import type { DayContext, DayRecord, Days } from '@/core/history';
import { readBucket } from '@/core/history-schema';
import { planLegacy, SCHEMA_VERSION, storedVersion } from '@/core/migrate';
import { summarize } from '@/core/streaks';
import v1 from '../fixtures/history-v1.json';

const ctx: DayContext = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };

/** The stored version-1 data, fresh for each test (the plan must not change its input). */
const storedV1 = () => structuredClone(v1) as { meta: unknown; events: unknown };

function oldEvent(id: string, at: number, kind: 'done' | 'skipped' | 'snoozed' = 'done') {
  return { id, at, kind, stretchId: 'kneeling-lunge' };
}

const JUNE_10_NOON = new Date(2024, 5, 10, 12).getTime();
const HOUR = 3_600_000;

function records(plan: ReturnType<typeof planLegacy>): Days {
  return Object.fromEntries(plan.buckets.map(([day, b]) => [day, b.record]));
}

describe('the stored version', () => {
  it('is 3, read from meta; anything unreadable is unknown', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(storedVersion({ schemaVersion: 2 })).toBe(2);
    expect(storedVersion({ schemaVersion: 7 })).toBe(7);
    for (const bad of [undefined, null, 'v2?', { schemaVersion: '2' }, { schemaVersion: 0 }]) {
      expect(storedVersion(bad)).toBeNull();
    }
  });
});

describe('moving version 1 to day buckets', () => {
  it('gives events ids, renames stretch to stretchId, and stores their day and offset once', () => {
    const plan = planLegacy(storedV1(), ctx);
    const events = plan.buckets.flatMap(([, b]) => b.events);
    expect(events).toHaveLength(8);
    expect(new Set(events.map((e) => e.id)).size).toBe(8);
    for (const e of events) {
      expect(e.id).toMatch(/^v1-\d+-\d+$/);
      expect(e.day).toBe(dayKey(e.at));
      expect(e.utcOffset).toBe(utcOffsetMinutes(e.at));
      expect(e.answersOffer).toBe(false);
    }
    expect(events[0]).toMatchObject({ kind: 'done', stretchId: 'kneeling-lunge' });
  });

  it('builds day records from the events, as days with browsing that asked for the goal', () => {
    const days = records(planLegacy(storedV1(), ctx));
    // Count the fixture's answers by local day in whatever zone the test runs in.
    const expected: Record<string, { done: number; skipped: number; snoozed: number }> = {};
    for (const e of v1.events) {
      const day = (expected[dayKey(e.at)] ??= { done: 0, skipped: 0, snoozed: 0 });
      day[e.kind as 'done' | 'skipped' | 'snoozed'] += 1;
    }
    expect(Object.keys(days).sort()).toEqual(Object.keys(expected).sort());
    for (const [day, counts] of Object.entries(expected)) {
      expect(days[day]).toMatchObject({ ...counts, browsed: true, goal: 3 });
      expect(days[day]?.offered).toBe(days[day]?.workday ? 3 : 0);
    }
  });

  it('leaves its input unchanged and plans the same twice', () => {
    const stored = storedV1();
    const before = structuredClone(stored);
    const a = planLegacy(stored, ctx);
    expect(stored).toEqual(before);
    expect(planLegacy(stored, ctx)).toEqual(a);
  });

  it('sets aside a broken old item and keeps the rest', () => {
    const stored = storedV1();
    (stored.events as unknown[])[2] = { at: 'noon', kind: 'done', stretch: 'x' };
    const plan = planLegacy(stored, ctx);
    expect(plan.buckets.flatMap(([, b]) => b.events)).toHaveLength(7);
    expect(plan.quarantined.map((q) => q.key)).toEqual(['events[2]']);
  });

  it('keeps the last three completed stretches for the popup', () => {
    const plan = planLegacy(storedV1(), ctx);
    expect(plan.recent).toHaveLength(3);
    expect(plan.recent[0]?.at).toBe(1718280000000);
  });
});

describe('moving version 2 to day buckets', () => {
  const good = [
    oldEvent('a', JUNE_10_NOON),
    oldEvent('b', JUNE_10_NOON + HOUR, 'skipped'),
    oldEvent('c', JUNE_10_NOON + 25 * HOUR),
  ];

  it('starts empty on a fresh install', () => {
    expect(planLegacy({}, ctx)).toEqual({ buckets: [], quarantined: [], recent: [] });
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
    const plan = planLegacy({ events }, ctx);
    expect(plan.buckets.flatMap(([, b]) => b.events.map((e) => e.id))).toEqual(['a', 'b', 'c']);
    expect(plan.quarantined.map((q) => q.key)).toEqual([
      'events[1]',
      'events[2]',
      'events[4]',
      'events[5]',
      'events[6]',
      'events[7]',
      'events[9]',
    ]);
    expect(plan.quarantined.map((q) => q.value)).toEqual(bad);
    for (const q of plan.quarantined) expect(q.reason).toMatch(/^stretch event \d+: .+/);
    expect(plan.quarantined.at(-1)?.reason).toMatch(/repeats/);
    expect(records(plan)[dayKey(JUNE_10_NOON)]).toMatchObject({ done: 1, skipped: 1 });
  });

  it('sets aside an event list that is not a list', () => {
    const plan = planLegacy({ events: { oops: true } }, ctx);
    expect(plan.buckets).toEqual([]);
    expect(plan.quarantined).toEqual([
      { key: 'events', value: { oops: true }, reason: expect.any(String) },
    ]);
  });

  it.each([
    ['a string', 'not days'],
    ['a list', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('sets aside day records that are %s and builds them from the events', (_what, days) => {
    const plan = planLegacy({ events: good, days }, ctx);
    expect(plan.quarantined).toEqual([{ key: 'days', value: days, reason: expect.any(String) }]);
    expect(records(plan)[dayKey(JUNE_10_NOON)]).toMatchObject({
      done: 1,
      skipped: 1,
      browsed: true,
      goal: 3,
    });
    expect(records(plan)[dayKey(JUNE_10_NOON + 25 * HOUR)]).toMatchObject({
      done: 1,
      browsed: true,
    });
  });

  it('sets aside a single bad day record, keeping the others and their snapshots', () => {
    const kept = { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 5, workday: false };
    const days = { '2024-06-01': kept, '2024-06-02': { done: 'many' }, 'not-a-day': kept };
    const plan = planLegacy({ events: [], days }, ctx);
    expect(records(plan)).toEqual({
      '2024-06-01': {
        ...kept,
        answeredOffers: 0,
        offered: 0,
        // Version 2 kept no sitting figures: the day starts with none.
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
      },
    });
    expect(plan.quarantined.map((q) => q.key)).toEqual(['days[2024-06-02]', 'days[not-a-day]']);
  });

  it('recounts day records from the events', () => {
    const day = dayKey(JUNE_10_NOON);
    const wrong = {
      [day]: { done: 7, skipped: 0, snoozed: 0, browsed: true, goal: 3, workday: true },
    };
    expect(records(planLegacy({ events: good, days: wrong }, ctx))[day]).toMatchObject({
      done: 1,
      skipped: 1,
    });
  });
});

// ---- Property: the move keeps every streak -------------------------------

/** Version 2's rules, written out: a rest day was a day off, or one without browsing or stretches. */
function oldSummary(
  days: Record<string, Omit<DayRecord, 'offered' | 'answeredOffers'>>,
  today: string,
) {
  const asked: Days = {};
  for (const [day, r] of Object.entries(days)) {
    const rest = !r.workday || (!r.browsed && r.done + r.skipped + r.snoozed === 0);
    // Under the old rules only done ≥ goal met a day; that is the new rule with everything offered.
    asked[day] = { ...r, answeredOffers: 0, offered: rest ? 0 : r.goal };
  }
  return summarize(asked, today);
}

describe('the move keeps every streak', () => {
  it('gives the same current and best streak, freezes and totals as version 2 did', () => {
    const day = fc.record({
      done: fc.nat(5),
      skipped: fc.nat(2),
      browsed: fc.boolean(),
      goal: fc.integer({ min: 1, max: 4 }),
      workday: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: undefined }), { maxLength: 60 }), (spec) => {
        const start = '2025-01-01';
        const events: ReturnType<typeof oldEvent>[] = [];
        const days: Record<string, Omit<DayRecord, 'offered' | 'answeredOffers'>> = {};
        spec.forEach((d, i) => {
          if (!d) return;
          const key = addDays(start, i);
          const noon = new Date(`${key}T12:00:00`).getTime();
          for (let k = 0; k < d.done; k++) events.push(oldEvent(`${i}d${k}`, noon + k * 60_000));
          for (let k = 0; k < d.skipped; k++)
            events.push(oldEvent(`${i}s${k}`, noon + HOUR + k, 'skipped'));
          days[key] = {
            done: d.done,
            skipped: d.skipped,
            snoozed: 0,
            browsed: d.browsed,
            goal: d.goal,
            workday: d.workday,
            spells: 0,
            longestSpell: 0,
            longSpells: 0,
          };
        });
        const today = addDays(start, spec.length);
        const plan = planLegacy({ events, days }, ctx);
        expect(summarize(records(plan), today)).toEqual(oldSummary(days, today));
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a stored day bucket', () => {
  const day = '2026-11-18';
  const at = new Date(2026, 10, 18, 10).getTime();
  const e = (id: string, extra: object = {}) => ({
    id,
    at,
    kind: 'done',
    stretchId: null,
    day,
    utcOffset: utcOffsetMinutes(at),
    answersOffer: true,
    ...extra,
  });
  const record = {
    done: 2,
    skipped: 0,
    snoozed: 0,
    answeredOffers: 2,
    offered: 3,
    browsed: true,
    goal: 3,
    workday: true,
    spells: 0,
    longestSpell: 0,
    longSpells: 0,
  };

  it('keeps a good bucket as it is', () => {
    const read = readBucket(day, { record, events: [e('a'), e('b')] }, ctx);
    expect(read).toMatchObject({ quarantined: [], changed: false });
    expect(read.bucket?.record).toEqual(record);
  });

  it('sets aside each bad event on its own and recounts the record from the rest', () => {
    const read = readBucket(
      day,
      { record, events: [e('a'), e('b', { kind: 'x' }), e('a'), e('c', { day: '2026-11-19' })] },
      ctx,
    );
    expect(read.bucket?.events.map((x) => x.id)).toEqual(['a']);
    expect(read.bucket?.record).toMatchObject({ done: 1, answeredOffers: 1, offered: 3 });
    expect(read.quarantined.map((q) => q.key)).toEqual([
      `day:${day} events[1]`,
      `day:${day} events[2]`,
      `day:${day} events[3]`,
    ]);
    expect(read.changed).toBe(true);
  });

  it('rebuilds a bad record from the events and sets the whole of a shapeless value aside', () => {
    const badRecord = readBucket(day, { record: { done: 'x' }, events: [e('a')] }, ctx);
    expect(badRecord.bucket?.record).toMatchObject({ done: 1, browsed: true, goal: 3 });
    expect(badRecord.quarantined.map((q) => q.key)).toEqual([`day:${day} record`]);
    const shapeless = readBucket(day, 'garbage', ctx);
    expect(shapeless.bucket?.events).toEqual([]);
    expect(shapeless.quarantined).toEqual([
      { key: `day:${day}`, value: 'garbage', reason: expect.any(String) },
    ]);
  });
});
