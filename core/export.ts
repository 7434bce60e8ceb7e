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

export type ImportResult =
  { ok: true; events: StretchEvent[]; days: ExportedDay[] } | { ok: false; reason: string };

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

const years = `${EARLIEST_EVENT_YEAR} to ${LATEST_EVENT_YEAR}`;

// Messages on nested values finish the sentence "Event 12 …" / "Day row 3 …".
const EventSchema = v.object(
  {
    id: v.pipe(
      v.string('has an id that is not text'),
      v.nonEmpty('has an empty id'),
      v.maxLength(100, 'has an id longer than 100 characters'),
    ),
    at: v.pipe(
      v.string('has a time that is not an ISO 8601 date and time'),
      v.isoTimestamp('has a time that is not an ISO 8601 date and time'),
      v.check(startsWithCalendarDay, 'has a date that does not exist'),
      v.transform((s) => Date.parse(s)),
      v.check((t: number) => Number.isFinite(t), 'has a time that is not a valid date'),
      v.check(isPlausibleEventTime, `has a date outside the years ${years}`),
    ),
    kind: v.picklist(
      ['done', 'skipped', 'snoozed'],
      'has a kind other than done, skipped or snoozed',
    ),
    // Missing stretch id: the event showed no stretch (a snooze from the keyboard).
    stretchId: v.optional(
      v.nullable(
        v.pipe(
          v.string('has a stretch id that is not text'),
          v.maxLength(100, 'has a stretch id longer than 100 characters'),
        ),
      ),
      null,
    ),
  },
  'is not an object',
);

const DayRowSchema = v.object(
  {
    day: v.pipe(
      v.string('has a date not written as YYYY-MM-DD'),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'has a date not written as YYYY-MM-DD'),
      v.check(startsWithCalendarDay, 'has a date that does not exist'),
    ),
    browsed: v.boolean('has a "browsed" value that is not true or false'),
    goal: v.pipe(
      v.number('has a goal that is not a number'),
      v.integer('has a goal that is not a whole number'),
      v.minValue(1, 'has a goal below 1'),
      v.maxValue(8, 'has a goal above 8'),
    ),
    workday: v.boolean('has a "workday" value that is not true or false'),
  },
  'is not an object',
);

const notUnsit = 'This file is not an Unsit history export';

/** Valibot reports a missing field with the enclosing object's message, so missing fields are named here. */
const MISSING_FIELD: Record<string, string> = {
  format: `${notUnsit} (format is missing).`,
  version: `This Unsit export has no version number; this version of Unsit reads version ${EXPORT_VERSION}.`,
  events: 'This file has no list of events.',
  id: 'has no id',
  at: 'has no time',
  kind: 'has no kind',
  day: 'has no date',
  browsed: 'has no "browsed" value',
  goal: 'has no goal',
  workday: 'has no "workday" value',
};

const ExportSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT, `${notUnsit} (format is not "${EXPORT_FORMAT}").`),
    version: v.literal(
      EXPORT_VERSION,
      (issue) =>
        `This Unsit export is version ${String(issue.input).slice(0, 20)}; this version of Unsit reads version ${EXPORT_VERSION} only.`,
    ),
    // The length is checked before the items, so an oversized list is refused without walking it.
    events: v.pipe(
      v.array(v.unknown(), 'This file has no list of events.'),
      v.maxLength(
        MAX_IMPORT_EVENTS,
        `This file has more than ${MAX_IMPORT_EVENTS.toLocaleString('en')} events, more than Unsit imports.`,
      ),
      v.array(EventSchema),
    ),
    days: v.optional(
      v.pipe(
        v.array(v.unknown(), 'This file has a "days" value that is not a list.'),
        v.maxLength(MAX_IMPORT_EVENTS, 'This file has too many day rows.'),
        v.array(DayRowSchema),
      ),
      [],
    ),
  },
  `${notUnsit}.`,
);

type Issue = v.InferIssue<typeof ExportSchema>;

const refuse = (reason: string) => ({ ok: false, reason }) as const;

/** A sentence for the first problem found, naming the event or day row by its position (from 1). */
function reasonFor(issue: Issue): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  const missing =
    last?.type === 'object' && last.origin === 'key' && typeof last.key === 'string'
      ? MISSING_FIELD[last.key]
      : undefined;
  const message = missing ?? issue.message;
  const [list, item] = path;
  if (item && typeof item.key === 'number' && (list?.key === 'events' || list?.key === 'days')) {
    const what = list.key === 'events' ? 'event' : 'day row';
    return `This file can't be imported: ${what} ${item.key + 1} ${message}.`;
  }
  return message;
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
    return refuse(`This file is too large to import (the limit is ${formatBytes(maxBytes)}).`);
  }

  const forbidden: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return value;
    });
  } catch {
    return refuse('This file is not valid JSON, so it is not an Unsit history export.');
  }
  const [badKey] = forbidden;
  if (badKey !== undefined) {
    return refuse(`This file contains a field named "${badKey}", which Unsit does not accept.`);
  }

  const result = v.safeParse(ExportSchema, data, { abortEarly: true });
  if (!result.success) {
    return refuse(reasonFor(result.issues[0]));
  }
  const { events, days } = result.output;

  const repeatedId = firstRepeat(events.map((e) => e.id));
  if (repeatedId !== null) {
    return refuse(
      `This file can't be imported: the event id "${repeatedId}" appears more than once.`,
    );
  }
  const repeatedDay = firstRepeat(days.map((d) => d.day));
  if (repeatedDay !== null) {
    return refuse(`This file can't be imported: the day ${repeatedDay} appears more than once.`);
  }
  return { ok: true, events, days };
}
