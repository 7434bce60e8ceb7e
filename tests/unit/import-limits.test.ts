/**
 * What is stored can always be exported and imported again (#28.10): the
 * event cap and the file size hold for the history after a merge, not only
 * for the file; and the time check agrees with the day check in every zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseImport } from '@/core/export';
import { refuseMerged, toExportJson } from '@/core/export-file';
import { mergeIntoBuckets, type DayBucket, type StretchEvent } from '@/core/history';
import { readStoredEvent } from '@/core/history-schema';
import { memoryBackground } from './pipeline-driver';

const ZONE = process.env.TZ;
afterEach(() => {
  process.env.TZ = ZONE;
});

const T0 = new Date(2026, 10, 18, 9, 0).getTime();
const CTX = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };

/** `n` done events, one a minute, a day apart every 500, with ids from `prefix`. */
function events(n: number, prefix: string, from = Date.UTC(2020, 0, 1, 12)): StretchEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const at = from + Math.floor(i / 500) * 86_400_000 + (i % 500) * 60_000;
    const day = new Date(at).toISOString().slice(0, 10);
    return {
      id: `${prefix}${i}`,
      at,
      kind: 'done',
      stretchId: null,
      day,
      utcOffset: 0,
      answersOffer: false,
    };
  });
}

describe('the event cap holds for the merged history (#28.10)', () => {
  it('two imports that each pass it but together exceed it: the second is refused, nothing is added', () => {
    process.env.TZ = 'UTC';
    const bg = memoryBackground(T0);
    bg.run({ type: 'startup' });
    expect(bg.run({ type: 'import', events: events(120_000, 'a'), days: [] })).toMatchObject({
      ok: true,
    });
    const second = bg.run({
      type: 'import',
      events: events(90_000, 'b', Date.UTC(2021, 0, 1, 12)),
      days: [],
    });
    expect(second).toMatchObject({ ok: false, message: { key: 'importMergedTooMany' } });
    const stored = [...bg.store].flatMap(([k, v]) =>
      k.startsWith('day:') ? (v as DayBucket).events : [],
    );
    expect(stored).toHaveLength(120_000);
  }, 60_000);
});

describe('the size limit holds for the export of what is kept (#28.10)', () => {
  it('a compact version-1 file within the limit, whose export would pass it, is refused', () => {
    process.env.TZ = 'UTC';
    const v1 = JSON.stringify({
      format: 'unsit-history',
      version: 1,
      events: Array.from({ length: 300 }, (_, i) => ({
        id: `e${i}`,
        at: new Date(Date.UTC(2024, 0, 1, 12) + i * 60_000).toISOString(),
        kind: 'done',
        stretch: null,
      })),
      days: [],
    });
    const limit = v1.length + 10;
    const parsed = parseImport(v1, limit);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { changed } = mergeIntoBuckets(new Map(), new Set(), parsed.events, new Map(), CTX);
    // The check means something: written back, the same history is larger than the file.
    expect(toExportJson(changed, 0).length).toBeGreaterThan(limit);
    expect(refuseMerged(changed, limit)).toMatchObject({
      ok: false,
      message: { key: 'importMergedTooLarge' },
    });
    expect(refuseMerged(changed)).toBeNull();
  });
});

describe('the time check agrees with the day check in every zone (#28.10)', () => {
  it.each(['America/New_York', 'Pacific/Pago_Pago', 'UTC'])(
    'an event at 2000-01-01T00:00Z is refused at import in %s, never stored on 1999-12-31',
    (zone) => {
      process.env.TZ = zone;
      const file = JSON.stringify({
        format: 'unsit-history',
        version: 1,
        events: [{ id: 'e1', at: '2000-01-01T00:00:00.000Z', kind: 'done', stretch: null }],
        days: [],
      });
      const parsed = parseImport(file);
      expect(parsed.ok).toBe(false);
      expect(parsed).toMatchObject({ message: { key: 'importBadEvent' } });
    },
  );

  it('every moment that passes the time check has a day that passes the day check, at every real offset', () => {
    for (const at of [Date.UTC(2000, 0, 1, 12), Date.UTC(2100, 11, 31, 9, 59)]) {
      for (const offset of [-720, -300, 0, 345, 840]) {
        const day = new Date(at + offset * 60_000).toISOString().slice(0, 10);
        const read = readStoredEvent({
          id: 'x',
          at,
          kind: 'done',
          stretchId: null,
          day,
          utcOffset: offset,
          answersOffer: false,
        });
        expect(typeof read).not.toBe('string');
      }
    }
  });
});
