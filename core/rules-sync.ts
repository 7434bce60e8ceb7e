/**
 * One streak across browsers (core/sync.ts), as rules of the pipeline. This
 * browser keeps the items it publishes in IndexedDB (`syncOwn`), so a day
 * that changed is put into its year's item without reading `storage.sync`,
 * and an item the browser refused (quota, write rate) is written again whole
 * at the next step, never patched over a stale value.
 */
import type { DayKey } from './days';
import type { Input } from './inputs';
import { itemKey, newDeviceId, publishItems, readSynced, withDayCell, changedSince } from './sync';
import { withOthers } from './summary';
import { allBuckets, rebuildSummary, recordsOf } from './rules-history';
import { writeSummary, type Turn } from './turn';

/** The items this browser publishes, and whether the last write of them was refused. */
export interface SyncOwn {
  items: Record<string, string>;
  dirty: boolean;
}

export function readSyncOwn(raw: unknown): SyncOwn | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { items, dirty } = raw as Record<string, unknown>;
  if (typeof dirty !== 'boolean' || typeof items !== 'object' || items === null) return null;
  const all = Object.values(items).every((v) => typeof v === 'string');
  return all ? { items: items as Record<string, string>, dirty } : null;
}

/** This browser's id in sync, made the first time it is needed. */
export function ensureDevice(turn: Turn): string {
  const known = turn.writes.device ?? turn.values.device;
  if (known) return known;
  const fresh = newDeviceId(turn.ctx.random);
  turn.writes.device = fresh;
  return fresh;
}

/** Sharing is on and this browser's items must be built from every day first. */
export function ownItemsMissing(turn: Pick<Turn, 'settings' | 'values'>): boolean {
  return turn.settings.shareHistory && readSyncOwn(turn.values.syncOwn) === null;
}

function publishEverything(turn: Turn): void {
  const items = publishItems(recordsOf(allBuckets(turn)), ensureDevice(turn));
  turn.writes.syncOwn = { items, dirty: false };
  turn.effects.push({ type: 'sync-set', items, retry: false });
}

/**
 * After every rule, with sharing on: the days the turn changed go into their
 * year items; items never published (history from before sync) are built
 * from every day; a refused write is made good, whole.
 */
export function publishChanges(turn: Turn): void {
  if (!turn.settings.shareHistory || turn.clearAll) return;
  const own = readSyncOwn(turn.writes.syncOwn ?? turn.values.syncOwn);
  if (!own) {
    if (turn.allDays) publishEverything(turn);
    return;
  }
  if (turn.changedDays.size === 0 && !own.dirty) return;
  const device = ensureDevice(turn);
  const items = { ...own.items };
  const changed: Record<string, string> = {};
  for (const [day, record] of [...turn.changedDays].sort(([a], [b]) => a.localeCompare(b))) {
    const key = itemKey(device, +day.slice(0, 4));
    const value = withDayCell(items[key], day, record);
    if (value !== null && value !== items[key]) items[key] = changed[key] = value;
  }
  if (own.dirty) {
    turn.effects.push({ type: 'sync-set', items, retry: true });
  } else if (Object.keys(changed).length > 0) {
    turn.effects.push({ type: 'sync-set', items: changed, retry: false });
  } else {
    return;
  }
  turn.writes.syncOwn = { items, dirty: own.dirty };
}

export function syncRefused(turn: Turn<Extract<Input, { type: 'sync-refused' }>>): void {
  const own = readSyncOwn(turn.values.syncOwn);
  if (own) turn.writes.syncOwn = { ...own, dirty: true };
  turn.setAside.push({
    key: 'sync write',
    value: null,
    reason: `storage.sync refused the write: ${turn.input.reason}`,
  });
}

export function syncWritten(turn: Turn): void {
  const own = readSyncOwn(turn.values.syncOwn);
  if (own?.dirty) turn.writes.syncOwn = { ...own, dirty: false };
}

const REASONS: Record<string, string> = {
  damaged: "another browser's item in sync does not read",
  newer: "another browser's item in sync was written by a newer Unsit",
  range: "another browser's item in sync has a count out of range",
};

/** The other browsers' days from what was gathered from sync, their problems reported. */
export function othersFromSync(turn: Turn) {
  if (!turn.settings.shareHistory || !turn.gathered.syncItems) return { device: '', others: {} };
  const device = ensureDevice(turn);
  const { others, problems } = readSynced(Object.entries(turn.gathered.syncItems), device);
  for (const [key, why] of Object.entries(problems)) {
    turn.setAside.push({
      key: `sync ${key}`,
      value: turn.gathered.syncItems[key] ?? null,
      reason: REASONS[why] ?? why,
    });
  }
  return { device, others };
}

/** The earliest day another browser changed, or null when the change is only this browser's own. */
export function othersChangedSince(
  turn: Turn<Extract<Input, { type: 'others-synced' }>>,
): DayKey | null {
  return changedSince(turn.input.changes, turn.values.device ?? '');
}

/**
 * Other browsers published days: the summary takes them; a change before
 * its span (a browser that was offline for weeks) folds the streak again.
 */
export function othersSynced(turn: Turn<Extract<Input, { type: 'others-synced' }>>): void {
  if (!turn.settings.shareHistory || othersChangedSince(turn) === null) return;
  const shared = othersFromSync(turn);
  if (turn.allDays) rebuildSummary(turn, shared);
  else if (turn.summary?.device === shared.device) {
    writeSummary(turn, withOthers(turn.summary, shared.others));
  } else turn.next.push({ type: 'sync-refresh' });
}

/** Sharing turned on: every day published; off: this browser's items taken out. Then the summary again. */
export function sharingChanged(turn: Turn): void {
  if (turn.settings.shareHistory) {
    publishEverything(turn);
    rebuildSummary(turn, othersFromSync(turn));
  } else {
    const device = turn.values.device;
    if (device) turn.effects.push({ type: 'sync-unpublish', device });
    turn.writes.syncOwn = undefined;
    rebuildSummary(turn, { device: '', others: {} });
  }
}

export function syncRefresh(turn: Turn): void {
  rebuildSummary(turn, othersFromSync(turn));
}
