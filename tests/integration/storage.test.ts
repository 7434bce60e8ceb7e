import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { addEvent, emptyBucket, newEvent, type DayBucket } from '@/core/history';
import { dayBucketKey, quarantineWrites } from '@/core/stored';
import { clearAll, read, readDayBuckets, transact } from '@/lib/db';

const ctx = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };
const DAY = '2026-11-18';

function recordDone(i: number, at: number, store?: Parameters<typeof transact>[2]) {
  return transact(
    [] as const,
    async (_values, get) => {
      const bucket =
        ((await get(dayBucketKey(DAY))) as DayBucket | undefined) ?? emptyBucket(DAY, ctx);
      const event = newEvent(at, 'done', null, false, () => i / 100);
      return {
        writes: { [dayBucketKey(DAY)]: addEvent(bucket, { ...event, id: `e${i}` }) },
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
      Array.from({ length: 40 }, (_, i) => recordDone(i, at + i, i % 2 ? other : undefined)),
    );
    const [[day, raw]] = (await readDayBuckets()) as [[string, DayBucket]];
    expect(day).toBe(DAY);
    expect(raw.events).toHaveLength(40);
    expect(new Set(raw.events.map((e) => e.id)).size).toBe(40);
    expect(raw.record.done).toBe(40);
  });

  it('writes nothing when the change throws half-way', async () => {
    await recordDone(1, new Date(2026, 10, 18, 10).getTime());
    await expect(
      transact(['summary'] as const, () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    const buckets = await readDayBuckets();
    expect((buckets[0]?.[1] as DayBucket).events.map((e) => e.id)).toEqual(['e1']);
  });

  it('reads every day bucket at once, in day order, and nothing else', async () => {
    await transact([] as const, () => ({
      writes: {
        'day:2026-11-20': emptyBucket('2026-11-20', ctx),
        'day:2026-01-02': emptyBucket('2026-01-02', ctx),
        safetySeen: true,
        'quarantine:day:2026-05-01:1': 'junk',
      },
      result: null,
    }));
    expect((await readDayBuckets()).map(([day]) => day)).toEqual(['2026-01-02', '2026-11-20']);
  });

  it('sets a value aside under a quarantine key and lists it', async () => {
    await transact(['quarantine'] as const, ([list]) => ({
      writes: quarantineWrites(
        list,
        [{ key: 'day:2026-05-01', value: 'not a bucket', reason: 'bad' }],
        42,
      ),
      result: null,
    }));
    const store = createStore('unsit', 'kv');
    const raw = await store(
      'readonly',
      (s) =>
        new Promise(
          (r) =>
            (s.get('quarantine:day:2026-05-01:42').onsuccess = (e) => {
              r((e.target as IDBRequest).result);
            }),
        ),
    );
    expect(raw).toBe('not a bucket');
    const [list] = await read(['quarantine'] as const);
    expect(list).toEqual([
      { id: 'quarantine:day:2026-05-01:42', key: 'day:2026-05-01', at: 42, reason: 'bad' },
    ]);
  });

  it('keeps two values set aside in the same moment apart', () => {
    const writes = quarantineWrites(
      [],
      [
        { key: 'tracker', value: 1, reason: 'a' },
        { key: 'tracker', value: 2, reason: 'b' },
      ],
      7,
    );
    expect(writes.quarantine?.map((q) => q.id)).toEqual([
      'quarantine:tracker:7',
      'quarantine:tracker:7-1',
    ]);
  });
});
