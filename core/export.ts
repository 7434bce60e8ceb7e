/**
 * History export (JSON, lossless and versioned; CSV, one row per day) and
 * import (validated whole before anything is merged, so a bad file changes
 * nothing and says why). What export writes, import accepts, at every size
 * up to the event cap.
 *
 * Version 1 files carry events without their day; an import computes each
 * day once, in the zone of the machine that imports it. Version 2 files
 * carry the day and UTC offset every event was recorded with.
 */
import * as v from 'valibot';
import { dayKey, isCalendarDay, utcOffsetMinutes, type DayKey } from './days';
import { FELT, type DayBucket, type Days, type StretchEvent } from './history';
import {
  EARLIEST_EVENT_YEAR,
  FUTURE_SLACK_MS,
  isPlausibleEventTime,
  LATEST_EVENT_YEAR,
  MAX_GOAL,
  MAX_ID_LENGTH,
  MAX_OFFERED,
  MAX_SPELL_MINUTES,
  MAX_UTC_OFFSET_MINUTES,
  MIN_GOAL,
} from './history-schema';
import { isRestDay, meetsGoal, summarize } from './streaks';

import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_EVENTS,
  overBytes,
} from './export-file';

export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_EVENTS,
  toExportJson,
} from './export-file';

import type { ExportedDay } from './export-file';
export type { ExportedDay } from './export-file';

/** A history read from a file, ready to merge. */
export interface ImportedHistory {
  events: StretchEvent[];
  days: ExportedDay[];
  /**
   * The settings the file carries, as written (an export from before they
   * were carried has none). Checked field by field by the background, like
   * any save: a field that does not pass keeps its current value.
   */
  settings?: Record<string, unknown>;
}

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

/** What reading a file gives: the history, or the refusal. */
export type ParsedImport =
  ({ ok: true } & ImportedHistory) | { ok: false; reason: string; message: ImportMessage };

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** One row per recorded day; every value is a date, a number or yes/no, so nothing needs quoting. */
export function toCsv(days: Days, freezesUsed: readonly DayKey[]): string {
  const frozen = new Set(freezesUsed);
  const rows = [
    'date,done,skipped,snoozed,offered,goal,met,rest,freeze_used,spells,longest_spell_minutes,long_spells',
  ];
  for (const day of Object.keys(days).sort()) {
    const rec = days[day];
    if (!rec) continue;
    rows.push(
      [
        day,
        rec.done,
        rec.skipped,
        rec.snoozed,
        rec.offered,
        rec.goal,
        yesNo(meetsGoal(rec)),
        yesNo(isRestDay(rec)),
        yesNo(frozen.has(day)),
        rec.spells,
        rec.longestSpell,
        rec.longSpells,
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

/**
 * The CSV of every day bucket as of `today`: the freezes column needs the
 * streak walked over the whole history.
 */
export function csvExport(
  buckets: Iterable<readonly [DayKey, DayBucket]>,
  today: DayKey,
  todayGoal: number,
): string {
  const days: Days = {};
  for (const [day, bucket] of buckets) days[day] = bucket.record;
  return toCsv(days, summarize(days, today, { todayGoal, heatmapWeeks: 0 }).freezesUsed);
}

// ---- Import -------------------------------------------------------------

/** Keys that could reach an object's prototype if some later code copied the data carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
    'This Unsit export is version $1; this version of Unsit reads versions 1 to $2.',
  importNoVersion:
    'This Unsit export has no version number; this version of Unsit reads versions 1 to $1.',
  importNoEvents: 'This file has no list of events.',
  // The limit is written out so each language can group the digits its own way.
  importTooManyEvents: 'This file has more than 200,000 events, more than Unsit imports.',
  importDaysNotList: 'This file has a "days" value that is not a list.',
  importSettingsNotObject: 'This file has a "settings" value that Unsit cannot read as settings.',
  importTooManyDays: 'This file has too many day rows.',
  importMergedTooMany:
    'Together with the history already here, this file makes more than 200,000 events, more than Unsit keeps.',
  importMergedTooLarge:
    'Together with the history already here, this file makes a history too large to export again (the limit is $1).',
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
  importProblemFuture: 'has a date later than now',
  importProblemKind: 'has a kind other than done, skipped or snoozed',
  importProblemStretchIdNotText: 'has a stretch id that is not text',
  importProblemStretchIdTooLong: 'has a stretch id longer than $1 characters',
  importProblemDayFormat: 'has a date not written as YYYY-MM-DD',
  importProblemOffset: 'has a UTC offset that is not whole minutes between -$1 and +$1',
  importProblemDayMismatch: 'has a day that does not match its time and UTC offset',
  importProblemAnswersOffer: 'has an "answersOffer" value that is not true or false',
  importProblemFelt:
    'has a "felt" value other than hip, thigh, back, knee or nothing, or one on an event that is not a Done',
  importProblemOffered: 'has an "offered" value that is not a whole number from 0 to $1',
  importProblemSpells: 'has a sitting-spell count that is not a whole number from 0 to $1',
  importProblemLongestSpell: 'has a longest sitting spell that is not whole minutes from 0 to $1',
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
  importProblemNoOffset: 'has no UTC offset',
  importProblemNoOffered: 'has no "offered" value',
  importProblemNoBrowsed: 'has no "browsed" value',
  importProblemNoGoal: 'has no goal',
  importProblemNoWorkday: 'has no "workday" value',
} as const;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES_EN;

/** A message key, checked against the table; valibot carries it as the issue's message. */
const k = (key: ImportMessageKey): ImportMessageKey => key;

/** Substitutions that do not depend on the file. */
const FIXED_SUBSTITUTIONS: Partial<Record<ImportMessageKey, string[]>> = {
  importWrongFormat: [EXPORT_FORMAT],
  importNoVersion: [String(EXPORT_VERSION)],
  importProblemIdTooLong: [String(MAX_ID_LENGTH)],
  importProblemStretchIdTooLong: [String(MAX_ID_LENGTH)],
  importProblemDateOutOfRange: [String(EARLIEST_EVENT_YEAR), String(LATEST_EVENT_YEAR)],
  importProblemGoalBelow: [String(MIN_GOAL)],
  importProblemGoalAbove: [String(MAX_GOAL)],
  importProblemOffset: [String(MAX_UTC_OFFSET_MINUTES)],
  importProblemOffered: [String(MAX_OFFERED)],
  importProblemSpells: [String(MAX_OFFERED)],
  importProblemLongestSpell: [String(MAX_SPELL_MINUTES)],
};

/** $1…$9 replaced as browser.i18n does. */
function fill(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

const eventFields = {
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
    v.check((t: number) => isPlausibleEventTime(t), k('importProblemDateOutOfRange')),
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
};

const dayText = v.pipe(
  v.string(k('importProblemDayFormat')),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, k('importProblemDayFormat')),
  v.check(startsWithCalendarDay, k('importProblemDateNotReal')),
);

/** The local day of `at` at the given offset. */
function dayAtOffset(at: number, offset: number): DayKey {
  const t = new Date(at + offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const EventV1 = v.object(eventFields, k('importProblemNotObject'));
const EventV2 = v.pipe(
  v.object(
    {
      ...eventFields,
      day: dayText,
      utcOffset: v.pipe(
        v.number(k('importProblemOffset')),
        v.integer(k('importProblemOffset')),
        v.minValue(-MAX_UTC_OFFSET_MINUTES, k('importProblemOffset')),
        v.maxValue(MAX_UTC_OFFSET_MINUTES, k('importProblemOffset')),
      ),
      answersOffer: v.optional(v.boolean(k('importProblemAnswersOffer')), false),
      felt: v.optional(v.picklist(FELT, k('importProblemFelt'))),
    },
    k('importProblemNotObject'),
  ),
  v.check((e) => e.felt === undefined || e.kind === 'done', k('importProblemFelt')),
  v.check((e) => dayAtOffset(e.at, e.utcOffset) === e.day, k('importProblemDayMismatch')),
);

const dayRowFields = {
  day: dayText,
  browsed: v.boolean(k('importProblemBrowsedNotBoolean')),
  goal: v.pipe(
    v.number(k('importProblemGoalNotNumber')),
    v.integer(k('importProblemGoalNotWhole')),
    v.minValue(MIN_GOAL, k('importProblemGoalBelow')),
    v.maxValue(MAX_GOAL, k('importProblemGoalAbove')),
  ),
  workday: v.boolean(k('importProblemWorkdayNotBoolean')),
};
const DayRowV1 = v.object(dayRowFields, k('importProblemNotObject'));
/** A whole number in [0, max], or 0 when missing (a day from before Unsit kept it). */
const count = (max: number, message: ImportMessageKey) =>
  v.optional(
    v.pipe(
      v.number(k(message)),
      v.integer(k(message)),
      v.minValue(0, k(message)),
      v.maxValue(max, k(message)),
    ),
    0,
  );
const DayRowV2 = v.object(
  {
    ...dayRowFields,
    offered: v.pipe(
      v.number(k('importProblemOffered')),
      v.integer(k('importProblemOffered')),
      v.minValue(0, k('importProblemOffered')),
      v.maxValue(MAX_OFFERED, k('importProblemOffered')),
    ),
    spells: count(MAX_OFFERED, 'importProblemSpells'),
    longestSpell: count(MAX_SPELL_MINUTES, 'importProblemLongestSpell'),
    longSpells: count(MAX_OFFERED, 'importProblemSpells'),
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
  utcOffset: 'importProblemNoOffset',
  offered: 'importProblemNoOffered',
  browsed: 'importProblemNoBrowsed',
  goal: 'importProblemNoGoal',
  workday: 'importProblemNoWorkday',
};

// The length is checked before the items, so an oversized list is refused without walking it.
const listOf = <T extends v.GenericSchema>(
  item: T,
  notList: ImportMessageKey,
  tooMany: ImportMessageKey,
) =>
  v.pipe(
    v.array(v.unknown(), k(notList)),
    v.maxLength(MAX_IMPORT_EVENTS, k(tooMany)),
    v.array(item),
  );

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const fileSchema = <E extends v.GenericSchema, D extends v.GenericSchema>(
  version: 1 | 2,
  event: E,
  day: D,
) =>
  v.object(
    {
      format: v.literal(EXPORT_FORMAT, k('importWrongFormat')),
      version: v.literal(version, k('importWrongVersion')),
      events: listOf(event, 'importNoEvents', 'importTooManyEvents'),
      days: v.optional(listOf(day, 'importDaysNotList', 'importTooManyDays'), []),
      // Only the shape here; each field is checked where every save is (core/settings.ts).
      settings: v.optional(
        v.custom<Record<string, unknown>>(isPlainObject, k('importSettingsNotObject')),
      ),
    },
    k('importNotUnsit'),
  );

const FileV1 = fileSchema(1, EventV1, DayRowV1);
const FileV2 = fileSchema(2, EventV2, DayRowV2);

type Issue = v.InferIssue<typeof FileV1> | v.InferIssue<typeof FileV2>;

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

function firstRepeat(values: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

/**
 * A version-1 history in today's shape: each event's day computed once, here
 * and now; a day row asks for the goal unless it was a rest day by the old
 * rule (not a working day, or no browsing and no stretch).
 */
function fromVersion1(file: v.InferOutput<typeof FileV1>): ImportedHistory {
  const events = file.events.map((e): StretchEvent => ({
    ...e,
    day: dayKey(e.at),
    utcOffset: utcOffsetMinutes(e.at),
    answersOffer: false,
  }));
  const withEvents = new Set(events.map((e) => e.day));
  const days = file.days.map((row): ExportedDay => {
    const rest = !row.workday || (!row.browsed && !withEvents.has(row.day));
    return { ...row, offered: rest ? 0 : row.goal, spells: 0, longestSpell: 0, longSpells: 0 };
  });
  return { events, days };
}

function readJson(text: string): { data: unknown } | { refused: ReturnType<typeof refuse> } {
  const forbidden: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return value;
    });
  } catch {
    return { refused: refuse({ key: 'importNotJson', substitutions: [] }) };
  }
  const [badKey] = forbidden;
  if (badKey !== undefined)
    return { refused: refuse({ key: 'importForbiddenKey', substitutions: [badKey] }) };
  return { data };
}

/** The refusal of a file over the size limit; the page gives it before reading a large file. */
export function refuseTooLarge(maxBytes: number = MAX_IMPORT_BYTES): ParsedImport {
  return refuse({ key: 'importTooLarge', substitutions: [formatBytes(maxBytes)] });
}

/** The position (from 1) of the first event or day row dated after `now`, or null. */
function firstFuture(history: ImportedHistory, now: number): ImportMessage | null {
  const latest = now + FUTURE_SLACK_MS;
  const today = dayKey(latest);
  const problem = { key: 'importProblemFuture' as const, substitutions: [] };
  const event = history.events.findIndex((e) => e.at > latest || e.day > today);
  if (event >= 0) return { key: 'importBadEvent', substitutions: [String(event + 1)], problem };
  const day = history.days.findIndex((d) => d.day > today);
  if (day >= 0) return { key: 'importBadDay', substitutions: [String(day + 1)], problem };
  return null;
}

/**
 * Reads an export file. Nothing is returned unless the whole file is valid.
 * `now` is the moment of import: nothing may be dated after it.
 */
export function parseImport(
  text: string,
  maxBytes: number = MAX_IMPORT_BYTES,
  now: number = Date.now(),
): ParsedImport {
  if (overBytes(text, maxBytes)) return refuseTooLarge(maxBytes);
  const json = readJson(text);
  if ('refused' in json) return json.refused;
  const version = (json.data as { version?: unknown } | null)?.version;
  const result =
    version === 1
      ? v.safeParse(FileV1, json.data, { abortEarly: true })
      : v.safeParse(FileV2, json.data, { abortEarly: true });
  if (!result.success) return refuse(messageFor(result.issues[0]));
  const history =
    result.output.version === 1
      ? fromVersion1(result.output)
      : (result.output as unknown as ImportedHistory);
  const future = firstFuture(history, now);
  if (future) return refuse(future);

  const repeatedId = firstRepeat(history.events.map((e) => e.id));
  if (repeatedId !== null) return refuse({ key: 'importRepeatedId', substitutions: [repeatedId] });
  const repeatedDay = firstRepeat(history.days.map((d) => d.day));
  if (repeatedDay !== null)
    return refuse({ key: 'importRepeatedDay', substitutions: [repeatedDay] });
  const settings = result.output.settings;
  return settings
    ? { ok: true, events: history.events, days: history.days, settings }
    : { ok: true, events: history.events, days: history.days };
}
