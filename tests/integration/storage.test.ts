import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { addToDays, type StretchEvent } from '@/core/history';
import { clearAll, quarantineWrites, read, transact } from '@/lib/db';

const ctx = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };

function recordDone(id: string, at: number, store?: Parameters<typeof transact>[2]) {
  return transact(
    ['events', 'days'] as const,
    ([events, days]) => {
      const e: StretchEvent = { id, at, kind: 'done', stretchId: null };
      return {
        writes: { events: [...(events ?? []), e], days: addToDays(days ?? {}, [e], ctx) },
        result: null,
      };
    },
    store,
  );
}

describe('the storage module', () => {
  beforeEach(async () => {
    await clearAll();
  });

  it('loses nothing when two writers (popup and background) write at the same moment', async () => {
    // A second connection to the same database, as another extension page has.
    const other = createStore('unsit', 'kv');
    const at = new Date(2026, 10, 18, 10).getTime();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => recordDone(`e${i}`, at + i, i % 2 ? other : undefined)),
    );
    const [events, days] = await read(['events', 'days'] as const);
    expect(events).toHaveLength(40);
    expect(new Set(events?.map((e) => e.id)).size).toBe(40);
    expect(days?.['2026-11-18']?.done).toBe(40);
  });

  it('writes nothing when the change throws half-way', async () => {
    await recordDone('kept', 1);
    await expect(
      transact(['events'] as const, () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    const [events] = await read(['events'] as const);
    expect(events?.map((e) => e.id)).toEqual(['kept']);
  });

  it('sets a value aside under a quarantine key and lists it', async () => {
    await transact(['quarantine'] as const, ([list]) => ({
      writes: quarantineWrites(list, 'days', 'not an object', 'days is not an object', 42),
      result: null,
    }));
    const store = createStore('unsit', 'kv');
    const raw = await store(
      'readonly',
      (s) =>
        new Promise(
          (r) =>
            (s.get('quarantine:days:42').onsuccess = (e) => {
              r((e.target as IDBRequest).result);
            }),
        ),
    );
    expect(raw).toBe('not an object');
    const [list] = await read(['quarantine'] as const);
    expect(list).toEqual([
      { id: 'quarantine:days:42', key: 'days', at: 42, reason: 'days is not an object' },
    ]);
  });
});
