/**
 * The JSON export file as export writes it, and whether a history still fits
 * in one: apart from the import's checks (core/export.ts) so the background,
 * which checks a merge whole before keeping it, carries no schema library.
 */
import type { DayKey } from './days';
import { byTime, type DayBucket, type DaySnapshot, type StretchEvent } from './history';

export const EXPORT_FORMAT = 'unsit-history';
export const EXPORT_VERSION = 2;
export const MAX_IMPORT_EVENTS = 200_000;
/** Room for the event cap: an exported event takes about 170 bytes. */
export const MAX_IMPORT_BYTES = 64_000_000;

/** A day row as export writes it: what the events cannot tell. */
export type ExportedDay = DaySnapshot & { day: DayKey };

function exportedEvent(e: StretchEvent) {
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    kind: e.kind,
    stretchId: e.stretchId,
    day: e.day,
    utcOffset: e.utcOffset,
    answersOffer: e.answersOffer,
    ...(e.felt ? { felt: e.felt } : {}),
  };
}

/**
 * The JSON export of every day bucket. One event or day row per line: the
 * file stays readable and about half the size of a fully indented one.
 */
export function toExportJson(
  buckets: Iterable<readonly [DayKey, DayBucket]>,
  exportedAt: number,
  settings?: object,
): string {
  const events: StretchEvent[] = [];
  const days: string[] = [];
  for (const [day, { record, events: list }] of [...buckets].sort((a, b) =>
    a[0] < b[0] ? -1 : 1,
  )) {
    events.push(...list);
    const row: ExportedDay = {
      day,
      browsed: record.browsed,
      goal: record.goal,
      workday: record.workday,
      offered: record.offered,
      spells: record.spells,
      longestSpell: record.longestSpell,
      longSpells: record.longSpells,
    };
    days.push(JSON.stringify(row));
  }
  const lines = events.sort(byTime).map((e) => JSON.stringify(exportedEvent(e)));
  const list = (items: string[]) => (items.length ? `[\n    ${items.join(',\n    ')}\n  ]` : '[]');
  return [
    '{',
    `  "format": ${JSON.stringify(EXPORT_FORMAT)},`,
    `  "version": ${EXPORT_VERSION},`,
    `  "exportedAt": ${JSON.stringify(new Date(exportedAt).toISOString())},`,
    // The settings make the file a backup (#24): import restores them unless the user keeps theirs.
    ...(settings ? [`  "settings": ${JSON.stringify(settings)},`] : []),
    `  "events": ${list(lines)},`,
    `  "days": ${list(days)}`,
    '}',
    '',
  ].join('\n');
}

/** UTF-8 size over `maxBytes`. A string never takes fewer bytes than its length, so long ones are refused without encoding. */
export function overBytes(text: string, maxBytes: number): boolean {
  return text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes;
}

/** Why a merged history cannot be kept: its message key (in `_locales`), substitutions and English text. */
export interface MergeRefusal {
  ok: false;
  reason: string;
  message: { key: 'importMergedTooMany' | 'importMergedTooLarge'; substitutions: string[] };
}

/**
 * What the history would be after a merge, refused when it could not be
 * exported and imported again (#28.10): more events than the cap, or an
 * export file over the size limit (an import within the limit can grow when
 * written back: every field, one line each). Null when it is fine.
 */
export function refuseMerged(
  after: Iterable<readonly [DayKey, DayBucket]>,
  maxBytes: number = MAX_IMPORT_BYTES,
): MergeRefusal | null {
  const all = [...after];
  const events = all.reduce((n, [, b]) => n + b.events.length, 0);
  if (events > MAX_IMPORT_EVENTS) {
    return {
      ok: false,
      // The page shows the message in the UI language (`_locales`); this is its English fallback.
      reason: 'With the history here, more than 200,000 events.',
      message: { key: 'importMergedTooMany', substitutions: [] },
    };
  }
  if (overBytes(toExportJson(all, 0), maxBytes)) {
    const limit = `${Math.round(maxBytes / 100_000) / 10} MB`;
    return {
      ok: false,
      reason: `With the history here, an export over ${limit}.`,
      message: { key: 'importMergedTooLarge', substitutions: [limit] },
    };
  }
  return null;
}
