import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveLabels } from '@/content/catalog';
import type { DayKey } from '@/core/days';
import { blankRecord, type DayRecord, type Days } from '@/core/history';
import { defaultSettings, MAX_PLAN_LENGTH } from '@/core/settings';
import { isRestDay, meetsGoal, summarize } from '@/core/streaks';
import {
  changedSince,
  encodeCell,
  encodeYear,
  itemKey,
  mergeSynced,
  newDeviceId,
  ownKeys,
  publishItems,
  readItem,
  readSynced,
  syncBytes,
  syncFootprint,
  withDayCell,
  type Span,
} from '@/core/sync';

// storage.sync quotas (Chrome; Firefox's are alike).
const QUOTA_BYTES = 102_400;
const QUOTA_BYTES_PER_ITEM = 8_192;
const MAX_ITEMS = 512;

const ALL_TIME: Span = { from: '0000-01-01', to: '9999-12-31' };
const LAPTOP = 'laptop01';
const DESKTOP = 'desktop1';

/** The key of the `index`-th day (0-based) of a calendar year, without local time. */
const dayOf = (year: number, index: number): DayKey =>
  new Date(Date.UTC(year, 0, index + 1)).toISOString().slice(0, 10);

const record = (fields: Partial<DayRecord>): DayRecord => ({ ...blankRecord(3, true), ...fields });

const isActive = (r: DayRecord) => r.done + r.skipped + r.offered > 0 || r.browsed;

// --- Arbitraries -----------------------------------------------------------

/** A day in 2023–2026 (2024 is a leap year). */
const dayArb = fc
  .record({ year: fc.integer({ min: 2023, max: 2026 }), index: fc.nat(365) })
  .map(({ year, index }) => dayOf(year, index))
  .filter((day) => day.startsWith('202'));

/** A day record within the ranges an item carries exactly; the fields sync leaves alone vary too. */
const recordArb: fc.Arbitrary<DayRecord> = fc
  .record({
    done: fc.oneof(fc.nat(4), fc.nat(63)),
    skipped: fc.oneof(fc.nat(3), fc.nat(63)),
    snoozed: fc.nat(5),
    offered: fc.nat(8),
    answered: fc.nat(8),
    browsed: fc.boolean(),
    goal: fc.integer({ min: 1, max: 8 }),
    workday: fc.boolean(),
    spells: fc.nat(9),
    quiet: fc.boolean(),
  })
  .map(({ answered, quiet, ...r }) => ({
    ...r,
    ...(quiet ? { done: 0, skipped: 0, offered: 0, browsed: false } : {}),
    answeredOffers: Math.min(answered, quiet ? 0 : r.offered, r.done),
    longestSpell: r.spells * 20,
    longSpells: 0,
  }));

const daysArb: fc.Arbitrary<Days> = fc.dictionary(dayArb, recordArb, { maxKeys: 40 });

const deviceIdArb = fc.stringMatching(/^[0-9a-z]{8}$/);

/** 1–3 other devices, each with its own days. */
const othersArb = fc.uniqueArray(fc.tuple(deviceIdArb, daysArb), {
  minLength: 1,
  maxLength: 3,
  selector: ([id]) => id,
});

/** Every item the devices publish, as `storage.sync.get(null)` entries. */
function syncEntries(devices: readonly (readonly [string, Days])[]): [string, unknown][] {
  return devices.flatMap(([id, days]) => Object.entries(publishItems(days, id)));
}

/** The carried fields of a record, for comparing across a round trip. */
const carried = (r: DayRecord | undefined) =>
  r && {
    done: r.done,
    skipped: r.skipped,
    offered: r.offered,
    answeredOffers: r.answeredOffers,
    goal: r.goal,
    browsed: r.browsed,
  };

// --- Device ids --------------------------------------------------------------

describe('newDeviceId', () => {
  it('is 8 characters of [0-9a-z], drawn from the random source, safe in a key', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (rs) => {
        let i = 0;
        const id = newDeviceId(() => rs[i++ % Math.max(1, rs.length)] ?? 0);
        expect(id).toMatch(/^[0-9a-z]{8}$/);
        expect(readItem(itemKey(id, 2025), '1')).toEqual({ device: id, cells: [] });
      }),
    );
    expect(newDeviceId(() => 0)).toBe('00000000');
    expect(newDeviceId(() => 0.9999)).toBe('zzzzzzzz');
    const ids = new Set(Array.from({ length: 200 }, () => newDeviceId(Math.random)));
    expect(ids.size).toBe(200);
  });
});

// --- Encoding ----------------------------------------------------------------

describe('encoding', () => {
  it('round-trips every day record within the ranges (encode, then decode)', () => {
    fc.assert(
      fc.property(deviceIdArb, daysArb, (id, days) => {
        const decoded: Record<DayKey, unknown> = {};
        for (const [key, value] of Object.entries(publishItems(days, id))) {
          const read = readItem(key, value);
          if (!read || typeof read === 'string') throw new Error(`${key}: ${String(read)}`);
          expect(read.device).toBe(id);
          for (const [day, [done, skipped, offered, answeredOffers, goal, browsed]] of read.cells) {
            decoded[day] = { done, skipped, offered, answeredOffers, goal, browsed: browsed === 1 };
          }
        }
        const expected: Record<DayKey, unknown> = {};
        for (const [day, rec] of Object.entries(days)) {
          if (isActive(rec)) expected[day] = carried(rec);
        }
        expect(decoded).toEqual(expected);
      }),
    );
  });

  it('caps what it cannot carry without changing whether the day met its goal or rested', () => {
    fc.assert(
      fc.property(
        fc.record({
          done: fc.nat(200),
          offered: fc.nat(60),
          answered: fc.nat(60),
          goal: fc.integer({ min: 1, max: 8 }),
          browsed: fc.boolean(),
        }),
        ({ done, offered, answered, goal, browsed }) => {
          const answeredOffers = Math.min(answered, offered, done);
          const rec = record({ done, offered, answeredOffers, goal, browsed });
          const { days } = mergeSynced(
            {},
            LAPTOP,
            [[itemKey(DESKTOP, 2025), encodeYear({ '2025-05-05': rec }, 2025)]],
            ALL_TIME,
          );
          const back = days['2025-05-05'];
          expect(back === undefined).toBe(!isActive(rec));
          expect(back !== undefined && meetsGoal(back)).toBe(isActive(rec) && meetsGoal(rec));
          expect(isRestDay(back)).toBe(isRestDay(rec));
          expect(back?.done ?? 0).toBe(Math.min(done, 63));
        },
      ),
    );
  });

  it('writes a day as 4 readable characters after the format digit, trailing empty days left out', () => {
    const days: Days = {
      '2025-01-01': record({ done: 3, offered: 3, answeredOffers: 3, goal: 2 }),
      '2025-01-03': record({ browsed: true, goal: 3 }),
      '2025-01-04': record({ goal: 5 }),
    };
    expect(encodeYear(days, 2025)).toBe('1' + '3092' + '0000' + '000c');
    expect(encodeYear(days, 2024)).toBe('1');
    expect(encodeCell(record({ done: 12, skipped: 1, offered: 8, answeredOffers: 8 }))).toBe(
      'c1I3',
    );
  });

  it('patches one day into the item as it is in sync, as if the year were encoded whole', () => {
    fc.assert(
      fc.property(
        daysArb,
        fc.integer({ min: 2023, max: 2026 }),
        fc.boolean(),
        (days, year, fromOld) => {
          const inYear = Object.entries(days).filter(([day]) => day.startsWith(`${year}-`));
          // Start from nothing, or from an older copy holding other counts on the same days.
          let value: string | undefined = fromOld
            ? encodeYear(Object.fromEntries(inYear.map(([d]) => [d, record({ done: 9 })])), year)
            : undefined;
          for (const [day, rec] of inYear) {
            const next = withDayCell(value, day, rec);
            if (next === null) throw new Error('not patched');
            value = next;
          }
          expect(value ?? '1').toBe(encodeYear(days, year));
        },
      ),
    );
    expect(withDayCell('1bad', '2025-01-01', record({ done: 1 }))).toBeNull();
    expect(withDayCell(42, '2025-01-01', record({ done: 1 }))).toBeNull();
    expect(withDayCell('2', '2025-01-01', record({ done: 1 }))).toBeNull();
  });

  it('publishes the years asked for, an emptied year as an empty value, and names its own keys', () => {
    const days: Days = {
      '2024-12-31': record({ done: 1 }),
      '2025-01-02': record({ done: 2 }),
      '2026-06-01': record({}),
    };
    expect(Object.keys(publishItems(days, LAPTOP)).sort()).toEqual([
      'u1:laptop01:2024',
      'u1:laptop01:2025',
    ]);
    expect(publishItems(days, LAPTOP, [2025, 2026])).toEqual({
      'u1:laptop01:2025': '100002003',
      'u1:laptop01:2026': '1',
    });
    // A key that names no day is never written over a real one.
    const odd: Days = { '2025-02-30': record({ done: 5 }), '2025-13-01': record({ done: 6 }) };
    expect(publishItems({ '2025-03-02': record({ done: 1 }), ...odd }, LAPTOP, [2025])).toEqual({
      'u1:laptop01:2025': `1${'0000'.repeat(31 + 28)}00001003`,
    });
    const keys = ['settings', 'u1:laptop01:2024', 'u1:desktop1:2024', 'u2:laptop01:2024'];
    expect(ownKeys(keys, LAPTOP)).toEqual(['u1:laptop01:2024']);
  });
});

// --- Problems ----------------------------------------------------------------

describe('items that cannot be used', () => {
  const cases: [string, string, unknown, string][] = [
    ['a value that is not a string', itemKey(DESKTOP, 2025), { v: 1, days: [] }, 'damaged'],
    ['a number', itemKey(DESKTOP, 2025), 1, 'damaged'],
    ['an empty string', itemKey(DESKTOP, 2025), '', 'damaged'],
    ['a cell cut short', itemKey(DESKTOP, 2025), '1200', 'damaged'],
    ['a character outside the alphabet', itemKey(DESKTOP, 2025), '12"00', 'damaged'],
    ['format digit 0', itemKey(DESKTOP, 2025), '02000', 'damaged'],
    ['a device id of another shape', 'u1:DESK:2025', '1', 'damaged'],
    ['a two-digit year', 'u1:desktop1:25', '1', 'damaged'],
    ['a key with more after the year', 'u1:desktop1:2025:x', '1', 'damaged'],
    ['a newer key format', 'u2:desktop1:2025', '12000', 'newer'],
    ['a newer key format of another shape', 'u12:anything', [1, 2, 3], 'newer'],
    ['a newer value format', itemKey(DESKTOP, 2025), '22000', 'newer'],
    ['more than 8 offered', itemKey(DESKTOP, 2025), '100J3', 'range'],
    ['goal 0 with activity', itemKey(DESKTOP, 2025), '12000', 'range'],
    ['a goal above 8', itemKey(DESKTOP, 2025), '10009', 'range'],
    ['a goal above 8, browsing', itemKey(DESKTOP, 2025), '1000i', 'range'],
    ['a goal without activity', itemKey(DESKTOP, 2025), '10003', 'range'],
    ['366 days in 2025', itemKey(DESKTOP, 2025), '1' + '0000'.repeat(365) + '1003', 'range'],
  ];

  it.each(cases)('%s is reported and set aside', (_, key, value, reason) => {
    const own: Days = { '2025-01-01': record({ done: 1 }) };
    const alone = mergeSynced(own, LAPTOP, [], ALL_TIME);
    const result = mergeSynced(own, LAPTOP, [[key, value]], ALL_TIME);
    expect(result.problems).toEqual({ [key]: reason });
    expect(result.days).toEqual(alone.days);
    expect(result.devices).toBe(1);
  });

  it('a damaged item is set aside whole: its good days are not merged either', () => {
    const key = itemKey(DESKTOP, 2025);
    const value = '1' + '2003' + '0000' + '100J'; // 1 Jan fine, 3 Jan offered 9
    const tablet: [string, unknown] = [itemKey('tablet01', 2025), '15003'];
    const { days, problems } = mergeSynced({}, LAPTOP, [[key, value], tablet], ALL_TIME);
    expect(problems).toEqual({ [key]: 'range' });
    expect(Object.keys(days)).toEqual(['2025-01-01']);
    expect(days['2025-01-01']?.done).toBe(5);
    // The same item without the bad cell merges.
    const fixed = mergeSynced({}, LAPTOP, [[key, '12003'], tablet], ALL_TIME);
    expect(fixed.days['2025-01-01']?.done).toBe(7);
  });

  it('keys that are not ours are left alone, without a problem', () => {
    const items: [string, unknown][] = [
      ['settings', defaultSettings],
      ['unsit', 5],
      ['u0:x', 1],
    ];
    expect(mergeSynced({}, LAPTOP, items, ALL_TIME)).toEqual({
      days: {},
      devices: 0,
      problems: {},
    });
  });

  it('never throws, whatever sync holds', () => {
    const keyArb = fc.oneof(
      fc.string(),
      fc.constantFrom('u1:', 'u2:', 'u1:desktop1:2025', 'u1:desktop1:2024', 'u1:laptop01:2025'),
    );
    const valueArb = fc.oneof(
      fc.anything(),
      fc.string({ unit: fc.constantFrom(...'0123abcJij-_"\\'.split('')) }).map((s) => `1${s}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb)), (items) => {
        const result = mergeSynced({}, LAPTOP, items, ALL_TIME);
        for (const key of Object.keys(result.problems)) {
          expect(items.some(([k]) => k === key)).toBe(true);
        }
        for (const rec of Object.values(result.days)) {
          expect(rec.offered).toBeLessThanOrEqual(8 * items.length);
          expect(rec.answeredOffers).toBeLessThanOrEqual(rec.offered);
          expect(rec.goal).toBeGreaterThanOrEqual(1);
          expect(rec.goal).toBeLessThanOrEqual(8);
        }
      }),
    );
  });
});

// --- Merging -----------------------------------------------------------------

describe('merging the devices', () => {
  it('adds the other devices’ counts to this browser’s days, day by day', () => {
    fc.assert(
      fc.property(daysArb, othersArb, (own, others) => {
        fc.pre(others.every(([id]) => id !== LAPTOP));
        const { days } = mergeSynced(own, LAPTOP, syncEntries(others), ALL_TIME);
        const everyDay = new Set([
          ...Object.keys(own),
          ...others.flatMap(([, d]) => Object.keys(d)),
        ]);
        for (const day of everyDay) {
          const recs = [own[day], ...others.map(([, d]) => d[day])].filter(
            (r, i): r is DayRecord => r !== undefined && (i === 0 || isActive(r)),
          );
          const merged = days[day];
          if (recs.length === 0) {
            expect(merged).toBeUndefined();
            continue;
          }
          const sum = (f: 'done' | 'skipped' | 'offered' | 'answeredOffers') =>
            recs.reduce((n, r) => n + r[f], 0);
          expect(carried(merged)).toEqual({
            done: sum('done'),
            skipped: sum('skipped'),
            offered: sum('offered'),
            answeredOffers: sum('answeredOffers'),
            // Only days with activity give a goal: an empty one is published by nobody (#28.7).
            goal: Math.min(
              ...(recs.some(isActive) ? recs.filter(isActive) : recs).map((r) => r.goal),
            ),
            browsed: recs.some((r) => r.browsed),
          });
          // What sync does not carry stays this browser's own.
          const ownRec = own[day];
          if (ownRec) expect(merged?.snoozed).toBe(ownRec.snoozed);
          if (ownRec) expect(merged?.spells).toBe(ownRec.spells);
        }
      }),
    );
  });

  it('judges the merged day by the product rule, as if one browser had seen every offer', () => {
    fc.assert(
      fc.property(recordArb, fc.array(recordArb, { minLength: 1, maxLength: 3 }), (own, others) => {
        const day = '2025-03-10';
        const entries = others.map((r, i): [string, unknown] => [
          itemKey(`device0${i}`, 2025),
          encodeYear({ [day]: r }, 2025),
        ]);
        const merged = mergeSynced({ [day]: own }, LAPTOP, entries, ALL_TIME).days[day];
        // A day without activity is published by no browser, so it gives no goal (#28.7).
        const active = [own, ...others].filter(isActive);
        const all = active.length > 0 ? active : [own];
        const goal = Math.min(...all.map((r) => r.goal));
        const done = all.reduce((n, r) => n + r.done, 0);
        const offered = all.reduce((n, r) => n + r.offered, 0);
        const everyOfferDone = all.every((r) => r.answeredOffers >= r.offered);
        // Rest only when no device offered; met by the day's stretches against the goal, or by
        // answering every offer of every device when they offered fewer than the goal in all.
        expect(isRestDay(merged)).toBe(all.every((r) => r.offered === 0));
        expect(merged && meetsGoal(merged)).toBe(
          done >= goal || (offered > 0 && offered < goal && everyOfferDone),
        );
        // A day met by its stretches on any device stays met.
        if (all.some((r) => r.done >= r.goal)) expect(merged && meetsGoal(merged)).toBe(true);
      }),
    );
  });

  it('is order-free: any order of the items gives the same result', () => {
    const entriesArb = othersArb.map(syncEntries);
    fc.assert(
      fc.property(
        daysArb,
        entriesArb.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length }),
          ),
        ),
        (own, [entries, shuffled]) => {
          const span = { from: '2024-06-01', to: '2025-06-01' };
          expect(mergeSynced(own, LAPTOP, shuffled, span)).toEqual(
            mergeSynced(own, LAPTOP, entries, span),
          );
        },
      ),
    );
  });

  it('is repeatable: items given again, or synced again, never count twice', () => {
    fc.assert(
      fc.property(
        daysArb,
        othersArb
          .map(syncEntries)
          .chain((entries) =>
            fc.tuple(fc.constant(entries), fc.subarray(entries), fc.subarray(entries)),
          ),
        (own, [entries, again, later]) => {
          const once = mergeSynced(own, LAPTOP, entries, ALL_TIME);
          expect(mergeSynced(own, LAPTOP, [...entries, ...entries], ALL_TIME)).toEqual(once);
          expect(mergeSynced(own, LAPTOP, [...again, ...entries, ...later], ALL_TIME)).toEqual(
            once,
          );
          // The result read again with the same items is the same (nothing accumulates).
          expect(readSynced([...entries, ...again], LAPTOP)).toEqual(readSynced(entries, LAPTOP));
        },
      ),
    );
  });

  it('an older and a newer copy of a device’s item count the device once, with the newer counts', () => {
    const day = '2025-04-01';
    const before = encodeYear({ [day]: record({ done: 1, offered: 2, answeredOffers: 1 }) }, 2025);
    const after = encodeYear({ [day]: record({ done: 3, offered: 3, answeredOffers: 3 }) }, 2025);
    const key = itemKey(DESKTOP, 2025);
    for (const items of [
      [
        [key, before],
        [key, after],
      ],
      [
        [key, after],
        [key, before],
      ],
    ] as [string, unknown][][]) {
      const merged = mergeSynced({}, LAPTOP, items, ALL_TIME).days[day];
      expect(carried(merged)).toMatchObject({ done: 3, offered: 3, answeredOffers: 3 });
    }
  });

  it('ignores this device’s own items read back from sync: its live records count', () => {
    fc.assert(
      fc.property(daysArb, daysArb, othersArb, (own, stale, others) => {
        fc.pre(others.every(([id]) => id !== LAPTOP));
        const entries = syncEntries(others);
        const echoed = [...entries, ...Object.entries(publishItems(stale, LAPTOP))];
        const echoedNow = [...entries, ...Object.entries(publishItems(own, LAPTOP))];
        const expected = mergeSynced(own, LAPTOP, entries, ALL_TIME);
        expect(mergeSynced(own, LAPTOP, echoed, ALL_TIME)).toEqual(expected);
        expect(mergeSynced(own, LAPTOP, echoedNow, ALL_TIME)).toEqual(expected);
      }),
    );
  });

  it('a device offline for a month merges cleanly when its items arrive', () => {
    fc.assert(
      fc.property(daysArb, othersArb, daysArb, deviceIdArb, (own, others, away, awayId) => {
        fc.pre(awayId !== LAPTOP && others.every(([id]) => id !== awayId && id !== LAPTOP));
        const present = syncEntries(others);
        const arriving = syncEntries([[awayId, away]]);
        const before = mergeSynced(own, LAPTOP, present, ALL_TIME);
        const after = mergeSynced(own, LAPTOP, [...present, ...arriving], ALL_TIME);
        // Arriving later is the same as having been there all along.
        expect(after).toEqual(mergeSynced(own, LAPTOP, [...arriving, ...present], ALL_TIME));
        // Its days add exactly its own counts: nothing else moves, nothing counts twice.
        for (const [day, rec] of Object.entries(after.days)) {
          const extra = away[day] && isActive(away[day]) ? away[day].done : 0;
          expect(rec.done).toBe((before.days[day]?.done ?? 0) + extra);
        }
        const awayActive = Object.values(away).some(isActive);
        expect(after.devices).toBe(before.devices + (awayActive ? 1 : 0));
      }),
    );
  });

  it('counts the devices with activity in the span, this one included', () => {
    fc.assert(
      fc.property(daysArb, othersArb, dayArb, dayArb, (own, others, a, b) => {
        fc.pre(others.every(([id]) => id !== LAPTOP));
        const span = a <= b ? { from: a, to: b } : { from: b, to: a };
        const activeIn = (days: Days) =>
          Object.entries(days).some(
            ([day, rec]) => day >= span.from && day <= span.to && isActive(rec),
          );
        const expected = [own, ...others.map(([, d]) => d)].filter(activeIn).length;
        expect(mergeSynced(own, LAPTOP, syncEntries(others), span).devices).toBe(expected);
      }),
    );
  });
});

// --- The product rule, worked ------------------------------------------------

describe('one streak across browsers', () => {
  const MONDAY = '2025-03-10';
  const TUESDAY = '2025-03-11';
  const WEDNESDAY = '2025-03-12';

  it('two devices that each did 2 stretches on a day show 4', () => {
    const laptop: Days = { [MONDAY]: record({ done: 2, offered: 3, answeredOffers: 2 }) };
    const desktop: Days = { [MONDAY]: record({ done: 2, offered: 2, answeredOffers: 2 }) };
    const items = Object.entries(publishItems(desktop, DESKTOP));
    const { days, devices } = mergeSynced(laptop, LAPTOP, items, { from: MONDAY, to: MONDAY });
    expect(days[MONDAY]?.done).toBe(4);
    expect(devices).toBe(2);
    // Alone, neither met the goal of 3; together they did.
    expect(meetsGoal(laptop[MONDAY] as DayRecord)).toBe(false);
    expect(meetsGoal(days[MONDAY] as DayRecord)).toBe(true);
  });

  it('a stretch on each browser on different days keeps one streak', () => {
    const goalDay = record({ done: 3, offered: 3, answeredOffers: 3 });
    // On Tuesday the laptop offered one stretch, skipped; the user stretched at the desktop.
    const laptop: Days = {
      [MONDAY]: goalDay,
      [TUESDAY]: record({ offered: 1, skipped: 1 }),
      [WEDNESDAY]: goalDay,
    };
    const desktop: Days = { [TUESDAY]: goalDay };
    const items = Object.entries(publishItems(desktop, DESKTOP));
    const merged = mergeSynced(laptop, LAPTOP, items, ALL_TIME).days;
    expect(summarize(laptop, WEDNESDAY).current).toBe(1);
    expect(summarize(merged, WEDNESDAY).current).toBe(3);
  });

  it('one browser’s short day does not carry a day the other browser’s offers were skipped', () => {
    const laptop: Days = { [MONDAY]: record({ done: 1, offered: 1, answeredOffers: 1 }) };
    const desktop: Days = { [MONDAY]: record({ skipped: 4, offered: 4 }) };
    const merged = mergeSynced(
      laptop,
      LAPTOP,
      Object.entries(publishItems(desktop, DESKTOP)),
      ALL_TIME,
    );
    expect(meetsGoal(laptop[MONDAY] as DayRecord)).toBe(true);
    expect(meetsGoal(merged.days[MONDAY] as DayRecord)).toBe(false);
  });

  it('a day on which no browser offered a stretch stays a rest day', () => {
    const laptop: Days = { [MONDAY]: record({ browsed: true }) };
    const desktop: Days = { [MONDAY]: record({ browsed: true, done: 1 }) };
    const merged = mergeSynced(
      laptop,
      LAPTOP,
      Object.entries(publishItems(desktop, DESKTOP)),
      ALL_TIME,
    );
    expect(isRestDay(merged.days[MONDAY])).toBe(true);
  });
});

// --- Quotas ------------------------------------------------------------------

describe('storage.sync quotas', () => {
  // The settings item shares the quota: the largest it can be with every move listed twice.
  const ids = moveLabels.map((m) => m.id);
  const settingsBytes = syncBytes({
    settings: {
      ...defaultSettings,
      disabledStretches: ids,
      favourites: ids,
      plan: 'x'.repeat(MAX_PLAN_LENGTH),
    },
  });
  const room = QUOTA_BYTES - settingsBytes;
  const leapYear = syncFootprint(1, 1, 2024).bytes;
  const fiveByThree = syncFootprint(3, 5);
  const twentyByOne = syncFootprint(1, 20);
  const fit = Math.floor(room / leapYear);
  const fmt = (n: number) => n.toLocaleString('en-US');

  it(`a full leap year of one device takes ${fmt(leapYear)} bytes; ${fit} device-years fit beside ${fmt(settingsBytes)} bytes of settings`, () => {
    console.log(
      `sync: ${fmt(leapYear)} B per device-year; 5 y x 3 devices ${fmt(fiveByThree.bytes)} B in ${fiveByThree.items} items; ` +
        `20 y x 1 device ${fmt(twentyByOne.bytes)} B in ${twentyByOne.items} items; ` +
        `settings up to ${fmt(settingsBytes)} B; ${fit} device-years fit`,
    );
    expect(leapYear).toBe(itemKey('00000000', 2024).length + JSON.stringify('1').length + 4 * 366);
    expect(fit).toBeGreaterThanOrEqual(60);
  });

  it(`5 years × 3 devices: ${fmt(fiveByThree.bytes)} bytes in ${fiveByThree.items} items`, () => {
    expect(fiveByThree.items).toBe(15);
    expect(fiveByThree.bytes).toBeLessThanOrEqual(room);
    expect(fiveByThree.largestItem).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(fiveByThree.items + 1).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it(`20 years × 1 device: ${fmt(twentyByOne.bytes)} bytes in ${twentyByOne.items} items`, () => {
    expect(twentyByOne.items).toBe(20);
    expect(twentyByOne.bytes).toBeLessThanOrEqual(room);
    expect(twentyByOne.largestItem).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(twentyByOne.items + 1).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it('counts bytes as the quota does: key plus the JSON of the value', () => {
    expect(syncBytes({ ab: 'cd', é: 1 })).toBe(2 + 4 + 2 + 1);
    const footprint = syncFootprint(2, 1, 2025);
    expect(footprint.bytes).toBe(2 * (16 + 2 + 1 + 4 * 365));
  });

  it('the figures in the module’s doc comment are the measured ones', () => {
    const doc = readFileSync(new URL('../../core/sync.ts', import.meta.url), 'utf8');
    for (const figure of [leapYear, fiveByThree.bytes, twentyByOne.bytes, fit]) {
      expect(doc).toContain(fmt(figure));
    }
  });
});

describe('what changed in sync', () => {
  const year = (days: Days) => encodeYear(days, 2025);
  const one = { '2025-03-10': record({ done: 2, browsed: true }) };
  const two = { ...one, '2025-03-12': record({ done: 1, browsed: true }) };

  it('names the earliest day another browser changed', () => {
    const changes = { [itemKey(DESKTOP, 2025)]: { oldValue: year(one), newValue: year(two) } };
    expect(changedSince(changes, LAPTOP)).toBe('2025-03-12');
    const undone = { [itemKey(DESKTOP, 2025)]: { oldValue: year(two), newValue: year({}) } };
    expect(changedSince(undone, LAPTOP)).toBe('2025-03-10');
  });

  it('ignores this browser’s own items, the settings and values that did not change', () => {
    expect(
      changedSince(
        {
          [itemKey(LAPTOP, 2025)]: { oldValue: year(one), newValue: year(two) },
          settings: { oldValue: {}, newValue: { dailyGoal: 4 } },
          [itemKey(DESKTOP, 2025)]: { oldValue: year(one), newValue: year(one) },
        },
        LAPTOP,
      ),
    ).toBeNull();
  });

  it('counts an item that does not read as changed from the start of its year', () => {
    const changes = { [itemKey(DESKTOP, 2024)]: { oldValue: 'x', newValue: year(one) } };
    expect(changedSince(changes, LAPTOP)).toBe('2024-01-01');
  });
});
