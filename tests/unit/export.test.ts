import { describe, expect, it } from 'vitest';
import { dayKey } from '@/core/days';
import { parseImport, toCsv, toExportJson, type ExportedDay } from '@/core/export';
import { mergeImport } from '@/core/history';
import {
  addToDays,
  markBrowsed,
  type DayContext,
  type Days,
  type StretchEvent,
} from '@/core/history';

const ctx: DayContext = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };
const at = (d: number, h: number, m = 0) => new Date(2024, 5, d, h, m).getTime();
const EXPORTED_AT = Date.UTC(2024, 5, 20, 9, 30);

/** A week of history: two browsers' worth of events, a rest day, a day with browsing only. */
function sampleHistory(): { events: StretchEvent[]; days: Days } {
  const events: StretchEvent[] = [
    { id: 'a1', at: at(10, 9), kind: 'done', stretchId: 'kneeling-lunge' },
    { id: 'a2', at: at(10, 11), kind: 'snoozed', stretchId: null },
    { id: 'a3', at: at(10, 11, 5), kind: 'done', stretchId: 'standing-quad' },
    { id: 'a4', at: at(10, 15), kind: 'done', stretchId: 'glute-bridge' },
    { id: 'b1', at: at(11, 10), kind: 'skipped', stretchId: 'standing-quad' },
    { id: 'b2', at: at(11, 10), kind: 'done', stretchId: 'kneeling-lunge' },
    { id: 'c1', at: at(15, 12), kind: 'done', stretchId: 'seated-figure-four' },
  ];
  let days = addToDays({}, events, ctx);
  for (const d of [10, 11, 12, 15]) days = markBrowsed(days, dayKey(at(d, 12)), ctx);
  // A day with a goal of 5 snapshotted before the user changed it.
  days[dayKey(at(12, 12))] = { ...days[dayKey(at(12, 12))]!, goal: 5 };
  return { events, days };
}

function parsed(text: string) {
  const result = parseImport(text);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('export', () => {
  it('writes the versioned format with ISO times, events in time order, days by date', () => {
    const { events, days } = sampleHistory();
    const text = toExportJson([...events].reverse(), days, EXPORTED_AT);
    const file = JSON.parse(text) as Record<string, unknown> & {
      events: { at: string }[];
      days: ExportedDay[];
    };
    expect(file.format).toBe('unsit-history');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2024-06-20T09:30:00.000Z');
    expect(file.events[0]).toEqual({
      id: 'a1',
      at: new Date(at(10, 9)).toISOString(),
      kind: 'done',
      stretchId: 'kneeling-lunge',
    });
    expect(file.events.map((e) => Date.parse(e.at))).toEqual(
      events.map((e) => e.at).sort((x, y) => x - y),
    );
    expect(file.days.map((d) => d.day)).toEqual(Object.keys(days).sort());
    expect(Object.keys(file.days[0]!)).toEqual(['day', 'browsed', 'goal', 'workday']);
    expect(text).toContain('\n  "format": "unsit-history"');
  });

  it('round-trips: export, import, merge into nothing gives the same history', () => {
    const original = sampleHistory();
    const file = parsed(toExportJson(original.events, original.days, EXPORTED_AT));
    const merged = mergeImport({ events: [], days: {} }, file, ctx);
    expect(merged.events).toEqual(original.events);
    expect(merged.days).toEqual(original.days);
    expect(merged.added).toBe(original.events.length);
  });

  it('importing the same file twice changes nothing', () => {
    const original = sampleHistory();
    const file = parsed(toExportJson(original.events, original.days, EXPORTED_AT));
    const once = mergeImport({ events: [], days: {} }, file, ctx);
    const twice = mergeImport(once, file, ctx);
    expect(twice.added).toBe(0);
    expect(twice.events).toEqual(once.events);
    expect(twice.days).toEqual(once.days);
  });

  it('merges another browser: new ids are added, known ids kept as they are, browsing is OR-ed', () => {
    const here = sampleHistory();
    const elsewhere = {
      events: [
        { id: 'a1', at: at(10, 9), kind: 'skipped' as const, stretchId: 'changed' },
        { id: 'z1', at: at(12, 9), kind: 'done' as const, stretchId: 'standing-quad' },
      ],
      days: [
        { day: dayKey(at(12, 9)), browsed: false, goal: 2, workday: false },
        { day: dayKey(at(13, 9)), browsed: true, goal: 2, workday: true },
        { day: dayKey(at(10, 9)), browsed: true, goal: 8, workday: false },
      ],
    };
    const before = structuredClone(here);
    const merged = mergeImport(here, elsewhere, ctx);
    expect(here).toEqual(before);
    expect(merged.added).toBe(1);
    expect(merged.events.find((e) => e.id === 'a1')).toEqual(here.events[0]);
    expect(merged.events.map((e) => e.at)).toEqual(
      [...merged.events.map((e) => e.at)].sort((x, y) => x - y),
    );
    // Known days keep their own snapshot and gain the new event's count.
    expect(merged.days[dayKey(at(12, 9))]).toMatchObject({ done: 1, goal: 5, browsed: true });
    expect(merged.days[dayKey(at(10, 9))]).toEqual(here.days[dayKey(at(10, 9))]);
    // An unknown day arrives with its own snapshot.
    expect(merged.days[dayKey(at(13, 9))]).toEqual({
      done: 0,
      skipped: 0,
      snoozed: 0,
      browsed: true,
      goal: 2,
      workday: true,
    });
  });

  it('reads a missing stretch id as none and ignores extra fields', () => {
    const result = parsed(
      JSON.stringify({
        format: 'unsit-history',
        version: 1,
        app: 'unsit 0.2',
        events: [{ id: 'x', at: '2024-06-10T09:00:00.000Z', kind: 'snoozed', note: 'hi' }],
      }),
    );
    expect(result.events).toEqual([
      { id: 'x', at: Date.UTC(2024, 5, 10, 9), kind: 'snoozed', stretchId: null },
    ]);
    expect(result.days).toEqual([]);
  });

  it('writes one CSV row per recorded day', () => {
    const days: Days = {
      '2024-06-11': { done: 1, skipped: 2, snoozed: 0, browsed: true, goal: 3, workday: true },
      '2024-06-10': { done: 3, skipped: 0, snoozed: 1, browsed: true, goal: 3, workday: true },
      '2024-06-15': { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 3, workday: false },
    };
    expect(toCsv(days, ['2024-06-11'])).toBe(
      [
        'date,done,skipped,snoozed,goal,met,rest,freeze_used',
        '2024-06-10,3,0,1,3,yes,no,no',
        '2024-06-11,1,2,0,3,no,no,yes',
        '2024-06-15,0,0,0,3,no,yes,no',
        '',
      ].join('\n'),
    );
  });

  it('writes only the header for an empty history', () => {
    expect(toCsv({}, [])).toBe('date,done,skipped,snoozed,goal,met,rest,freeze_used\n');
  });
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

describe('import refuses a bad file and says why', () => {
  it.each([
    ['malformed JSON', '{"format": "unsit-history", "version": 1, "events": [', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['JSON that is not an object', '[1, 2, 3]', /not an Unsit history export/],
    ['no format', JSON.stringify({ version: 1, events: [] }), /format is missing/],
    ['another format', file({ format: 'stretchly-history' }), /format is not "unsit-history"/],
    ['a newer version', file({ version: 2 }), /version 2.*reads version 1/],
    ['no version', file({ version: undefined }), /no version number.*version 1/],
    ['a version as text', file({ version: '1' }), /reads version 1/],
    ['no events', file({ events: undefined }), /no list of events/],
    ['events that are not a list', file({ events: { a: 1 } }), /no list of events/],
    [
      'a nested __proto__ key',
      file({ events: [{ ...event(), __proto__x: 1 }] }).replace('__proto__x', '__proto__'),
      /"__proto__"/,
    ],
    [
      'a __proto__ key deep inside',
      '{"format":"unsit-history","version":1,"events":[],"x":{"y":[{"__proto__":{"polluted":true}}]}}',
      /"__proto__"/,
    ],
    [
      'a constructor key',
      '{"format":"unsit-history","version":1,"events":[],"constructor":{"name":"Object"}}',
      /"constructor"/,
    ],
    ['a prototype key', file({ prototype: {} }), /"prototype"/],
    [
      'duplicate event ids',
      file({ events: [event(), event({ at: '2024-06-11T09:00:00.000Z' })] }),
      /event id "e1" appears more than once/,
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
    ],
    [
      'a date that is not a date',
      file({ events: [event({ at: 'yesterday' })] }),
      /event 1 has a time that is not an ISO 8601/,
    ],
    [
      'a date without a time zone',
      file({ events: [event({ at: '2024-06-10T09:00:00' })] }),
      /event 1 has a time that is not an ISO 8601/,
    ],
    [
      'a date that does not exist',
      file({ events: [event({ at: '2024-02-30T09:00:00Z' })] }),
      /event 1 has a date that does not exist/,
    ],
    [
      'a date before 2000',
      file({ events: [event({ at: '1999-12-31T23:59:59Z' })] }),
      /event 1 has a date outside the years 2000 to 2100/,
    ],
    [
      'a date after 2100',
      file({ events: [event({ at: '2101-01-01T00:00:00Z' })] }),
      /outside the years 2000 to 2100/,
    ],
    [
      'a time as a number',
      file({ events: [event({ at: 1718010000000 })] }),
      /event 1 has a time that is not an ISO 8601/,
    ],
    [
      'a bad event further down',
      file({ events: [event(), event({ id: 'e2' }), event({ id: 'e3', kind: 'stretched' })] }),
      /event 3 has a kind other than done, skipped or snoozed/,
    ],
    ['an event without an id', file({ events: [event({ id: undefined })] }), /event 1 has no id/],
    [
      'an event without a kind',
      file({ events: [event({ kind: undefined })] }),
      /event 1 has no kind/,
    ],
    ['an empty id', file({ events: [event({ id: '' })] }), /event 1 has an empty id/],
    [
      'an id too long',
      file({ events: [event({ id: 'x'.repeat(101) })] }),
      /event 1 has an id longer than 100/,
    ],
    [
      'a stretch id too long',
      file({ events: [event({ stretchId: 'x'.repeat(101) })] }),
      /stretch id longer than 100/,
    ],
    ['an event that is not an object', file({ events: ['done'] }), /event 1 is not an object/],
    [
      'a day row with a bad date',
      file({ days: [{ day: '10/06/2024', browsed: true, goal: 3, workday: true }] }),
      /day row 1 has a date not written as YYYY-MM-DD/,
    ],
    [
      'a day row with a goal out of range',
      file({ days: [{ day: '2024-06-10', browsed: true, goal: 9, workday: true }] }),
      /day row 1 has a goal above 8/,
    ],
    [
      'a day row without workday',
      file({ days: [{ day: '2024-06-10', browsed: true, goal: 3 }] }),
      /day row 1 has no "workday" value/,
    ],
  ])('%s', (_name, text, reason) => {
    const result = parseImport(text);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    // Nothing else comes back: no events, no days.
    expect(Object.keys(result)).toEqual(['ok', 'reason']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains each refusal in a sentence', () => {
    expect(parseImport(file({ format: 'x' }))).toEqual({
      ok: false,
      reason: 'This file is not an Unsit history export (format is not "unsit-history").',
    });
    expect(parseImport(file({ events: [event(), event({ id: 'e2', at: 'soon' })] }))).toEqual({
      ok: false,
      reason:
        "This file can't be imported: event 2 has a time that is not an ISO 8601 date and time.",
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    const text = file();
    expect(parseImport(text, text.length - 1)).toEqual({
      ok: false,
      reason: expect.stringMatching(/too large/),
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
    const result = parseImport(' '.repeat(5_000_001));
    expect(result).toEqual({
      ok: false,
      reason: 'This file is too large to import (the limit is 5 MB).',
    });
  });

  it('refuses more than 200,000 events', () => {
    const one = JSON.stringify(event());
    const text = `{"format":"unsit-history","version":1,"events":[${Array(200_001).fill(one).join(',')}]}`;
    const result = parseImport(text, 100_000_000);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/more than 200,000 events/),
    });
  });
});
