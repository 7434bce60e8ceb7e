/**
 * One streak across a user's browsers: each browser publishes its per-day
 * counts to `storage.sync` under its own random device id, and merges what
 * the others published into the days its streak walks over. Pure: the
 * background reads and writes the items, this module only says what they are.
 *
 * Keys: `u1:<device>:<year>`, one item per device per calendar year. `u1` is
 * the format (a newer one takes a new prefix), the device id is 8 characters
 * of [0-9a-z] (36^8 ids: two browsers never share one by chance), the year
 * has 4 digits. Other keys in `storage.sync` (the settings) are not ours.
 *
 * Value: a string, the format digit "1" then one 4-character cell per day of
 * the year from 1 January, trailing empty days left out. Each character is a
 * digit 0-63 of `0-9a-zA-Z` plus `-_` (nothing JSON has to escape):
 *   1. done (capped at 63)          2. skipped (capped at 63)
 *   3. offered o (0-8) and answered a (0-o) as o(o+1)/2 + a (0-44)
 *   4. the goal g (1-8), plus 9 when the user browsed there that day
 * "0000" is a day without activity (nothing done, skipped or offered, no
 * browsing); it carries nothing and gives no goal. Example: "3092" is 3 done,
 * none skipped, 3 offered and all 3 answered with Done, goal 2, no browsing.
 *
 * Why this is enough for the merged streak (core/streaks.ts): the merged day
 * is the sum of the devices' days, judged by the same `meetsGoal` and
 * `isRestDay` as if one browser had seen everything. `isRestDay` needs the
 * sum of offers to be 0 or not; `meetsGoal` needs the sum of done against
 * the goal, and, when fewer than the goal were offered in all, whether every
 * offer was answered: the sums of offered and answered. Offered is capped at
 * 8 (the largest goal): from 8 offers on the short-day rule never applies,
 * on one device or in the sum, so the cap changes no outcome; answered is
 * kept at most offered (an offer is answered once). A per-device "met" flag
 * would not do: one browser that offered one stretch and got it would make
 * the day even when the other browser's five offers were all skipped.
 * Skipped and browsing keep the totals and active days; snoozes, working day
 * and the sitting figures stay on their own browser.
 *
 * Goals that differ on a day (a change reaches one browser before the other
 * has snapshotted the day) merge to the smallest: a day shown as met on any
 * browser under its own goal by done count stays met in the merge.
 *
 * Size (key + JSON of the value, as the quota counts it): 16 + 2 + 1 +
 * 4 * 366 = 1,483 bytes for a full leap year of one device (every day with
 * activity), 1,479 otherwise. 5 years x 3 devices (2024-2028) = 15 items,
 * 22,209 bytes; 20 years x 1 device = 20 items, 29,600 bytes. QUOTA_BYTES
 * (102,400) holds 68 full device-years beside the settings item (1,476 bytes
 * at most: every move in both lists, the longest plan); each item is under a
 * fifth of QUOTA_BYTES_PER_ITEM (8,192); MAX_ITEMS (512) is not the limit.
 * A change to one day rewrites one item: write it only when its value
 * changed, a few times an hour at most (1,800 writes an hour, 120 a minute).
 */
import type { DayKey } from './days';
import { blankRecord, type DayRecord, type Days } from './history';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const EMPTY = '0000';
const MAX_COUNT = 63;
const MAX_OFFERED = 8;
const DAY_MS = 864e5;
const PREFIX = 'u1:';
/** The counts of a cell, in its order: they add up across devices. */
const COUNTS = ['done', 'skipped', 'offered', 'answeredOffers'] as const;

/** Why an item was set aside: it does not parse, it is from a newer format, or a value is out of range. */
export type SyncProblemReason = 'damaged' | 'newer' | 'range';

/** The items set aside: key → why. */
export type SyncProblems = Record<string, SyncProblemReason>;

/** One device's day: done, skipped, offered, answered, goal, browsed (0 or 1). */
export type Cell = [number, number, number, number, number, number];

/** The other devices' days: day → device id → its cell. Plain data, storable as it is. */
export type Others = Record<DayKey, Record<string, Cell>>;

/** Days from `from` through `to`, inclusive. */
export interface Span {
  from: DayKey;
  to: DayKey;
}

/** A new device id: 8 characters of [0-9a-z]. */
export function newDeviceId(random: () => number): string {
  let id = '';
  while (id.length < 8) id += DIGITS.charAt(Math.floor(random() * 36));
  return id;
}

/** The storage key of a device's year. */
export function itemKey(deviceId: string, year: number): string {
  return `${PREFIX}${deviceId}:${year}`;
}

const dayKeyOf = (year: number, index: number): DayKey =>
  new Date(Date.UTC(year, 0, index + 1)).toISOString().slice(0, 10);

const daysIn = (year: number) => (Date.UTC(year + 1, 0) - Date.UTC(year, 0)) / DAY_MS;

/** The day's index in its year, or -1 when the key names no day. */
function dayIndex(day: DayKey): number {
  const year = +day.slice(0, 4);
  const index = (Date.parse(day) - Date.UTC(year, 0)) / DAY_MS;
  return index >= 0 && dayKeyOf(year, index) === day ? index : -1;
}

/** A day record as a cell of 4 characters ("0000" for a day without activity). */
export function encodeCell(r: DayRecord): string {
  const o = Math.min(r.offered, MAX_OFFERED);
  if (!(r.done || r.skipped || o || r.browsed)) return EMPTY;
  const g = Math.min(Math.max(r.goal, 1), MAX_OFFERED);
  return [
    Math.min(r.done, MAX_COUNT),
    Math.min(r.skipped, MAX_COUNT),
    (o * (o + 1)) / 2 + Math.min(r.answeredOffers, o),
    r.browsed ? g + 9 : g,
  ]
    .map((n) => DIGITS.charAt(n))
    .join('');
}

/**
 * A year's item value: the cells of `base` (a value of that year, default
 * none) with those of the `days` that fall in the year put in, trailing
 * empty days left out.
 */
export function encodeYear(days: Days, year: number, base = '1'): string {
  const cells: (string | undefined)[] = base.slice(1).match(/.{4}/g) ?? [];
  for (const [day, rec] of Object.entries(days)) {
    const i = day.startsWith(`${year}-`) ? dayIndex(day) : -1;
    if (i >= 0) cells[i] = encodeCell(rec);
  }
  let value = `1${Array.from(cells, (c) => c ?? EMPTY).join('')}`;
  while (value.endsWith(EMPTY)) value = value.slice(0, -4);
  return value;
}

/**
 * The item value of `day`'s year (`value` as read from sync, undefined when
 * there is none yet) with that day's cell replaced: a change to one day needs
 * the item, not a year of records. Null when `value` is not a readable item
 * of that year: then publish the year from its records.
 */
export function withDayCell(value: unknown, day: DayKey, rec: DayRecord): string | null {
  const year = +day.slice(0, 4);
  const base = value ?? '1';
  return Array.isArray(decodeValue(base, year))
    ? encodeYear({ [day]: rec }, year, base as string)
    : null;
}

/**
 * The items this device should have in sync for `years` (default: every
 * year with activity), key → value. A year given without activity gets an
 * empty value, which overwrites what it had.
 */
export function publishItems(
  days: Days,
  deviceId: string,
  years: Iterable<number> = new Set(
    Object.entries(days).flatMap(([day, rec]) =>
      encodeCell(rec) !== EMPTY ? +day.slice(0, 4) : [],
    ),
  ),
): Record<string, string> {
  const items: Record<string, string> = {};
  for (const year of years) items[itemKey(deviceId, year)] = encodeYear(days, year);
  return items;
}

/**
 * This device's keys among `keys` (to remove them when sharing is turned
 * off); keys of a newer format are left to the newer Unsit.
 */
export function ownKeys(keys: Iterable<string>, deviceId: string): string[] {
  return [...keys].filter((k) => k.startsWith(`${PREFIX}${deviceId}:`));
}

/** An item value's days with activity, or why it cannot be used. */
function decodeValue(value: unknown, year: number): [DayKey, Cell][] | SyncProblemReason {
  const text = typeof value === 'string' ? value : '';
  const format = DIGITS.indexOf(text.charAt(0));
  if (format > 1) return 'newer';
  if (format < 1 || !/^.(?:[\w-]{4})*$/.test(text)) return 'damaged';
  if (text.length > 1 + 4 * daysIn(year)) return 'range';
  const cells: [DayKey, Cell][] = [];
  for (let i = 1; i < text.length; i += 4) {
    const digit = (k: number) => DIGITS.indexOf(text.charAt(i + k));
    const g = digit(3);
    let answered = digit(2);
    let offered = 0;
    while (answered > offered) answered -= ++offered;
    const browsed = g > 9 ? 1 : 0;
    const cell: Cell = [digit(0), digit(1), offered, answered, g - 9 * browsed, browsed];
    const active = cell[0] + cell[1] + offered + browsed > 0;
    if (offered > MAX_OFFERED || g === 9 || g > 17 || active !== g > 0) return 'range';
    if (active) cells.push([dayKeyOf(year, (i - 1) / 4), cell]);
  }
  return cells;
}

/**
 * An item read from sync: its device and days, why it cannot be used, or
 * null when the key is not one of ours.
 */
export function readItem(
  key: string,
  value: unknown,
): { device: string; cells: [DayKey, Cell][] } | SyncProblemReason | null {
  const m = /^u([1-9]\d*):(?:([0-9a-z]{8}):([1-9]\d{3})$)?/.exec(key);
  if (!m) return null;
  if (m[1] !== '1') return 'newer';
  if (!m[2]) return 'damaged';
  const cells = decodeValue(value, Number(m[3]));
  return Array.isArray(cells) ? { device: m[2], cells } : cells;
}

/**
 * The other devices' days from every item read from sync (key → value
 * entries), and the items set aside. This device's own items are skipped:
 * its live records count instead. Each device's day is taken once: the same
 * item given twice, or two copies of it, join field by field (the larger
 * count, the smaller goal), so the order of the items never matters.
 */
export function readSynced(
  items: Iterable<readonly [string, unknown]>,
  ownId: string,
): { others: Others; problems: SyncProblems } {
  const others: Others = {};
  const problems: SyncProblems = {};
  for (const [key, value] of items) {
    const read = readItem(key, value);
    if (typeof read === 'string') problems[key] = read;
    if (!read || typeof read === 'string' || read.device === ownId) continue;
    for (const [day, cell] of read.cells) {
      const devices = (others[day] ??= {});
      const had = devices[read.device];
      devices[read.device] = had
        ? (cell.map((n, i) => (i === 4 ? Math.min : Math.max)(n, had[i] ?? n)) as Cell)
        : cell;
    }
  }
  return { others, problems };
}

/**
 * This browser's day records with the other devices' counts added: the days
 * the streak walks over. Done, skipped, offered and answered add up,
 * browsing on any device counts, the goal is the smallest of the day's goals.
 * A day known only from other devices gets a record of its own (not a
 * working day: sync does not carry it, and the streak does not read it).
 * `devices` counts the devices with activity in `span`, this one included.
 * `own` must be this browser's own records, never an earlier merge: the
 * other devices' counts would be added twice.
 */
export function mergeOthers(
  own: Days,
  ownId: string,
  others: Others,
  span: Span,
): { days: Days; devices: number } {
  const days: Days = { ...own };
  const active = new Set<string>();
  const inSpan = (day: DayKey) => day >= span.from && day <= span.to;
  for (const [day, rec] of Object.entries(own)) {
    if (inSpan(day) && encodeCell(rec) !== EMPTY) active.add(ownId);
  }
  for (const [day, devices] of Object.entries(others)) {
    for (const [device, c] of Object.entries(devices)) {
      if (inSpan(day)) active.add(device);
      const known = days[day];
      const r = { ...(known ?? blankRecord(MAX_OFFERED, false)) };
      // A day without activity here is not published ("0000"), so it gives no goal here
      // either: the other browsers see the same goals (#28.7).
      if (known && own[day] === known && encodeCell(known) === EMPTY) r.goal = MAX_OFFERED;
      COUNTS.forEach((field, i) => (r[field] += c[i] ?? 0));
      r.goal = Math.min(r.goal, c[4]);
      r.browsed ||= c[5] > 0;
      days[day] = r;
    }
  }
  return { days, devices: active.size };
}

/**
 * The earliest day another browser changed in `changes` (storage.sync's
 * onChanged: key → old and new value), or null when none of theirs changed
 * (this browser's own items and the settings come back here too). An item
 * that does not read changed from the first day of its year.
 */
export function changedSince(
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  ownId: string,
): DayKey | null {
  let earliest: DayKey | null = null;
  const cellsOf = (key: string, value: unknown) => {
    const read = value === undefined ? { cells: [] } : readItem(key, value);
    return typeof read === 'object' && read
      ? new Map(read.cells.map(([d, c]) => [d, c.join()]))
      : null;
  };
  for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
    const item = /^u\d+:([0-9a-z]{8}):(\d{4})$/.exec(key);
    if (!item || item[1] === ownId) continue;
    const before = cellsOf(key, oldValue);
    const after = cellsOf(key, newValue);
    const days =
      before && after
        ? [...new Set([...before.keys(), ...after.keys()])].filter(
            (d) => before.get(d) !== after.get(d),
          )
        : [`${item[2]}-01-01`];
    for (const day of days) if (earliest === null || day < earliest) earliest = day;
  }
  return earliest;
}

/** `readSynced` then `mergeOthers`: the merged days, the devices that contributed, the problems. */
export function mergeSynced(
  own: Days,
  ownId: string,
  items: Iterable<readonly [string, unknown]>,
  span: Span,
): { days: Days; devices: number; problems: SyncProblems } {
  const { others, problems } = readSynced(items, ownId);
  return { ...mergeOthers(own, ownId, others, span), problems };
}

/** Bytes the items take in `storage.sync`, as its quota counts them: key + JSON of the value. */
export function syncBytes(items: Record<string, unknown>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(items)) {
    bytes += new TextEncoder().encode(key + JSON.stringify(value)).length;
  }
  return bytes;
}

/**
 * What `devices` browsers used every day for `years` calendar years from
 * `firstYear` take in sync (every day with activity: the largest case).
 */
export function syncFootprint(
  devices: number,
  years: number,
  firstYear = 2024,
): { bytes: number; items: number; largestItem: number } {
  const all: Record<string, string> = {};
  for (let d = 0; d < devices; d++) {
    const days: Days = {};
    for (let y = firstYear; y < firstYear + years; y++) {
      for (let i = 0; i < daysIn(y); i++) {
        days[dayKeyOf(y, i)] = { ...blankRecord(3, true), done: 3, browsed: true };
      }
    }
    Object.assign(
      all,
      publishItems(
        days,
        newDeviceId(() => (d % 36) / 36),
      ),
    );
  }
  const sizes = Object.entries(all).map(([k, v]) => syncBytes({ [k]: v }));
  return { bytes: syncBytes(all), items: sizes.length, largestItem: Math.max(0, ...sizes) };
}
