/**
 * Stored schema versions and the move from older ones.
 *
 * Version 1 (first release): `meta` {schemaVersion: 1}, `events` as
 *   [{ at, kind, stretch }] without ids, no `days`.
 * Version 2: `events` StretchEvent[] without day or UTC offset, `days` a
 *   record per day key; both one value each.
 * Version 3 (now): one bucket per local day, `day:YYYY-MM-DD` →
 *   { record, events }, events carrying the day and UTC offset they were
 *   recorded with; a `summary` record for the popup; `meta` {schemaVersion: 3}.
 *
 * The move from 1 or 2 computes each old event's day once, in the zone the
 * machine is in at that moment, and never again. It is planned here (pure)
 * and written by the background in steps that can each be repeated, so a
 * worker killed half-way resumes and nothing is lost or counted twice.
 */
import { currentZone, dayIn, isDayKey, type DayKey } from './days';
import {
  byTime,
  emptyRecord,
  recount,
  type DayBucket,
  type DayContext,
  type DayRecord,
  type StretchEvent,
} from './history';
import {
  isCount,
  isEventId,
  isGoal,
  isKind,
  isPlausibleEventTime,
  isStretchId,
  type QuarantinedValue,
} from './history-schema';
import type { RecentStretch } from './summary';

export const SCHEMA_VERSION = 3;
/** Day buckets written per step of a move from an older version. */
export const MIGRATION_DAYS_PER_STEP = 366;

/** The version stored in `meta`, or null when it is missing or unreadable. */
export function storedVersion(meta: unknown): number | null {
  const version = (meta as { schemaVersion?: unknown } | null | undefined)?.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An old event, given the day and offset of its moment in the zone the
 * machine is in now. Version 1 had no id and kept the stretch under
 * `stretch` (missing: no stretch); both shapes are read whatever `meta`
 * says, so a half-moved store loses nothing.
 */
function upgrade(item: unknown, index: number, zone: string): StretchEvent | string {
  if (!isObject(item)) return 'not an object';
  const v1 = !('id' in item) && 'stretch' in item;
  const stretchId = v1 ? (item.stretch ?? null) : item.stretchId;
  if (!v1 && !isEventId(item.id)) return 'the id is missing or too long';
  if (!isPlausibleEventTime(item.at)) return 'the time is not a plausible date';
  if (!isKind(item.kind)) return 'the kind is not done, skipped or snoozed';
  if (!isStretchId(stretchId)) return 'the stretch id is not text';
  return {
    // The index keeps ids unique when two old events share a time.
    id: v1 ? `v1-${item.at}-${index}` : (item.id as string),
    at: item.at,
    kind: item.kind,
    stretchId,
    ...dayIn(item.at, zone),
    answersOffer: false,
  };
}

function readOldEvents(
  stored: unknown,
  quarantined: QuarantinedValue[],
  zone: string,
): StretchEvent[] {
  if (stored === undefined) return [];
  if (!Array.isArray(stored)) {
    quarantined.push({ key: 'events', value: stored, reason: 'the stretch history is not a list' });
    return [];
  }
  const events: StretchEvent[] = [];
  const ids = new Set<string>();
  stored.forEach((item: unknown, index) => {
    const read = upgrade(item, index, zone);
    const problem =
      typeof read === 'string'
        ? read
        : ids.has(read.id)
          ? `the id ${read.id} repeats an earlier event`
          : null;
    if (problem !== null || typeof read === 'string') {
      quarantined.push({
        key: `events[${index}]`,
        value: item,
        reason: `stretch event ${index + 1}: ${problem ?? ''}`,
      });
      return;
    }
    ids.add(read.id);
    events.push(read);
  });
  return events;
}

type OldRecord = Pick<DayRecord, 'done' | 'skipped' | 'snoozed' | 'browsed' | 'goal' | 'workday'>;

function readOldRecord(r: unknown): OldRecord | null {
  if (!isObject(r) || ![r.done, r.skipped, r.snoozed].every(isCount) || !isGoal(r.goal))
    return null;
  return typeof r.browsed === 'boolean' && typeof r.workday === 'boolean'
    ? (r as unknown as OldRecord)
    : null;
}

function readOldDays(stored: unknown, quarantined: QuarantinedValue[]): Map<DayKey, OldRecord> {
  const days = new Map<DayKey, OldRecord>();
  if (stored === undefined) return days;
  if (!isObject(stored)) {
    quarantined.push({
      key: 'days',
      value: stored,
      reason: 'the day records are not an object; rebuilt from the stretch history',
    });
    return days;
  }
  for (const [day, rec] of Object.entries(stored)) {
    const read = readOldRecord(rec);
    if (isDayKey(day) && read) days.set(day, read);
    else
      quarantined.push({
        key: `days[${day.slice(0, 40)}]`,
        value: rec,
        reason: `the record for day ${day.slice(0, 40)} is not valid`,
      });
  }
  return days;
}

export interface LegacyPlan {
  /** Every day bucket of the old history, in day order. */
  buckets: [DayKey, DayBucket][];
  quarantined: QuarantinedValue[];
  recent: RecentStretch[];
}

/**
 * What an old history becomes. An old day asked for the goal unless it was a
 * rest day by the old rule (not a working day, or no browsing and no
 * stretch); it keeps exactly that: `offered` is the goal or 0.
 *
 * Each old event's day is read in `zone`: the zone of the move's first step,
 * kept with its progress, so a move resumed after the machine changed zone
 * plans the same days and no event is written into two (#28.10).
 */
export function planLegacy(
  stored: { events?: unknown; days?: unknown },
  ctx: DayContext,
  zone: string = currentZone(),
): LegacyPlan {
  const quarantined: QuarantinedValue[] = [];
  const events = readOldEvents(stored.events, quarantined, zone).sort(byTime);
  const oldDays = readOldDays(stored.days, quarantined);
  const byDay = new Map<DayKey, StretchEvent[]>();
  for (const e of events) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const buckets: [DayKey, DayBucket][] = [];
  for (const day of [...new Set([...oldDays.keys(), ...byDay.keys()])].sort()) {
    const list = byDay.get(day) ?? [];
    const old = oldDays.get(day);
    // A day that only the log knows about was a day with browsing.
    const base: DayRecord = old
      ? { ...emptyRecord(day, ctx), browsed: old.browsed, goal: old.goal, workday: old.workday }
      : { ...emptyRecord(day, ctx), browsed: true };
    const rest = !base.workday || (!base.browsed && list.length === 0);
    buckets.push([
      day,
      { record: recount({ ...base, offered: rest ? 0 : base.goal }, list), events: list },
    ]);
  }
  const recent = events
    .filter((e) => e.kind === 'done')
    .slice(-3)
    .reverse()
    .map((e) => ({ at: e.at, stretchId: e.stretchId }));
  return { buckets, quarantined, recent };
}
