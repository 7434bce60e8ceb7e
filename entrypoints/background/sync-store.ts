/**
 * This browser's part in one streak across browsers (core/sync.ts): its
 * device id (kept in IndexedDB, never synced), publishing its changed days
 * to `storage.sync`, and reading what the other browsers published. A quota
 * the browser enforces, an item that does not read or one from a newer Unsit
 * is reported in the quarantine list and never stops a step.
 */
import type { DayKey } from '@/core/days';
import type { DayBucket, DayRecord } from '@/core/history';
import type { Settings } from '@/core/settings';
import { quarantineWrites, type Writes } from '@/core/stored';
import {
  itemKey,
  newDeviceId,
  ownKeys,
  publishItems,
  readSynced,
  withDayCell,
  type Others,
} from '@/core/sync';
import { readDayBuckets, transact } from '@/lib/db';

/** The browser's synced storage, as the service uses it. */
export interface SyncArea {
  get(keys?: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** This browser's id and the other browsers' days; nothing with sharing off. */
export interface Shared {
  device: string;
  others: Others;
}

export const NOT_SHARED: Shared = { device: '', others: {} };

/** Reports sync problems in the quarantine list, once per item and reason. */
export async function reportSync(
  problems: Record<string, string>,
  at: number,
  values: Record<string, unknown> = {},
): Promise<void> {
  if (Object.keys(problems).length === 0) return;
  await transact(['quarantine'] as const, ([list]) => {
    const known = new Set((list ?? []).map((q) => `${q.key} ${q.reason}`));
    const items = Object.entries(problems)
      .map(([key, reason]) => ({ key: `sync ${key}`, value: values[key] ?? null, reason }))
      .filter((item) => !known.has(`${item.key} ${item.reason}`));
    return { writes: quarantineWrites(list, items, at), result: undefined };
  });
}

const REASONS: Record<string, string> = {
  damaged: "another browser's item in sync does not read",
  newer: "another browser's item in sync was written by a newer Unsit",
  range: "another browser's item in sync has a count out of range",
};

/** Writes items, reporting a refusal (a quota, the write rate) instead of failing. */
async function write(area: SyncArea, items: Record<string, string>, at: number): Promise<void> {
  if (Object.keys(items).length === 0) return;
  try {
    await area.set(items);
  } catch (error) {
    await reportSync({ write: `storage.sync refused the write: ${String(error)}` }, at);
  }
}

/** This browser's device id, made the first time it is needed. */
export function deviceId(random: () => number): Promise<string> {
  return transact(['device'] as const, ([id]) => {
    if (id) return { writes: {}, result: id };
    const fresh = newDeviceId(random);
    return { writes: { device: fresh }, result: fresh };
  });
}

/** This browser's id and what the others published, with sharing on; problems are reported. */
export async function readShared(
  area: SyncArea,
  settings: Settings,
  random: () => number,
  at: number,
): Promise<Shared> {
  if (!settings.shareHistory) return NOT_SHARED;
  const device = await deviceId(random);
  const items = await area.get().catch(() => ({}));
  const { others, problems } = readSynced(Object.entries(items), device);
  const reasons = Object.fromEntries(
    Object.entries(problems).map(([key, why]) => [key, REASONS[why] ?? why]),
  );
  await reportSync(reasons, at, items);
  return { device, others };
}

/** Every day of this browser, published (sharing just turned on, or an item that did not read). */
export async function publishAll(area: SyncArea, device: string, at: number): Promise<void> {
  const days: Record<DayKey, DayRecord> = {};
  for (const [day, raw] of await readDayBuckets()) {
    const record = (raw as Partial<DayBucket> | undefined)?.record;
    if (record) days[day] = record;
  }
  await write(area, publishItems(days, device), at);
}

/**
 * The cells of the days a step changed, in their year items, written only
 * when they changed. Most steps change no day: they cost nothing here, not
 * even the device id's read.
 */
export async function publishChanged(
  area: SyncArea,
  device: () => Promise<string>,
  writes: Writes,
  at: number,
): Promise<void> {
  const changed = Object.entries(writes).flatMap(([key, value]) =>
    key.startsWith('day:') && value ? [[key.slice(4), (value as DayBucket).record] as const] : [],
  );
  if (changed.length === 0) return;
  return publishDays(area, await device(), changed, at);
}

async function publishDays(
  area: SyncArea,
  device: string,
  changed: readonly (readonly [string, DayRecord])[],
  at: number,
): Promise<void> {
  const keys = [...new Set(changed.map(([day]) => itemKey(device, +day.slice(0, 4))))];
  const items: Record<string, unknown> = await area.get(keys).catch(() => ({}));
  const next: Record<string, string> = {};
  for (const [day, record] of changed) {
    const key = itemKey(device, +day.slice(0, 4));
    const value = withDayCell(next[key] ?? items[key], day, record);
    // This browser's own item does not read: publish every day again.
    if (value === null) return publishAll(area, device, at);
    if (value !== items[key]) next[key] = value;
  }
  await write(area, next, at);
}

/** Takes this browser's items out of sync (sharing turned off, or every data deleted). */
export async function unpublish(area: SyncArea, device: string): Promise<void> {
  if (!device) return;
  const keys = ownKeys(Object.keys(await area.get().catch(() => ({}))), device);
  if (keys.length > 0) await area.remove(keys).catch(() => undefined);
}
