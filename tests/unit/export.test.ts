import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey, utcOffsetMinutes, type DayKey } from '@/core/days';
import {
  IMPORT_MESSAGES_EN,
  MAX_IMPORT_EVENTS,
  parseImport,
  toCsv,
  toExportJson,
  type ExportedDay,
  type ImportMessage,
} from '@/core/export';
import { defaultSettings } from '@/core/settings';
import {
  addEvent,
  emptyBucket,
  FELT,
  mergeIntoBuckets,
  type DayBucket,
  type DayContext,
  type Days,
  type StretchEvent,
} from '@/core/history';

const ctx: DayContext = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };
const at = (d: number, h: number, m = 0) => new Date(2024, 5, d, h, m).getTime();
const EXPORTED_AT = Date.UTC(2024, 5, 20, 9, 30);

function ev(
  id: string,
  t: number,
  kind: StretchEvent['kind'],
  stretchId: string | null,
): StretchEvent {
  return {
    id,
    at: t,
    kind,
    stretchId,
    day: dayKey(t),
    utcOffset: utcOffsetMinutes(t),
    answersOffer: kind === 'done',
  };
}

/** A week of history: two browsers' worth of events, a rest day, a day with browsing only. */
function sampleHistory(): Map<DayKey, DayBucket> {
  const events: StretchEvent[] = [
    ev('a1', at(10, 9), 'done', 'kneeling-lunge'),
    ev('a2', at(10, 11), 'snoozed', null),
    ev('a3', at(10, 11, 5), 'done', 'standing-quad'),
    ev('a4', at(10, 15), 'done', 'glute-bridge'),
    ev('b1', at(11, 10), 'skipped', 'standing-quad'),
    ev('b2', at(11, 10), 'done', 'kneeling-lunge'),
    ev('c1', at(15, 12), 'done', 'seated-figure-four'),
  ];
  const buckets = new Map<DayKey, DayBucket>();
  for (const d of [10, 11, 12, 15]) {
    const day = dayKey(at(d, 12));
    const base = emptyBucket(day, ctx);
    buckets.set(day, {
      ...base,
      record: { ...base.record, browsed: true, offered: d === 15 ? 0 : 3 },
    });
  }
  for (const e of events)
    buckets.set(e.day, addEvent(buckets.get(e.day) ?? emptyBucket(e.day, ctx), e));
  // A day with a goal of 5 snapshotted before the user changed it.
  const twelfth = dayKey(at(12, 12));
  const b = buckets.get(twelfth)!;
  buckets.set(twelfth, { ...b, record: { ...b.record, goal: 5 } });
  return buckets;
}

/** Imported at a moment after every event these tests write (up to 2100). */
const IMPORTED_AT = Date.UTC(2101, 0, 1);

function parsed(text: string) {
  const result = parseImport(text, undefined, IMPORTED_AT);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** What an import of `file` into `current` gives: the merged buckets, as the background merges. */
function merge(
  current: Map<DayKey, DayBucket>,
  file: { events: StretchEvent[]; days: ExportedDay[] },
) {
  const ids = new Set([...current.values()].flatMap((b) => b.events.map((e) => e.id)));
  const rows = new Map(file.days.map(({ day, ...row }) => [day, row]));
  const { changed, added } = mergeIntoBuckets(current, ids, file.events, rows, ctx);
  return { buckets: new Map([...current, ...changed]), added };
}

const sorted = (m: Map<DayKey, DayBucket>) =>
  [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('export', () => {
  it("writes version 2 with ISO times, each event's day and offset, events in time order, days by date", () => {
    const history = sampleHistory();
    const text = toExportJson([...history].reverse(), EXPORTED_AT);
    const file = JSON.parse(text) as Record<string, unknown> & {
      events: { at: string }[];
      days: ExportedDay[];
    };
    expect(file.format).toBe('unsit-history');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe('2024-06-20T09:30:00.000Z');
    expect(file.events[0]).toEqual({
      id: 'a1',
      at: new Date(at(10, 9)).toISOString(),
      kind: 'done',
      stretchId: 'kneeling-lunge',
      day: dayKey(at(10, 9)),
      utcOffset: utcOffsetMinutes(at(10, 9)),
      answersOffer: true,
    });
    const times = [...history.values()].flatMap((b) => b.events.map((e) => e.at));
    expect(file.events.map((e) => Date.parse(e.at))).toEqual(times.sort((x, y) => x - y));
    expect(file.days.map((d) => d.day)).toEqual([...history.keys()].sort());
    expect(Object.keys(file.days[0]!)).toEqual([
      'day',
      'browsed',
      'goal',
      'workday',
      'offered',
      'spells',
      'longestSpell',
      'longSpells',
    ]);
    expect(text).toContain('\n  "format": "unsit-history"');
  });

  it('round-trips: export, import, merge into nothing gives the same history', () => {
    const original = sampleHistory();
    const file = parsed(toExportJson(original, EXPORTED_AT));
    const merged = merge(new Map(), file);
    expect(sorted(merged.buckets)).toEqual(sorted(original));
    expect(merged.added).toBe(7);
  });

  it('importing the same file twice changes nothing', () => {
    const file = parsed(toExportJson(sampleHistory(), EXPORTED_AT));
    const once = merge(new Map(), file);
    const twice = merge(once.buckets, file);
    expect(twice.added).toBe(0);
    expect(sorted(twice.buckets)).toEqual(sorted(once.buckets));
  });

  it('merges another browser: new ids are added, known ids kept, browsing OR-ed, offers the larger', () => {
    const here = sampleHistory();
    const before = structuredClone(here);
    const elsewhere = {
      events: [
        ev('a1', at(10, 9), 'skipped', 'changed'),
        ev('z1', at(12, 9), 'done', 'standing-quad'),
      ],
      days: [
        {
          day: dayKey(at(12, 9)),
          browsed: false,
          goal: 2,
          workday: false,
          offered: 4,
          spells: 0,
          longestSpell: 0,
          longSpells: 0,
        },
        {
          day: dayKey(at(13, 9)),
          browsed: true,
          goal: 2,
          workday: true,
          offered: 1,
          spells: 0,
          longestSpell: 0,
          longSpells: 0,
        },
        {
          day: dayKey(at(10, 9)),
          browsed: true,
          goal: 8,
          workday: false,
          offered: 0,
          spells: 0,
          longestSpell: 0,
          longSpells: 0,
        },
      ],
    };
    const merged = merge(here, elsewhere);
    expect(here).toEqual(before);
    expect(merged.added).toBe(1);
    const tenth = merged.buckets.get(dayKey(at(10, 9)))!;
    expect(tenth).toEqual(here.get(dayKey(at(10, 9))));
    // Known days keep their own snapshot and gain the new event's count.
    expect(merged.buckets.get(dayKey(at(12, 9)))?.record).toMatchObject({
      done: 1,
      goal: 5,
      browsed: true,
      offered: 4,
    });
    // An unknown day arrives with its own snapshot.
    expect(merged.buckets.get(dayKey(at(13, 9)))?.record).toEqual({
      done: 0,
      skipped: 0,
      snoozed: 0,
      answeredOffers: 0,
      offered: 1,
      browsed: true,
      goal: 2,
      workday: true,
      spells: 0,
      longestSpell: 0,
      longSpells: 0,
    });
  });

  it('keeps every day as recorded when the file is read in another time zone', () => {
    // Events recorded in New York late in the evening: in Tokyo their time is the next day.
    const t = Date.UTC(2024, 5, 11, 3, 30); // 23:30 on June 10 in New York (UTC-4)
    const text = JSON.stringify({
      format: 'unsit-history',
      version: 2,
      events: [
        {
          id: 'ny',
          at: new Date(t).toISOString(),
          kind: 'done',
          stretchId: null,
          day: '2024-06-10',
          utcOffset: -240,
        },
      ],
      days: [{ day: '2024-06-10', browsed: true, goal: 3, workday: true, offered: 3 }],
    });
    const file = parsed(text);
    expect(file.events[0]).toMatchObject({
      day: '2024-06-10',
      utcOffset: -240,
      answersOffer: false,
    });
  });

  it('reads a version-1 file: days computed once here, offers from the old rest rule', () => {
    const result = parsed(
      JSON.stringify({
        format: 'unsit-history',
        version: 1,
        app: 'unsit 0.2',
        events: [{ id: 'x', at: '2024-06-10T09:00:00.000Z', kind: 'snoozed', note: 'hi' }],
        days: [
          { day: '2024-06-10', browsed: false, goal: 3, workday: true },
          { day: '2024-06-11', browsed: false, goal: 3, workday: true },
          { day: '2024-06-12', browsed: true, goal: 4, workday: true },
          { day: '2024-06-15', browsed: true, goal: 3, workday: false },
        ],
      }),
    );
    const t = Date.UTC(2024, 5, 10, 9);
    expect(result.events).toEqual([
      {
        id: 'x',
        at: t,
        kind: 'snoozed',
        stretchId: null,
        day: dayKey(t),
        utcOffset: utcOffsetMinutes(t),
        answersOffer: false,
      },
    ]);
    const offered = Object.fromEntries(result.days.map((d) => [d.day, d.offered]));
    expect(offered['2024-06-11']).toBe(0);
    expect(offered['2024-06-12']).toBe(4);
    expect(offered['2024-06-15']).toBe(0);
    expect(offered['2024-06-10']).toBe(dayKey(t) === '2024-06-10' ? 3 : 0);
  });

  it('writes one CSV row per recorded day', () => {
    const rec = (
      done: number,
      skipped: number,
      snoozed: number,
      offered: number,
      workday = true,
    ) => ({
      done,
      skipped,
      snoozed,
      answeredOffers: done,
      offered,
      browsed: true,
      goal: 3,
      workday,
      spells: 2,
      longestSpell: 50,
      longSpells: 1,
    });
    const days: Days = {
      '2024-06-11': rec(1, 2, 0, 3),
      '2024-06-10': rec(3, 0, 1, 3),
      '2024-06-15': rec(0, 0, 0, 0, false),
      '2024-06-16': rec(2, 0, 0, 2),
    };
    expect(toCsv(days, ['2024-06-11'])).toBe(
      [
        'date,done,skipped,snoozed,offered,goal,met,rest,freeze_used,spells,longest_spell_minutes,long_spells',
        '2024-06-10,3,0,1,3,3,yes,no,no,2,50,1',
        '2024-06-11,1,2,0,3,3,no,no,yes,2,50,1',
        '2024-06-15,0,0,0,0,3,no,yes,no,2,50,1',
        '2024-06-16,2,0,0,2,3,yes,no,no,2,50,1',
        '',
      ].join('\n'),
    );
  });

  it('writes only the header for an empty history', () => {
    expect(toCsv({}, [])).toBe(
      'date,done,skipped,snoozed,offered,goal,met,rest,freeze_used,spells,longest_spell_minutes,long_spells\n',
    );
  });
});

describe('what export writes, import accepts', () => {
  it('for any history it can store', () => {
    const eventArb = fc.record({
      at: fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2100, 11, 30) }),
      kind: fc.constantFrom('done', 'skipped', 'snoozed'),
      stretchId: fc.option(fc.string({ maxLength: 100 }), { nil: null }),
      offer: fc.boolean(),
      // Where a Done was felt (#23), when the user said.
      felt: fc.option(fc.constantFrom(...FELT), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (list) => {
        const buckets = new Map<DayKey, DayBucket>();
        list.forEach((x, i) => {
          const e: StretchEvent = {
            ...ev(`e${i}`, x.at, x.kind, x.stretchId),
            answersOffer: x.kind === 'done' && x.offer,
            ...(x.kind === 'done' && x.felt ? { felt: x.felt } : {}),
          };
          buckets.set(e.day, addEvent(buckets.get(e.day) ?? emptyBucket(e.day, ctx), e));
        });
        const file = parsed(toExportJson(buckets, EXPORTED_AT));
        expect(sorted(merge(new Map(), file).buckets)).toEqual(sorted(buckets));
      }),
      { numRuns: 200 },
    );
  });

  it('at the event cap', () => {
    const buckets = new Map<DayKey, DayBucket>();
    const start = Date.UTC(2005, 0, 1, 12);
    for (let i = 0; i < MAX_IMPORT_EVENTS; i++) {
      const e = ev(
        `id-${i}`,
        start + Math.floor(i / 27) * 86_400_000 + (i % 27) * 60_000,
        'done',
        'desk-split-stance',
      );
      let b = buckets.get(e.day);
      if (!b) {
        b = emptyBucket(e.day, ctx);
        buckets.set(e.day, b);
      }
      b.events.push(e);
    }
    const text = toExportJson(buckets, EXPORTED_AT);
    const result = parseImport(text);
    expect(result.ok && result.events.length).toBe(MAX_IMPORT_EVENTS);
  }, 60_000);
});

// ---- Hostile and broken files -------------------------------------------

const event = (fields: Record<string, unknown> = {}) => ({
  id: 'e1',
  at: '2024-06-10T09:00:00.000Z',
  kind: 'done',
  stretchId: 'kneeling-lunge',
  ...fields,
});
const file = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'unsit-history', version: 1, events: [event()], ...fields });

/** The message a refusal carries: its key and, for an event or day row, the problem's key. */
function says(key: string, problem?: string): Record<string, unknown> {
  return problem ? { key, problem: expect.objectContaining({ key: problem }) } : { key };
}

const refusals: [string, string, RegExp, Record<string, unknown>][] = [
  [
    'malformed JSON',
    '{"format": "unsit-history", "version": 1, "events": [',
    /not valid JSON/,
    says('importNotJson'),
  ],
  ['an empty file', '', /not valid JSON/, says('importNotJson')],
  [
    'JSON that is not an object',
    '[1, 2, 3]',
    /not an Unsit history export/,
    says('importNoFormat'),
  ],
  [
    'no format',
    JSON.stringify({ version: 1, events: [] }),
    /format is missing/,
    says('importNoFormat'),
  ],
  [
    'another format',
    file({ format: 'stretchly-history' }),
    /format is not "unsit-history"/,
    says('importWrongFormat'),
  ],
  [
    'a newer version',
    file({ version: 3 }),
    /version 3.*reads versions 1 to 2/,
    says('importWrongVersion'),
  ],
  [
    'no version',
    file({ version: undefined }),
    /no version number.*versions 1 to 2/,
    says('importNoVersion'),
  ],
  [
    'a version as text',
    file({ version: '1' }),
    /reads versions 1 to 2/,
    says('importWrongVersion'),
  ],
  [
    'a version-2 event whose day does not match its time',
    file({ version: 2, events: [event({ day: '2024-06-11', utcOffset: 0 })] }),
    /event 1 has a day that does not match its time and UTC offset/,
    says('importBadEvent', 'importProblemDayMismatch'),
  ],
  [
    'a version-2 event without a UTC offset',
    file({ version: 2, events: [event({ day: '2024-06-10' })] }),
    /event 1 has no UTC offset/,
    says('importBadEvent', 'importProblemNoOffset'),
  ],
  [
    'a version-2 event with an offset out of range',
    file({ version: 2, events: [event({ day: '2024-06-10', utcOffset: 24 * 60 })] }),
    /event 1 has a UTC offset that is not whole minutes between -840 and \+840/,
    says('importBadEvent', 'importProblemOffset'),
  ],
  [
    'a version-2 day row without offers',
    file({
      version: 2,
      events: [],
      days: [{ day: '2024-06-10', browsed: true, goal: 3, workday: true }],
    }),
    /day row 1 has no "offered" value/,
    says('importBadDay', 'importProblemNoOffered'),
  ],
  ['no events', file({ events: undefined }), /no list of events/, says('importNoEvents')],
  [
    'events that are not a list',
    file({ events: { a: 1 } }),
    /no list of events/,
    says('importNoEvents'),
  ],
  [
    'a nested __proto__ key',
    file({ events: [{ ...event(), __proto__x: 1 }] }).replace('__proto__x', '__proto__'),
    /"__proto__"/,
    says('importForbiddenKey'),
  ],
  [
    'a __proto__ key deep inside',
    '{"format":"unsit-history","version":1,"events":[],"x":{"y":[{"__proto__":{"polluted":true}}]}}',
    /"__proto__"/,
    says('importForbiddenKey'),
  ],
  [
    'a constructor key',
    '{"format":"unsit-history","version":1,"events":[],"constructor":{"name":"Object"}}',
    /"constructor"/,
    says('importForbiddenKey'),
  ],
  ['a prototype key', file({ prototype: {} }), /"prototype"/, says('importForbiddenKey')],
  [
    'duplicate event ids',
    file({ events: [event(), event({ at: '2024-06-11T09:00:00.000Z' })] }),
    /event id "e1" appears more than once/,
    says('importRepeatedId'),
  ],
  [
    'duplicate day rows',
    file({
      days: [
        { day: '2024-06-10', browsed: true, goal: 3, workday: true },
        { day: '2024-06-10', browsed: false, goal: 3, workday: true },
      ],
    }),
    /day 2024-06-10 appears more than once/,
    says('importRepeatedDay'),
  ],
  [
    'a date that is not a date',
    file({ events: [event({ at: 'yesterday' })] }),
    /event 1 has a time that is not an ISO 8601/,
    says('importBadEvent', 'importProblemTimeNotIso'),
  ],
  [
    'a date without a time zone',
    file({ events: [event({ at: '2024-06-10T09:00:00' })] }),
    /event 1 has a time that is not an ISO 8601/,
    says('importBadEvent', 'importProblemTimeNotIso'),
  ],
  [
    'a date that does not exist',
    file({ events: [event({ at: '2024-02-30T09:00:00Z' })] }),
    /event 1 has a date that does not exist/,
    says('importBadEvent', 'importProblemDateNotReal'),
  ],
  [
    'a date before 2000',
    file({ events: [event({ at: '1999-12-31T23:59:59Z' })] }),
    /event 1 has a date outside the years 2000 to 2100/,
    says('importBadEvent', 'importProblemDateOutOfRange'),
  ],
  [
    'a date after 2100',
    file({ events: [event({ at: '2101-01-01T00:00:00Z' })] }),
    /outside the years 2000 to 2100/,
    says('importBadEvent', 'importProblemDateOutOfRange'),
  ],
  [
    'a time as a number',
    file({ events: [event({ at: 1718010000000 })] }),
    /event 1 has a time that is not an ISO 8601/,
    says('importBadEvent', 'importProblemTimeNotIso'),
  ],
  [
    'a version-2 event felt somewhere unknown',
    JSON.stringify({
      format: 'unsit-history',
      version: 2,
      events: [
        {
          ...event({ felt: 'elbow' }),
          at: '2024-06-10T09:00:00.000Z',
          day: '2024-06-10',
          utcOffset: 0,
        },
      ],
      days: [],
    }),
    /event 1 has a "felt" value other than/,
    says('importBadEvent', 'importProblemFelt'),
  ],
  [
    'a bad event further down',
    file({ events: [event(), event({ id: 'e2' }), event({ id: 'e3', kind: 'stretched' })] }),
    /event 3 has a kind other than done, skipped or snoozed/,
    says('importBadEvent', 'importProblemKind'),
  ],
  [
    'an event without an id',
    file({ events: [event({ id: undefined })] }),
    /event 1 has no id/,
    says('importBadEvent', 'importProblemNoId'),
  ],
  [
    'an event without a kind',
    file({ events: [event({ kind: undefined })] }),
    /event 1 has no kind/,
    says('importBadEvent', 'importProblemNoKind'),
  ],
  [
    'an empty id',
    file({ events: [event({ id: '' })] }),
    /event 1 has an empty id/,
    says('importBadEvent', 'importProblemIdEmpty'),
  ],
  [
    'an id too long',
    file({ events: [event({ id: 'x'.repeat(101) })] }),
    /event 1 has an id longer than 100/,
    says('importBadEvent', 'importProblemIdTooLong'),
  ],
  [
    'a stretch id too long',
    file({ events: [event({ stretchId: 'x'.repeat(101) })] }),
    /stretch id longer than 100/,
    says('importBadEvent', 'importProblemStretchIdTooLong'),
  ],
  [
    'an event that is not an object',
    file({ events: ['done'] }),
    /event 1 is not an object/,
    says('importBadEvent', 'importProblemNotObject'),
  ],
  [
    'a day row with a bad date',
    file({ days: [{ day: '10/06/2024', browsed: true, goal: 3, workday: true }] }),
    /day row 1 has a date not written as YYYY-MM-DD/,
    says('importBadDay', 'importProblemDayFormat'),
  ],
  [
    'a day row with a goal out of range',
    file({ days: [{ day: '2024-06-10', browsed: true, goal: 9, workday: true }] }),
    /day row 1 has a goal above 8/,
    says('importBadDay', 'importProblemGoalAbove'),
  ],
  [
    'a day row without workday',
    file({ days: [{ day: '2024-06-10', browsed: true, goal: 3 }] }),
    /day row 1 has no "workday" value/,
    says('importBadDay', 'importProblemNoWorkday'),
  ],
];

describe('the export is a backup (#24, item 2)', () => {
  const settings = {
    ...defaultSettings,
    intervalMinutes: 35,
    noKneeling: true,
    plan: 'Up at calls',
  };

  it('carries the settings, and import gives them back as written', () => {
    const text = toExportJson(sampleHistory(), EXPORTED_AT, settings);
    expect(JSON.parse(text)).toMatchObject({ settings: { intervalMinutes: 35, noKneeling: true } });
    expect(parsed(text).settings).toEqual(settings);
  });

  it('an export without settings imports without them', () => {
    const result = parsed(toExportJson(sampleHistory(), EXPORTED_AT));
    expect(result).not.toHaveProperty('settings');
  });

  it('refuses settings that are not an object, and names them', () => {
    const text = JSON.stringify({ ...JSON.parse(file()), settings: [1, 2] });
    expect(parseImport(text)).toMatchObject({
      ok: false,
      message: { key: 'importSettingsNotObject' },
      reason: expect.stringMatching(/"settings"/),
    });
  });
});

describe('import refuses events dated after now (#24, item 10)', () => {
  const now = Date.UTC(2024, 5, 20, 12);
  const text = (iso: string) =>
    JSON.stringify({
      format: 'unsit-history',
      version: 1,
      events: [event(), event({ id: 'e2', at: iso })],
    });

  it('refuses an event later than an hour from now, naming it', () => {
    expect(parseImport(text('2024-06-25T09:00:00.000Z'), undefined, now)).toEqual({
      ok: false,
      reason: "This file can't be imported: event 2 has a date later than now.",
      message: {
        key: 'importBadEvent',
        substitutions: ['2'],
        problem: { key: 'importProblemFuture', substitutions: [] },
      },
    });
  });

  it('accepts one from a clock a few minutes ahead', () => {
    expect(parseImport(text('2024-06-20T12:20:00.000Z'), undefined, now).ok).toBe(true);
  });

  it('refuses a day row dated after today', () => {
    const withDay = JSON.stringify({
      format: 'unsit-history',
      version: 1,
      events: [event()],
      days: [{ day: '2024-07-01', browsed: true, goal: 3, workday: true }],
    });
    expect(parseImport(withDay, undefined, now)).toMatchObject({
      ok: false,
      message: { key: 'importBadDay', problem: { key: 'importProblemFuture' } },
    });
  });
});

describe('import refuses a bad file and says why', () => {
  it.each(refusals)('%s', (_name, text, reason, message) => {
    const result = parseImport(text);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(reason),
      message: expect.objectContaining(message),
    });
    // Nothing else comes back: no events, no days.
    expect(Object.keys(result)).toEqual(['ok', 'reason', 'message']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains each refusal in a sentence', () => {
    expect(parseImport(file({ format: 'x' }))).toEqual({
      ok: false,
      reason: 'This file is not an Unsit history export (format is not "unsit-history").',
      message: { key: 'importWrongFormat', substitutions: ['unsit-history'] },
    });
    expect(parseImport(file({ events: [event(), event({ id: 'e2', at: 'soon' })] }))).toEqual({
      ok: false,
      reason:
        "This file can't be imported: event 2 has a time that is not an ISO 8601 date and time.",
      message: {
        key: 'importBadEvent',
        substitutions: ['2'],
        problem: { key: 'importProblemTimeNotIso', substitutions: [] },
      },
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    const text = file();
    expect(parseImport(text, text.length - 1)).toEqual({
      ok: false,
      reason: expect.stringMatching(/too large/),
      message: { key: 'importTooLarge', substitutions: [expect.stringMatching(/^\d/)] },
    });
    expect(parseImport(text, text.length).ok).toBe(true);
  });

  it('measures the size in UTF-8 bytes, not characters', () => {
    const text = file({ events: [event({ stretchId: 'é'.repeat(40) })] });
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBe(text.length + 40);
    expect(parseImport(text, bytes - 1).ok).toBe(false);
    expect(parseImport(text, bytes).ok).toBe(true);
  });

  it('names the default limit in megabytes', () => {
    const result = parseImport(' '.repeat(64_000_001));
    expect(result).toEqual({
      ok: false,
      reason: 'This file is too large to import (the limit is 64 MB).',
      message: { key: 'importTooLarge', substitutions: ['64 MB'] },
    });
  });

  it('refuses more than 200,000 events', () => {
    const one = JSON.stringify(event());
    const text = `{"format":"unsit-history","version":1,"events":[${Array(200_001).fill(one).join(',')}]}`;
    const result = parseImport(text, 100_000_000);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/more than 200,000 events/),
      message: { key: 'importTooManyEvents', substitutions: [] },
    });
    // The limit is written into the messages; they must follow the constant.
    expect(result.ok || result.reason).toContain(MAX_IMPORT_EVENTS.toLocaleString('en'));
  });

  it.each([
    [
      'a newer version',
      file({ version: 3 }),
      { key: 'importWrongVersion', substitutions: ['3', '2'] },
    ],
    ['no version', file({ version: undefined }), { key: 'importNoVersion', substitutions: ['2'] }],
    [
      'a forbidden key',
      file({ prototype: {} }),
      { key: 'importForbiddenKey', substitutions: ['prototype'] },
    ],
    [
      'a repeated id',
      file({ events: [event(), event()] }),
      { key: 'importRepeatedId', substitutions: ['e1'] },
    ],
    [
      'a bad event further down',
      file({ events: [event(), event({ id: 'e2' }), event({ id: 'e3', kind: 'stretched' })] }),
      {
        key: 'importBadEvent',
        substitutions: ['3'],
        problem: { key: 'importProblemKind', substitutions: [] },
      },
    ],
    [
      'a date out of range',
      file({ events: [event({ at: '1999-12-31T23:59:59Z' })] }),
      {
        key: 'importBadEvent',
        substitutions: ['1'],
        problem: { key: 'importProblemDateOutOfRange', substitutions: ['2000', '2100'] },
      },
    ],
    [
      'a goal out of range',
      file({ days: [{ day: '2024-06-10', browsed: true, goal: 0, workday: true }] }),
      {
        key: 'importBadDay',
        substitutions: ['1'],
        problem: { key: 'importProblemGoalBelow', substitutions: ['1'] },
      },
    ],
    [
      'an id too long',
      file({ events: [event({ id: 'x'.repeat(101) })] }),
      {
        key: 'importBadEvent',
        substitutions: ['1'],
        problem: { key: 'importProblemIdTooLong', substitutions: ['100'] },
      },
    ],
  ])('gives the substitutions for %s', (_name, text, message) => {
    expect(parseImport(text)).toMatchObject({ ok: false, message });
  });
});

// ---- Refusals in the UI language ----------------------------------------

function localeMessages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
}

/** What the options page shows: browser.i18n's $N substitution, the problem looked up first. */
function render(messages: Record<string, { message: string }>, message: ImportMessage): string {
  const get = (key: string, subs: readonly string[]) =>
    (messages[key]?.message ?? `<missing ${key}>`).replace(
      /\$(\d)/g,
      (_, n: string) => subs[Number(n) - 1] ?? `<missing $${n}>`,
    );
  const { key, substitutions, problem } = message;
  return get(
    key,
    problem ? [...substitutions, get(problem.key, problem.substitutions)] : substitutions,
  );
}

describe('import refusals as messages', () => {
  const en = localeMessages('en');
  const es = localeMessages('es');
  const cases = [
    ...refusals.map(([name, text]) => [name, text, undefined] as const),
    ['a file over the limit', file(), 10] as const,
    [
      'a bad day row date',
      file({ days: [{ day: '2024-02-30', browsed: true, goal: 3, workday: true }] }),
      undefined,
    ] as const,
    [
      'a goal not whole',
      file({ days: [{ day: '2024-06-10', browsed: true, goal: 2.5, workday: true }] }),
      undefined,
    ] as const,
    [
      'a browsed value as text',
      file({ days: [{ day: '2024-06-10', browsed: 'yes', goal: 3, workday: true }] }),
      undefined,
    ] as const,
    ['days not a list', file({ days: 'none' }), undefined] as const,
    ['a file of just null', 'null', undefined] as const,
    ['a day row that is not an object', file({ days: [null] }), undefined] as const,
  ];

  it.each(cases)('%s: the English message is the reason, word for word', (_name, text, max) => {
    const result = parseImport(text, max);
    if (result.ok) throw new Error('accepted');
    expect(render(en, result.message)).toBe(result.reason);
  });

  it.each(cases)('%s: the Spanish message is complete', (_name, text, max) => {
    const result = parseImport(text, max);
    if (result.ok) throw new Error('accepted');
    const spanish = render(es, result.message);
    expect(spanish).not.toMatch(/<missing|\$\d/);
    expect(spanish).not.toBe(result.reason);
  });

  it('has the same English text in the code and in messages.json', () => {
    for (const [key, text] of Object.entries(IMPORT_MESSAGES_EN)) {
      expect(en[key]?.message, key).toBe(text);
    }
  });
});
