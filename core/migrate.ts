/**
 * The stored history schema and its migrations. Every read of `meta`,
 * `events` and `days` goes through `migrate`: old versions are upgraded, and
 * corrupt values are set aside (quarantined) one item at a time, so a single
 * bad event never costs the user the rest of their history.
 *
 * Version 1 (first release): `meta` {schemaVersion: 1}, `events` as
 *   [{ at, kind, stretch }] without ids, no `days`.
 * Version 2: `meta` {schemaVersion: 2}, `events` StretchEvent[], `days` Days.
 */
import * as v from 'valibot';
import {
  rebuildDays,
  type DayContext,
  type DayRecord,
  type Days,
  type StretchEvent,
} from './history';

export const SCHEMA_VERSION = 2;

// Events outside these years come from a wrong clock. Storage keeps only what
// the export file accepts, so every export can be imported again.
export const EARLIEST_EVENT_YEAR = 2000;
export const LATEST_EVENT_YEAR = 2100;
const EARLIEST_EVENT_TIME = Date.UTC(EARLIEST_EVENT_YEAR, 0, 1);
const END_OF_LATEST_YEAR = Date.UTC(LATEST_EVENT_YEAR + 1, 0, 1);

export function isPlausibleEventTime(t: number): boolean {
  return t >= EARLIEST_EVENT_TIME && t < END_OF_LATEST_YEAR;
}

export interface QuarantinedValue {
  /** Where the value came from: a stored key, or one item of it (`events[3]`, `days[2024-05-01]`). */
  key: string;
  value: unknown;
  reason: string;
}

export type MigrationResult =
  | {
      tooNew: false;
      meta: { schemaVersion: typeof SCHEMA_VERSION };
      events: StretchEvent[];
      days: Days;
      quarantined: QuarantinedValue[];
      /** The result differs from what is stored and should be written back. */
      changed: boolean;
    }
  | {
      /** Written by a newer Unsit: returned untouched, and the caller must not write over it. */
      tooNew: true;
      meta: unknown;
      events: unknown;
      days: unknown;
      quarantined: [];
      changed: false;
    };

const time = v.pipe(
  v.number('time is not a number'),
  v.check(isPlausibleEventTime, `time is outside ${EARLIEST_EVENT_YEAR}–${LATEST_EVENT_YEAR}`),
);
const kind = v.picklist(['done', 'skipped', 'snoozed'], 'kind is not done, skipped or snoozed');
const stretchId = v.nullable(
  v.pipe(v.string('stretch id is not text'), v.maxLength(100, 'stretch id is too long')),
);

const EventV2 = v.object(
  {
    id: v.pipe(
      v.string('id is missing'),
      v.nonEmpty('id is empty'),
      v.maxLength(100, 'id is too long'),
    ),
    at: time,
    kind,
    stretchId,
  },
  'not an object',
);

// Version 1 stored the stretch under `stretch`; a missing one is read as "no stretch".
const EventV1 = v.object({ at: time, kind, stretch: v.optional(stretchId, null) }, 'not an object');

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const DayRecordSchema = v.object({
  done: count,
  skipped: count,
  snoozed: count,
  browsed: v.boolean(),
  goal: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)),
  workday: v.boolean(),
}) satisfies v.GenericSchema<unknown, DayRecord>;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

const Meta = v.object({
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version-1 item: it has `stretch` and no `id`. */
function looksLikeV1(item: unknown): boolean {
  return isRecord(item) && !('id' in item) && 'stretch' in item;
}

function firstMessage(issues: readonly { message: string }[]): string {
  return issues[0]?.message ?? 'invalid';
}

interface ReadEvents {
  events: StretchEvent[];
  quarantined: QuarantinedValue[];
  /** Items were rewritten (version 1 items given ids) or set aside. */
  changed: boolean;
}

type ReadEvent = { event: StretchEvent; upgraded: boolean } | { problem: string };

/**
 * One stored item. Both shapes are accepted whatever `meta` says: a
 * version-1 item is upgraded, never set aside, so a store left half-migrated
 * (or with a lost `meta`) still loses nothing.
 */
function readEvent(item: unknown, index: number): ReadEvent {
  if (looksLikeV1(item)) {
    const old = v.safeParse(EventV1, item);
    if (!old.success) return { problem: firstMessage(old.issues) };
    const { at, kind, stretch } = old.output;
    // The index keeps ids unique when two old events share a time.
    return { event: { id: `v1-${at}-${index}`, at, kind, stretchId: stretch }, upgraded: true };
  }
  const parsed = v.safeParse(EventV2, item);
  if (!parsed.success) return { problem: firstMessage(parsed.issues) };
  return { event: parsed.output, upgraded: false };
}

/** Reads the stored event list, setting aside each malformed or repeated item on its own. */
function readEvents(stored: unknown): ReadEvents {
  if (stored === undefined) return { events: [], quarantined: [], changed: false };
  if (!Array.isArray(stored)) {
    return {
      events: [],
      quarantined: [{ key: 'events', value: stored, reason: 'the stretch history is not a list' }],
      changed: true,
    };
  }
  const events: StretchEvent[] = [];
  const quarantined: QuarantinedValue[] = [];
  const ids = new Set<string>();
  let changed = false;
  stored.forEach((item: unknown, index) => {
    const read = readEvent(item, index);
    const problem =
      'problem' in read
        ? read.problem
        : ids.has(read.event.id)
          ? `the id ${read.event.id} repeats an earlier event`
          : null;
    if (problem !== null) {
      // Each item gets its own key, so each is set aside under its own name.
      quarantined.push({
        key: `events[${index}]`,
        value: item,
        reason: `stretch event ${index + 1}: ${problem}`,
      });
      changed = true;
    } else if (!('problem' in read)) {
      ids.add(read.event.id);
      events.push(read.event);
      if (read.upgraded) changed = true;
    }
  });
  return { events, quarantined, changed };
}

/** Reads stored day records, setting aside the whole value if it is not an object, else only bad records. */
function readDays(stored: unknown): { days: Days; quarantined: QuarantinedValue[] } {
  if (stored === undefined) return { days: {}, quarantined: [] };
  if (!isRecord(stored)) {
    return {
      days: {},
      quarantined: [
        {
          key: 'days',
          value: stored,
          reason: 'the day records are not an object; rebuilt from the stretch history',
        },
      ],
    };
  }
  const days: Days = {};
  const quarantined: QuarantinedValue[] = [];
  for (const [day, rec] of Object.entries(stored)) {
    const parsed = v.safeParse(DayRecordSchema, rec);
    if (DAY_KEY.test(day) && parsed.success) {
      days[day] = parsed.output;
    } else {
      quarantined.push({
        key: `days[${day.slice(0, 40)}]`,
        value: rec,
        reason: `the record for day ${day.slice(0, 40)} is not valid`,
      });
    }
  }
  return { days, quarantined };
}

/**
 * Day counts are always recounted from the event log (they are derived);
 * a day that only the log knows about gets a fresh record, marked as a day
 * with browsing since stretching happened in the browser.
 */
function daysFromEvents(known: Days, events: readonly StretchEvent[], ctx: DayContext): Days {
  const rebuilt = rebuildDays(known, events, ctx);
  for (const [day, rec] of Object.entries(rebuilt)) {
    if (!(day in known)) rebuilt[day] = { ...rec, browsed: true };
  }
  return rebuilt;
}

const RECORD_FIELDS = ['done', 'skipped', 'snoozed', 'browsed', 'goal', 'workday'] as const;

function sameDays(stored: unknown, days: Days): boolean {
  const before: Record<string, unknown> = isRecord(stored) ? stored : {};
  const keys = Object.keys(days);
  if (Object.keys(before).length !== keys.length) return false;
  return keys.every((day) => {
    const a = before[day];
    const b = days[day];
    return isRecord(a) && b !== undefined && RECORD_FIELDS.every((f) => a[f] === b[f]);
  });
}

/** Reads the three stored history keys and returns them at the current schema version. */
export function migrate(
  stored: { meta?: unknown; events?: unknown; days?: unknown },
  ctx: DayContext,
): MigrationResult {
  const quarantined: QuarantinedValue[] = [];

  let version: number | null = null;
  if (stored.meta !== undefined) {
    const meta = v.safeParse(Meta, stored.meta);
    if (meta.success) version = meta.output.schemaVersion;
    else
      quarantined.push({
        key: 'meta',
        value: stored.meta,
        reason: 'the schema version marker is not valid',
      });
  }
  if (version !== null && version > SCHEMA_VERSION) {
    return {
      tooNew: true,
      meta: stored.meta,
      events: stored.events,
      days: stored.days,
      quarantined: [],
      changed: false,
    };
  }

  const read = readEvents(stored.events);
  quarantined.push(...read.quarantined);
  // Version 1 kept no day records: anything under `days` then is left from an interrupted upgrade.
  const known = readDays(stored.days);
  quarantined.push(...known.quarantined);
  const days = daysFromEvents(known.days, read.events, ctx);

  const changed =
    version !== SCHEMA_VERSION ||
    quarantined.length > 0 ||
    read.changed ||
    !sameDays(stored.days, days);
  return {
    tooNew: false,
    meta: { schemaVersion: SCHEMA_VERSION },
    events: read.events,
    days,
    quarantined,
    changed,
  };
}
