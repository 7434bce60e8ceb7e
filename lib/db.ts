/**
 * The storage module: the only code that opens IndexedDB. One database
 * ("unsit"), one object store ("kv"), the typed keys of core/stored.ts,
 * atomic multi-key transactions, and reads of every day bucket at once.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import {
  DAY_BUCKET_PREFIX,
  dayBucketKey,
  type DayBucketKey,
  type Stored,
  type StoredKey,
  type Writes,
} from '@/core/stored';

export type { Stored, StoredKey, Writes } from '@/core/stored';

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

/** A read inside a transaction: typed for the fixed keys, raw for day buckets. */
export interface Get {
  <G extends StoredKey>(key: G): Promise<Stored[G] | undefined>;
  (key: DayBucketKey): Promise<unknown>;
}

interface Change<R> {
  writes: Writes;
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
  change: (values: Values<K>, get: Get) => Change<R> | Promise<Change<R>>,
  store: UseStore = openStore(),
): Promise<R> {
  return store('readwrite', async (s) => {
    const values = (await Promise.all(keys.map((k) => promisifyRequest(s.get(k))))) as Values<K>;
    const get = ((key: string) => promisifyRequest(s.get(key))) as Get;
    const { writes, result } = await change(values, get);
    for (const [key, value] of Object.entries(writes)) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    await promisifyRequest(s.transaction);
    return result;
  });
}

/**
 * One step of the pipeline in one readwrite transaction: reads `keys`, then
 * the day buckets `days` names from what they hold (or every bucket), lets
 * `decide` choose the writes, and writes them (after deleting everything
 * when `clearAll`). `decide` is synchronous: nothing else can wait inside.
 */
export async function runStep<R>(
  keys: readonly StoredKey[],
  days: (values: Partial<Stored>) => readonly string[] | 'all',
  decide: (
    values: Partial<Stored>,
    buckets: ReadonlyMap<string, unknown>,
    allDays: boolean,
  ) => { writes: Writes; clearAll?: boolean; result: R },
  store: UseStore = openStore(),
): Promise<R> {
  return store('readwrite', async (s) => {
    const read = await Promise.all(keys.map((k) => promisifyRequest(s.get(k))));
    const values: Partial<Stored> = {};
    keys.forEach((k, i) => {
      if (read[i] !== undefined) (values as Record<string, unknown>)[k] = read[i];
    });
    const wanted = days(values);
    const buckets = new Map<string, unknown>();
    if (wanted === 'all') {
      const range = IDBKeyRange.bound(DAY_BUCKET_PREFIX, `${DAY_BUCKET_PREFIX}\uffff`);
      const [bucketKeys, bucketValues] = await Promise.all([
        promisifyRequest(s.getAllKeys(range)),
        promisifyRequest(s.getAll(range)),
      ]);
      bucketKeys.forEach((k, i) => {
        buckets.set((k as string).slice(DAY_BUCKET_PREFIX.length), bucketValues[i]);
      });
    } else {
      const unique = [...new Set(wanted)];
      const got = await Promise.all(unique.map((d) => promisifyRequest(s.get(dayBucketKey(d)))));
      unique.forEach((d, i) => buckets.set(d, got[i]));
    }
    const { writes, clearAll, result } = decide(values, buckets, wanted === 'all');
    if (clearAll) s.clear();
    for (const [key, value] of Object.entries(writes)) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    await promisifyRequest(s.transaction);
    return result;
  });
}

/** Every day bucket as stored (raw), in day order, from one read. */
export async function readDayBuckets(store: UseStore = openStore()): Promise<[string, unknown][]> {
  return store('readonly', async (s) => {
    const range = IDBKeyRange.bound(DAY_BUCKET_PREFIX, `${DAY_BUCKET_PREFIX}\uffff`);
    const [keys, values] = await Promise.all([
      promisifyRequest(s.getAllKeys(range)),
      promisifyRequest(s.getAll(range)),
    ]);
    return keys.map((k, i): [string, unknown] => [
      (k as string).slice(DAY_BUCKET_PREFIX.length),
      values[i],
    ]);
  });
}

/** The buckets of the given days as stored (raw; undefined for a day with none), from one read. */
export async function readDays(
  days: readonly string[],
  store: UseStore = openStore(),
): Promise<unknown[]> {
  return store('readonly', (s) =>
    Promise.all(days.map((day) => promisifyRequest<unknown>(s.get(dayBucketKey(day))))),
  );
}

/** Deletes every key: "Delete all data" in options. */
export async function clearAll(store: UseStore = openStore()): Promise<void> {
  await store('readwrite', (s) => {
    s.clear();
    return promisifyRequest(s.transaction);
  });
}
