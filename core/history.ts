/**
 * The stretch history: events and the per-day records derived from them,
 * kept one bucket per local day. Pure: the storage module persists these
 * shapes, pages and the background compute from them.
 *
 * A day is the local calendar day at the moment an event was recorded; it is
 * stored with the event (and the UTC offset of that moment), so moving the
 * computer to another time zone never moves a stretch to another day.
 */
import { dayKey, isWorkday, utcOffsetMinutes, type DayKey } from './days';

export type EventKind = 'done' | 'skipped' | 'snoozed';

/** Where a Done was felt, if the user said (issue #23): one tap after the session. */
export const FELT = ['hip', 'thigh', 'back', 'knee', 'nothing'] as const;
export type Felt = (typeof FELT)[number];
export const isFelt = (f: unknown): f is Felt => FELT.includes(f as Felt);

export interface StretchEvent {
  /** Unique and stable: imports merge by it. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  kind: EventKind;
  /** The stretch shown, or null when none was (a snooze from the keyboard). */
  stretchId: string | null;
  /** The local calendar day when it was recorded. */
  day: DayKey;
  /** Minutes east of UTC when it was recorded. */
  utcOffset: number;
  /** A Done that answered a stretch Unsit offered of its own (not only "Stretch now"). */
  answersOffer: boolean;
  /** Where the user felt it (a Done only; absent when they did not say). */
  felt?: Felt;
}

/** One local calendar day. Goal and working day are snapshotted when the day is first seen. */
export interface DayRecord {
  /** Counts of the day's events, derived from them. */
  done: number;
  skipped: number;
  snoozed: number;
  /** Done events that answered an offered stretch, derived from them. */
  answeredOffers: number;
  /** Stretches Unsit offered of its own that day (a snoozed one shown again is the same one). */
  offered: number;
  /** The user was present in the browser that day. */
  browsed: boolean;
  /** The daily goal in force that day. */
  goal: number;
  /** The day was one of the user's working days. */
  workday: boolean;
  /**
   * Sitting spells that ended this day (core/tracker.ts): continuous presence
   * of at least MIN_SPELL_MINUTES until a stretch or a natural break.
   */
  spells: number;
  /** The longest of them, in whole minutes (0 when there was none). */
  longestSpell: number;
  /** How many of them ran past the interval in force. */
  longSpells: number;
}

/** The per-day sitting figures (Insights), written together when a spell ends. */
export type SpellFigures = Pick<DayRecord, 'spells' | 'longestSpell' | 'longSpells'>;

/** The day's figures with one more spell of `minutes`. */
export function withSpell(record: DayRecord, minutes: number, pastInterval: boolean): DayRecord {
  return {
    ...record,
    spells: record.spells + 1,
    longestSpell: Math.max(record.longestSpell, minutes),
    longSpells: record.longSpells + (pastInterval ? 1 : 0),
  };
}

export type Days = Record<DayKey, DayRecord>;

/** Everything kept for one day: its record and its events in time order. */
export interface DayBucket {
  record: DayRecord;
  events: StretchEvent[];
}

export interface DayContext {
  dailyGoal: number;
  workDays: readonly number[];
}

/** What a new day's record takes from the settings. */
export function dayContext(s: DayContext): DayContext {
  return { dailyGoal: s.dailyGoal, workDays: s.workDays };
}

/** A day with nothing in it yet. */
export function blankRecord(goal: number, workday: boolean): DayRecord {
  return {
    done: 0,
    skipped: 0,
    snoozed: 0,
    answeredOffers: 0,
    offered: 0,
    browsed: false,
    goal,
    workday,
    spells: 0,
    longestSpell: 0,
    longSpells: 0,
  };
}

export function emptyRecord(day: DayKey, ctx: DayContext): DayRecord {
  return blankRecord(ctx.dailyGoal, isWorkday(day, ctx.workDays));
}

export function emptyBucket(day: DayKey, ctx: DayContext): DayBucket {
  return { record: emptyRecord(day, ctx), events: [] };
}

/**
 * The record with its derived counts recounted from `events`. A day's
 * answered offers are at most its offers: a Done just after midnight that
 * answered the stretch offered at 23:59 answers none of the new day's
 * (#28.7); the published cell (core/sync.ts) says the same, so every
 * browser judges the day alike.
 */
export function recount(record: DayRecord, events: readonly StretchEvent[]): DayRecord {
  const next = { ...record, done: 0, skipped: 0, snoozed: 0, answeredOffers: 0 };
  for (const e of events) {
    next[e.kind] += 1;
    if (e.kind === 'done' && e.answersOffer) next.answeredOffers += 1;
  }
  next.answeredOffers = Math.min(next.answeredOffers, next.offered);
  return next;
}

/** Events in time order; ties broken by id so every merge orders them alike. */
export function byTime(a: StretchEvent, b: StretchEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The bucket with one more event (a new object; the input is not changed). */
export function addEvent(bucket: DayBucket, event: StretchEvent): DayBucket {
  const last = bucket.events.at(-1);
  const events = [...bucket.events, event];
  if (last && byTime(last, event) > 0) events.sort(byTime);
  return { record: recount(bucket.record, events), events };
}

/** A fresh event id: time plus randomness, unique across browsers and imports. */
export function newEventId(at: number, random: () => number = Math.random): string {
  return `${at.toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}

/** A new event recorded now: its day and UTC offset are those of this moment, here. */
export function newEvent(
  at: number,
  kind: EventKind,
  stretchId: string | null,
  answersOffer: boolean,
  random: () => number,
): StretchEvent {
  return {
    id: newEventId(at, random),
    at,
    kind,
    stretchId,
    day: dayKey(at),
    utcOffset: utcOffsetMinutes(at),
    answersOffer: kind === 'done' && answersOffer,
  };
}

/** What a day row carries beyond its events (export and import). */
export type DaySnapshot = Pick<DayRecord, 'browsed' | 'goal' | 'workday' | 'offered'> &
  SpellFigures;

/**
 * Merges imported events and day rows into the buckets they touch, by event
 * id: an id already known is kept as it is, so importing the same file twice
 * changes nothing. A day known here keeps its snapshot; browsing is OR-ed
 * and the offered count and the sitting figures are the larger of the two
 * (a re-import adds nothing).
 * Returns the buckets that changed and how many events were new.
 */
export function mergeIntoBuckets(
  current: ReadonlyMap<DayKey, DayBucket>,
  knownIds: ReadonlySet<string>,
  events: readonly StretchEvent[],
  rows: ReadonlyMap<DayKey, DaySnapshot>,
  ctx: DayContext,
): { changed: Map<DayKey, DayBucket>; added: number } {
  const changed = new Map<DayKey, DayBucket>();
  const bucketFor = (day: DayKey): DayBucket => {
    const known = changed.get(day) ?? current.get(day);
    if (known) return known;
    const row = rows.get(day);
    const base = emptyBucket(day, ctx);
    return row ? { ...base, record: { ...base.record, ...row } } : base;
  };
  for (const [day, row] of rows) {
    const bucket = bucketFor(day);
    const was = bucket.record;
    const record: DayRecord = {
      ...was,
      browsed: was.browsed || row.browsed,
      offered: Math.max(was.offered, row.offered),
      spells: Math.max(was.spells, row.spells),
      longestSpell: Math.max(was.longestSpell, row.longestSpell),
      longSpells: Math.max(was.longSpells, row.longSpells),
    };
    const grew = (['browsed', 'offered', 'spells', 'longestSpell', 'longSpells'] as const).some(
      (f) => record[f] !== was[f],
    );
    if (!current.has(day) || grew) {
      changed.set(day, { ...bucket, record });
    }
  }
  const seen = new Set(knownIds);
  let added = 0;
  const fresh = new Map<DayKey, StretchEvent[]>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    added += 1;
    fresh.set(e.day, [...(fresh.get(e.day) ?? []), e]);
  }
  for (const [day, list] of fresh) {
    const bucket = bucketFor(day);
    const all = [...bucket.events, ...list].sort(byTime);
    // A day seen only through its events was a day with browsing.
    const record =
      current.has(day) || rows.has(day) ? bucket.record : { ...bucket.record, browsed: true };
    changed.set(day, { record: recount(record, all), events: all });
  }
  return { changed, added };
}
