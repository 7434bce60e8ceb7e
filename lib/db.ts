/**
 * The storage module: the only code that opens IndexedDB. One database
 * ("unsit"), one object store ("kv"), typed keys, atomic multi-key
 * transactions, and a quarantine for values that fail to parse.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Days, StretchEvent } from '@/core/history';
import type { Settings } from '@/core/settings';
import type { TrackerState } from '@/core/tracker';

export interface RecentStretch {
  at: number;
  stretchId: string | null;
}

export interface OpenPrompt {
  stretchId: string;
  /** The popup window showing it, or null while shown as a notification. */
  windowId: number | null;
  openedAt: number;
}

export interface QuarantineEntry {
  /** Where the value was set aside: `quarantine:<key>:<time>`. */
  id: string;
  key: string;
  at: number;
  reason: string;
}

export interface Stored {
  meta: { schemaVersion: number };
  events: StretchEvent[];
  days: Days;
  /** The last few completed stretches, newest first, for the popup. */
  recent: RecentStretch[];
  tracker: TrackerState;
  /** A mirror of the synced settings, so the popup renders from one read. */
  settings: Settings;
  /** Stretch ids shown most recently, newest first. */
  rotation: string[];
  prompt: OpenPrompt | null;
  safetySeen: boolean;
  quarantine: QuarantineEntry[];
}

export type StoredKey = keyof Stored;
type Values<K extends readonly StoredKey[]> = { [I in keyof K]: Stored[K[I]] | undefined };

export const DB_NAME = 'unsit';
export const STORE_NAME = 'kv';

let defaultStore: UseStore | undefined;
/** Opened lazily: entrypoints do nothing at module scope. */
export function openStore(): UseStore {
  defaultStore ??= createStore(DB_NAME, STORE_NAME);
  return defaultStore;
}

/** Reads several keys in one transaction. */
export async function read<const K extends readonly StoredKey[]>(
  keys: K,
  store: UseStore = openStore(),
): Promise<Values<K>> {
  return store('readonly', (s) =>
    Promise.all(keys.map((k) => promisifyRequest(s.get(k)))),
  ) as Promise<Values<K>>;
}

export type Writes = { [P in StoredKey]?: Stored[P] } & Record<`quarantine:${string}`, unknown>;
interface Change<R> {
  writes: Partial<Writes>;
  result: R;
}

/**
 * Reads `keys`, lets `change` decide what to write, and writes it in the same
 * readwrite transaction: concurrent writers are serialised by IndexedDB and
 * a writer killed half-way leaves nothing half-written. `change` may await
 * only `get` (a read in the same transaction, for a key it needs only some
 * of the time); a transaction closes when it waits on anything else.
 */
export async function transact<const K extends readonly StoredKey[], R>(
  keys: K,
  change: (
    values: Values<K>,
    get: <G extends StoredKey>(key: G) => Promise<Stored[G] | undefined>,
  ) => Change<R> | Promise<Change<R>>,
  store: UseStore = openStore(),
): Promise<R> {
  return store('readwrite', async (s) => {
    const values = (await Promise.all(keys.map((k) => promisifyRequest(s.get(k))))) as Values<K>;
    const get = <G extends StoredKey>(key: G) =>
      promisifyRequest(s.get(key)) as Promise<Stored[G] | undefined>;
    const { writes, result } = await change(values, get);
    for (const [key, value] of Object.entries(writes)) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    await promisifyRequest(s.transaction);
    return result;
  });
}

/** Deletes every key: "Delete all data" in options. */
export async function clearAll(store: UseStore = openStore()): Promise<void> {
  await store('readwrite', (s) => {
    s.clear();
    return promisifyRequest(s.transaction);
  });
}

/** The writes that set `value` aside under a quarantine key and report it. */
export function quarantineWrites(
  list: QuarantineEntry[] | undefined,
  key: string,
  value: unknown,
  reason: string,
  at: number,
): Partial<Writes> {
  const id = `quarantine:${key}:${at}`;
  const writes: Partial<Writes> = { quarantine: [...(list ?? []), { id, key, at, reason }] };
  writes[id as `quarantine:${string}`] = value;
  return writes;
}
