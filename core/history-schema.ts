/**
 * The one history schema: the rule for every field of a stored event, day
 * record and day bucket, with the limits export and import share, and the
 * reader that keeps every item that reads correctly and sets the rest aside.
 *
 * The rules are plain predicates, checked here by hand rather than with the
 * schema library: the worker runs them and must stay small (its budget is
 * 15 KB gzipped), and each rule is one line. The import in the options page
 * checks the same predicates through valibot to say which field is wrong
 * (core/export.ts).
 */
import { isDayKey, type DayKey } from './days';
import {
  emptyRecord,
  recount,
  byTime,
  type DayBucket,
  type DayContext,
  type DayRecord,
  type StretchEvent,
  isFelt,
} from './history';

export const MAX_ID_LENGTH = 100;
export const MIN_GOAL = 1;
export const MAX_GOAL = 8;
// Events outside these years come from a wrong clock. Storage keeps only what
// the export file accepts, so every export can be imported again.
export const EARLIEST_EVENT_YEAR = 2000;
export const LATEST_EVENT_YEAR = 2100;
/** Real UTC offsets run from -12:00 to +14:00. */
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;
/** More stretches offered in one day than this is not a real day. */
export const MAX_OFFERED = 1000;
/** A day has this many minutes (a spell is counted on the day it ends, at most a day long). */
export const MAX_SPELL_MINUTES = 24 * 60;

/**
 * The plausible moments are those whose day is in the plausible years at
 * every real UTC offset (-12:00 to +14:00): an event that passes the time
 * check never lands on a day the day check refuses, wherever it is recorded
 * or imported (#28.10: 2000-01-01T00:00Z is 1999-12-31 in New York).
 */
const EARLIEST_EVENT_TIME = Date.UTC(EARLIEST_EVENT_YEAR, 0, 1, 12);
const END_OF_LATEST_YEAR = Date.UTC(LATEST_EVENT_YEAR + 1, 0, 1) - MAX_UTC_OFFSET_MINUTES * 60_000;

export const isCount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isWhole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

export function isPlausibleEventTime(t: unknown): t is number {
  return typeof t === 'number' && t >= EARLIEST_EVENT_TIME && t < END_OF_LATEST_YEAR;
}

/** A day key inside the plausible years. */
export function isPlausibleDay(day: unknown): day is DayKey {
  if (!isDayKey(day)) return false;
  const year = Number(day.slice(0, 4));
  return year >= EARLIEST_EVENT_YEAR && year <= LATEST_EVENT_YEAR;
}

export const isEventId = (id: unknown): id is string =>
  typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH;
export const isKind = (k: unknown): k is StretchEvent['kind'] =>
  k === 'done' || k === 'skipped' || k === 'snoozed';
export const isStretchId = (s: unknown): s is string | null =>
  s === null || (typeof s === 'string' && s.length <= MAX_ID_LENGTH);
export const isUtcOffset = (n: unknown): n is number =>
  isWhole(n, -MAX_UTC_OFFSET_MINUTES, MAX_UTC_OFFSET_MINUTES);
export const isGoal = (n: unknown): n is number => isWhole(n, MIN_GOAL, MAX_GOAL);
export const isOffered = (n: unknown): n is number => isWhole(n, 0, MAX_OFFERED);
export const isSpellMinutes = (n: unknown): n is number => isWhole(n, 0, MAX_SPELL_MINUTES);

export interface QuarantinedValue {
  /** Where the value came from: a stored key, or one item of it (`day:2026-05-01 events[3]`). */
  key: string;
  value: unknown;
  reason: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored event, or why it cannot be read. */
export function readStoredEvent(item: unknown): StretchEvent | string {
  if (!isObject(item)) return 'not an object';
  const problem = !isEventId(item.id)
    ? 'the id is missing or too long'
    : !isPlausibleEventTime(item.at)
      ? `the time is not in ${EARLIEST_EVENT_YEAR}–${LATEST_EVENT_YEAR}`
      : !isKind(item.kind)
        ? 'the kind is not done, skipped or snoozed'
        : !isStretchId(item.stretchId)
          ? 'the stretch id is not text'
          : !isPlausibleDay(item.day)
            ? 'the day is not a date'
            : !isUtcOffset(item.utcOffset)
              ? 'the UTC offset is out of range'
              : typeof item.answersOffer !== 'boolean'
                ? 'answersOffer is not true or false'
                : item.felt !== undefined && (item.kind !== 'done' || !isFelt(item.felt))
                  ? 'felt is not one of hip, thigh, back, knee, nothing on a Done'
                  : null;
  return problem ?? (item as unknown as StretchEvent);
}

/** What a day row carries beyond its events, checked. */
export function isSnapshot(r: Record<string, unknown>): boolean {
  return (
    typeof r.browsed === 'boolean' &&
    isGoal(r.goal) &&
    typeof r.workday === 'boolean' &&
    isOffered(r.offered) &&
    isOffered(r.spells) &&
    isSpellMinutes(r.longestSpell) &&
    isOffered(r.longSpells)
  );
}

export function readRecord(value: unknown): DayRecord | null {
  if (!isObject(value) || !isSnapshot(value)) return null;
  const counts = [value.done, value.skipped, value.snoozed, value.answeredOffers];
  return counts.every(isCount) ? (value as unknown as DayRecord) : null;
}

/**
 * A stored day bucket. Each event that reads correctly, belongs to the day
 * and repeats no id is kept; the rest is set aside one item at a time. A bad
 * record is rebuilt from the events (a day with events was a day with
 * browsing). `bucket` is null when nothing at all was stored.
 */
export function readBucket(
  day: DayKey,
  raw: unknown,
  ctx: DayContext,
): { bucket: DayBucket | null; quarantined: QuarantinedValue[]; changed: boolean } {
  if (raw === undefined) return { bucket: null, quarantined: [], changed: false };
  const key = `day:${day}`;
  // A key that is no real day (2026-02-30) could be written but never imported again: set it aside.
  if (!isPlausibleDay(day)) {
    return {
      bucket: null,
      quarantined: [{ key, value: raw, reason: `${key} is not a date` }],
      changed: true,
    };
  }
  const quarantined: QuarantinedValue[] = [];
  const stored = isObject(raw) ? raw : {};
  if (!Array.isArray(stored.events)) {
    quarantined.push({ key, value: raw, reason: `the day ${day} is not a day record with events` });
  }
  const events: StretchEvent[] = [];
  const ids = new Set<string>();
  (Array.isArray(stored.events) ? (stored.events as unknown[]) : []).forEach((item, i) => {
    const read = readStoredEvent(item);
    const problem =
      typeof read === 'string'
        ? read
        : read.day !== day
          ? `it belongs to ${read.day}`
          : ids.has(read.id)
            ? `the id ${read.id} repeats an earlier event`
            : null;
    if (problem !== null || typeof read === 'string') {
      quarantined.push({
        key: `${key} events[${i}]`,
        value: item,
        reason: `stretch event on ${day}: ${problem ?? ''}`,
      });
      return;
    }
    ids.add(read.id);
    events.push(read);
  });
  let record = readRecord(stored.record);
  if (!record && Array.isArray(stored.events)) {
    quarantined.push({
      key: `${key} record`,
      value: stored.record,
      reason: `the record for ${day} is not valid`,
    });
  }
  record ??= { ...emptyRecord(day, ctx), browsed: events.length > 0 };
  events.sort(byTime);
  const recounted = recount(record, events);
  const changed =
    quarantined.length > 0 ||
    (['done', 'skipped', 'snoozed', 'answeredOffers'] as const).some(
      (f) => recounted[f] !== record[f],
    );
  return { bucket: { record: recounted, events }, quarantined, changed };
}

/** Imported events later than this past the moment of import are refused: a clock set ahead, or a made-up file. */
export const FUTURE_SLACK_MS = 60 * 60 * 1000;

/** A parsed history as the page sends it to be merged: every event and day row in today's shape. */
export function isWholeHistory(events: unknown, days: unknown): boolean {
  return (
    Array.isArray(events) &&
    Array.isArray(days) &&
    events.every((e) => typeof readStoredEvent(e) !== 'string') &&
    days.every((d) => isObject(d) && isPlausibleDay(d.day) && isSnapshot(d))
  );
}
