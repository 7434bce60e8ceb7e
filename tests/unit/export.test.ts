import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayKey } from '@/core/days';
import {
  IMPORT_MESSAGES_EN,
  MAX_IMPORT_EVENTS,
  parseImport,
  toCsv,
  toExportJson,
  type ExportedDay,
  type ImportMessage,
} from '@/core/export';
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
    file({ version: 2 }),
    /version 2.*reads version 1/,
    says('importWrongVersion'),
  ],
  [
    'no version',
    file({ version: undefined }),
    /no version number.*version 1/,
    says('importNoVersion'),
  ],
  ['a version as text', file({ version: '1' }), /reads version 1/, says('importWrongVersion')],
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
    const result = parseImport(' '.repeat(5_000_001));
    expect(result).toEqual({
      ok: false,
      reason: 'This file is too large to import (the limit is 5 MB).',
      message: { key: 'importTooLarge', substitutions: ['5 MB'] },
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
      file({ version: 2 }),
      { key: 'importWrongVersion', substitutions: ['2', '1'] },
    ],
    ['no version', file({ version: undefined }), { key: 'importNoVersion', substitutions: ['1'] }],
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
