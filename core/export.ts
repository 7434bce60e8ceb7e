/**
 * History export (JSON, lossless and versioned; CSV, one row per day) and
 * import (validated whole before anything is merged, so a bad file changes
 * nothing and says why).
 */
import * as v from 'valibot';
import type { DayKey } from './days';
import { byTime, type Days, type ExportedDay, type StretchEvent } from './history';
import { isPlausibleEventTime, EARLIEST_EVENT_YEAR, LATEST_EVENT_YEAR } from './migrate';
import { isRestDay } from './streaks';

export const EXPORT_FORMAT = 'unsit-history';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_EVENTS = 200_000;

/** A day as the export carries it: counts are left out because they are derived from the events. */
export type { ExportedDay };

/**
 * Why a file was refused, as a message in `_locales` for the options page to
 * show in the UI language. `problem`, when present, is itself a message: the
 * page looks it up and passes it as the last substitution (what is wrong with
 * event or day row $1).
 */
export interface ImportMessage {
  key: ImportMessageKey;
  substitutions: string[];
  problem?: { key: ImportMessageKey; substitutions: string[] };
}

export type ImportResult =
  | { ok: true; events: StretchEvent[]; days: ExportedDay[] }
  | { ok: false; reason: string; message: ImportMessage };

/** Events in time order; ties by id, so merging two browsers' files gives one order either way. */

function sortedDayKeys(days: Days): DayKey[] {
  return Object.keys(days).sort();
}

export function toExportJson(
  events: readonly StretchEvent[],
  days: Days,
  exportedAt: number,
): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    events: [...events].sort(byTime).map((e) => ({
      id: e.id,
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      stretchId: e.stretchId,
    })),
    days: sortedDayKeys(days).flatMap((day) => {
      const rec = days[day];
      return rec ? [{ day, browsed: rec.browsed, goal: rec.goal, workday: rec.workday }] : [];
    }),
  };
  return JSON.stringify(file, null, 2);
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** One row per recorded day; every value is a date, a number or yes/no, so nothing needs quoting. */
export function toCsv(days: Days, summaryFreezes: readonly DayKey[]): string {
  const frozen = new Set(summaryFreezes);
  const rows = ['date,done,skipped,snoozed,goal,met,rest,freeze_used'];
  for (const day of sortedDayKeys(days)) {
    const rec = days[day];
    if (!rec) continue;
    rows.push(
      [
        day,
        rec.done,
        rec.skipped,
        rec.snoozed,
        rec.goal,
        yesNo(rec.done >= rec.goal),
        yesNo(isRestDay(rec)),
        yesNo(frozen.has(day)),
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

// ---- Import -------------------------------------------------------------

/** Keys that could reach an object's prototype if some later code copied the data carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True when y-m-d names a day that exists (no 30 February). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function startsWithCalendarDay(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isCalendarDay(y, m, d);
}

/**
 * The English text of every refusal, with Chrome's $N substitutions. It gives
 * `reason`, and must match `public/_locales/en/messages.json` (a test checks).
 * The `importProblem…` messages finish the sentence "event 12 …" / "day row 3 …",
 * so each starts with a verb and reads the same after either.
 */
export const IMPORT_MESSAGES_EN = {
  importTooLarge: 'This file is too large to import (the limit is $1).',
  importNotJson: 'This file is not valid JSON, so it is not an Unsit history export.',
  importForbiddenKey: 'This file contains a field named "$1", which Unsit does not accept.',
  importNotUnsit: 'This file is not an Unsit history export.',
  importNoFormat: 'This file is not an Unsit history export (format is missing).',
  importWrongFormat: 'This file is not an Unsit history export (format is not "$1").',
  importWrongVersion:
    'This Unsit export is version $1; this version of Unsit reads version $2 only.',
  importNoVersion:
    'This Unsit export has no version number; this version of Unsit reads version $1.',
  importNoEvents: 'This file has no list of events.',
  // The limit is written out so each language can group the digits its own way.
  importTooManyEvents: 'This file has more than 200,000 events, more than Unsit imports.',
  importDaysNotList: 'This file has a "days" value that is not a list.',
  importTooManyDays: 'This file has too many day rows.',
  importRepeatedId: 'This file can\'t be imported: the event id "$1" appears more than once.',
  importRepeatedDay: "This file can't be imported: the day $1 appears more than once.",
  importBadEvent: "This file can't be imported: event $1 $2.",
  importBadDay: "This file can't be imported: day row $1 $2.",
  importProblemNotObject: 'is not an object',
  importProblemIdNotText: 'has an id that is not text',
  importProblemIdEmpty: 'has an empty id',
  importProblemIdTooLong: 'has an id longer than $1 characters',
  importProblemTimeNotIso: 'has a time that is not an ISO 8601 date and time',
  importProblemDateNotReal: 'has a date that does not exist',
  importProblemTimeInvalid: 'has a time that is not a valid date',
  importProblemDateOutOfRange: 'has a date outside the years $1 to $2',
  importProblemKind: 'has a kind other than done, skipped or snoozed',
  importProblemStretchIdNotText: 'has a stretch id that is not text',
  importProblemStretchIdTooLong: 'has a stretch id longer than $1 characters',
  importProblemDayFormat: 'has a date not written as YYYY-MM-DD',
  importProblemBrowsedNotBoolean: 'has a "browsed" value that is not true or false',
  importProblemGoalNotNumber: 'has a goal that is not a number',
  importProblemGoalNotWhole: 'has a goal that is not a whole number',
  importProblemGoalBelow: 'has a goal below $1',
  importProblemGoalAbove: 'has a goal above $1',
  importProblemWorkdayNotBoolean: 'has a "workday" value that is not true or false',
  importProblemNoId: 'has no id',
  importProblemNoTime: 'has no time',
  importProblemNoKind: 'has no kind',
  importProblemNoDate: 'has no date',
  importProblemNoBrowsed: 'has no "browsed" value',
  importProblemNoGoal: 'has no goal',
  importProblemNoWorkday: 'has no "workday" value',
} as const;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES_EN;

/** A message key, checked against the table; valibot carries it as the issue's message. */
const k = (key: ImportMessageKey): ImportMessageKey => key;

const MAX_ID_LENGTH = 100;
const MIN_GOAL = 1;
const MAX_GOAL = 8;

/** Substitutions that do not depend on the file. */
const FIXED_SUBSTITUTIONS: Partial<Record<ImportMessageKey, string[]>> = {
  importWrongFormat: [EXPORT_FORMAT],
  importNoVersion: [String(EXPORT_VERSION)],
  importProblemIdTooLong: [String(MAX_ID_LENGTH)],
  importProblemStretchIdTooLong: [String(MAX_ID_LENGTH)],
  importProblemDateOutOfRange: [String(EARLIEST_EVENT_YEAR), String(LATEST_EVENT_YEAR)],
  importProblemGoalBelow: [String(MIN_GOAL)],
  importProblemGoalAbove: [String(MAX_GOAL)],
};

/** $1…$9 replaced as browser.i18n does. */
function fill(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

const EventSchema = v.object(
  {
    id: v.pipe(
      v.string(k('importProblemIdNotText')),
      v.nonEmpty(k('importProblemIdEmpty')),
      v.maxLength(MAX_ID_LENGTH, k('importProblemIdTooLong')),
    ),
    at: v.pipe(
      v.string(k('importProblemTimeNotIso')),
      v.isoTimestamp(k('importProblemTimeNotIso')),
      v.check(startsWithCalendarDay, k('importProblemDateNotReal')),
      v.transform((s) => Date.parse(s)),
      v.check((t: number) => Number.isFinite(t), k('importProblemTimeInvalid')),
      v.check(isPlausibleEventTime, k('importProblemDateOutOfRange')),
    ),
    kind: v.picklist(['done', 'skipped', 'snoozed'], k('importProblemKind')),
    // Missing stretch id: the event showed no stretch (a snooze from the keyboard).
    stretchId: v.optional(
      v.nullable(
        v.pipe(
          v.string(k('importProblemStretchIdNotText')),
          v.maxLength(MAX_ID_LENGTH, k('importProblemStretchIdTooLong')),
        ),
      ),
      null,
    ),
  },
  k('importProblemNotObject'),
);

const DayRowSchema = v.object(
  {
    day: v.pipe(
      v.string(k('importProblemDayFormat')),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, k('importProblemDayFormat')),
      v.check(startsWithCalendarDay, k('importProblemDateNotReal')),
    ),
    browsed: v.boolean(k('importProblemBrowsedNotBoolean')),
    goal: v.pipe(
      v.number(k('importProblemGoalNotNumber')),
      v.integer(k('importProblemGoalNotWhole')),
      v.minValue(MIN_GOAL, k('importProblemGoalBelow')),
      v.maxValue(MAX_GOAL, k('importProblemGoalAbove')),
    ),
    workday: v.boolean(k('importProblemWorkdayNotBoolean')),
  },
  k('importProblemNotObject'),
);

/** Valibot reports a missing field with the enclosing object's message, so missing fields are named here. */
const MISSING_FIELD: Partial<Record<string, ImportMessageKey>> = {
  format: 'importNoFormat',
  version: 'importNoVersion',
  events: 'importNoEvents',
  id: 'importProblemNoId',
  at: 'importProblemNoTime',
  kind: 'importProblemNoKind',
  day: 'importProblemNoDate',
  browsed: 'importProblemNoBrowsed',
  goal: 'importProblemNoGoal',
  workday: 'importProblemNoWorkday',
};

const ExportSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT, k('importWrongFormat')),
    version: v.literal(EXPORT_VERSION, k('importWrongVersion')),
    // The length is checked before the items, so an oversized list is refused without walking it.
    events: v.pipe(
      v.array(v.unknown(), k('importNoEvents')),
      v.maxLength(MAX_IMPORT_EVENTS, k('importTooManyEvents')),
      v.array(EventSchema),
    ),
    days: v.optional(
      v.pipe(
        v.array(v.unknown(), k('importDaysNotList')),
        v.maxLength(MAX_IMPORT_EVENTS, k('importTooManyDays')),
        v.array(DayRowSchema),
      ),
      [],
    ),
  },
  k('importNotUnsit'),
);

type Issue = v.InferIssue<typeof ExportSchema>;

/** A refusal: the message for the page and the same sentence in English as `reason`. */
function refuse(message: ImportMessage) {
  const problem = message.problem;
  const substitutions = problem
    ? [...message.substitutions, fill(IMPORT_MESSAGES_EN[problem.key], problem.substitutions)]
    : message.substitutions;
  const reason = fill(IMPORT_MESSAGES_EN[message.key], substitutions);
  return { ok: false, reason, message } as const;
}

function isMessageKey(key: string): key is ImportMessageKey {
  return Object.hasOwn(IMPORT_MESSAGES_EN, key);
}

/** The first problem found, naming the event or day row by its position (from 1). */
function messageFor(issue: Issue): ImportMessage {
  const path = issue.path ?? [];
  const last = path.at(-1);
  const missing =
    last?.type === 'object' && last.origin === 'key' && typeof last.key === 'string'
      ? MISSING_FIELD[last.key]
      : undefined;
  // Every schema message is a key; anything else would be a valibot default.
  const key = missing ?? (isMessageKey(issue.message) ? issue.message : 'importNotUnsit');
  const substitutions =
    key === 'importWrongVersion'
      ? [String(issue.input).slice(0, 20), String(EXPORT_VERSION)]
      : (FIXED_SUBSTITUTIONS[key] ?? []);
  const [list, item] = path;
  if (item && typeof item.key === 'number' && (list?.key === 'events' || list?.key === 'days')) {
    return {
      key: list.key === 'events' ? 'importBadEvent' : 'importBadDay',
      substitutions: [String(item.key + 1)],
      problem: { key, substitutions },
    };
  }
  return { key, substitutions };
}

function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10} MB`;
  if (n >= 1_000) return `${Math.round(n / 100) / 10} kB`;
  return `${n} bytes`;
}

/** UTF-8 size. A string never takes fewer bytes than its length, so long ones are refused without encoding. */
function tooLarge(text: string, maxBytes: number): boolean {
  return text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes;
}

function firstRepeat(values: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

/** Reads an export file. Nothing is returned unless the whole file is valid. */
export function parseImport(text: string, maxBytes: number = MAX_IMPORT_BYTES): ImportResult {
  if (tooLarge(text, maxBytes)) {
    return refuse({ key: 'importTooLarge', substitutions: [formatBytes(maxBytes)] });
  }

  const forbidden: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return value;
    });
  } catch {
    return refuse({ key: 'importNotJson', substitutions: [] });
  }
  const [badKey] = forbidden;
  if (badKey !== undefined) {
    return refuse({ key: 'importForbiddenKey', substitutions: [badKey] });
  }

  const result = v.safeParse(ExportSchema, data, { abortEarly: true });
  if (!result.success) {
    return refuse(messageFor(result.issues[0]));
  }
  const { events, days } = result.output;

  const repeatedId = firstRepeat(events.map((e) => e.id));
  if (repeatedId !== null) {
    return refuse({ key: 'importRepeatedId', substitutions: [repeatedId] });
  }
  const repeatedDay = firstRepeat(days.map((d) => d.day));
  if (repeatedDay !== null) {
    return refuse({ key: 'importRepeatedDay', substitutions: [repeatedDay] });
  }
  return { ok: true, events, days };
}
