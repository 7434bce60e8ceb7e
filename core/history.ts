/**
 * The stretch history: the event log and the per-day records derived from
 * it. Pure: the storage module persists these shapes, pages and the
 * background compute from them.
 */
import { dayKey, type DayKey } from './days';

export type EventKind = 'done' | 'skipped' | 'snoozed';

export interface StretchEvent {
  /** Unique and stable: imports merge by it. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  kind: EventKind;
  /** The stretch shown, or null when none was (a snooze from the keyboard). */
  stretchId: string | null;
}

/** One local calendar day. Goal and working day are snapshotted when the day is first seen. */
export interface DayRecord {
  done: number;
  skipped: number;
  snoozed: number;
  /** The user was present in the browser that day. */
  browsed: boolean;
  /** The daily goal in force that day. */
  goal: number;
  /** The day was one of the user's working days. */
  workday: boolean;
}

export type Days = Record<DayKey, DayRecord>;

export interface DayContext {
  dailyGoal: number;
  workDays: readonly number[];
}

export function emptyDay(day: DayKey, ctx: DayContext): DayRecord {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return {
    done: 0,
    skipped: 0,
    snoozed: 0,
    browsed: false,
    goal: ctx.dailyGoal,
    workday: ctx.workDays.includes(new Date(y, m - 1, d).getDay()),
  };
}

/** Adds events to the day records (returns a new object; the input is not changed). */
export function addToDays(days: Days, events: readonly StretchEvent[], ctx: DayContext): Days {
  const next: Days = { ...days };
  for (const e of events) {
    const key = dayKey(e.at);
    const prev = next[key] ?? emptyDay(key, ctx);
    next[key] = { ...prev, [e.kind]: prev[e.kind] + 1 };
  }
  return next;
}

/** Marks a day as one with browsing. */
export function markBrowsed(days: Days, day: DayKey, ctx: DayContext): Days {
  const prev = days[day] ?? emptyDay(day, ctx);
  if (prev.browsed) return days;
  return { ...days, [day]: { ...prev, browsed: true } };
}

/** Rebuilds day counts from the full log, keeping browsing and snapshots already known. */
export function rebuildDays(days: Days, events: readonly StretchEvent[], ctx: DayContext): Days {
  const base: Days = {};
  for (const [key, rec] of Object.entries(days)) {
    base[key] = { ...rec, done: 0, skipped: 0, snoozed: 0 };
  }
  return addToDays(base, events, ctx);
}

/** A fresh event id: time plus randomness, unique across browsers and imports. */
export function newEventId(at: number, random: () => number = Math.random): string {
  return `${at.toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}

/** Events in time order; ties broken by id so every merge orders them alike. */
export function byTime(a: StretchEvent, b: StretchEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A day row of an export file: what the event log cannot tell. */
export interface ExportedDay {
  day: DayKey;
  browsed: boolean;
  goal: number;
  workday: boolean;
}

export interface HistoryLog {
  events: readonly StretchEvent[];
  days: Days;
}

/**
 * Merges an imported history into the current one by event id: an id already
 * present is kept as it is, so importing the same file twice changes nothing.
 * Day counts are rebuilt from the merged log; imported day rows add browsing
 * and fill in days not known here with their own goal and working-day snapshot.
 */
export function mergeImport(
  current: HistoryLog,
  incoming: { events: readonly StretchEvent[]; days: readonly ExportedDay[] },
  ctx: DayContext,
): { events: StretchEvent[]; days: Days; added: number } {
  const known = new Set(current.events.map((e) => e.id));
  const fresh: StretchEvent[] = [];
  for (const e of incoming.events) {
    if (known.has(e.id)) continue;
    known.add(e.id);
    fresh.push(e);
  }
  const events = [...current.events, ...fresh].sort(byTime);

  const days: Days = { ...current.days };
  for (const row of incoming.days) {
    const prev = days[row.day];
    if (!prev) {
      days[row.day] = {
        done: 0,
        skipped: 0,
        snoozed: 0,
        browsed: row.browsed,
        goal: row.goal,
        workday: row.workday,
      };
    } else if (row.browsed && !prev.browsed) {
      days[row.day] = { ...prev, browsed: true };
    }
  }
  return { events, days: rebuildDays(days, events, ctx), added: fresh.length };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The day records of a stored value that may be damaged, keeping every
 * record that reads correctly. Pages use it so a bad value never breaks the
 * popup; the background sets the damaged value aside (core/migrate.ts).
 */
export function readableDays(value: unknown): Days {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const days: Days = {};
  for (const [key, rec] of Object.entries(value as Record<string, unknown>)) {
    if (!DAY_KEY.test(key) || typeof rec !== 'object' || rec === null) continue;
    const r = rec as Record<string, unknown>;
    if (![r.done, r.skipped, r.snoozed].every(isCount)) continue;
    if (
      typeof r.goal !== 'number' ||
      typeof r.browsed !== 'boolean' ||
      typeof r.workday !== 'boolean'
    )
      continue;
    days[key] = rec as DayRecord;
  }
  return days;
}
