/**
 * What Unsit keeps in IndexedDB (database "unsit", store "kv"): every key and
 * the shape of its value. `lib/db.ts` reads and writes them; the pure
 * functions in `core/` decide what to write, as data.
 */
import type { DayKey } from './days';
import { isFelt, type DayBucket, type Felt } from './history';
import type { Settings } from './settings';
import type { StoredPolicy } from './policy';
import type { StoredSummary } from './summary';
import type { TrackerState } from './tracker';
import type { SyncOwn } from './rules-sync';

export interface OpenPrompt {
  stretchId: string;
  /** The popup window showing it, or null while shown as a notification. */
  windowId: number | null;
  openedAt: number;
}

/** How long the last Done or Skip can be undone from the popup. */
export const UNDO_MS = 10 * 60 * 1000;

/** The stored `felt` map, keeping only the entries that read. */
export function readFelt(raw: unknown): Record<string, Felt> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter((e): e is [string, Felt] => isFelt(e[1])),
  );
}

/** The moves last felt in the lower back or a knee, and those felt in a knee, from the stored `felt`. */
export function botheredMoves(raw: unknown): { bothered: string[]; knee: string[] } {
  const entries = Object.entries(readFelt(raw));
  return {
    bothered: entries.filter(([, f]) => f === 'back' || f === 'knee').map(([id]) => id),
    knee: entries.filter(([, f]) => f === 'knee').map(([id]) => id),
  };
}

export interface LastAnswer {
  /** The event's id, in the bucket of `day`. */
  id: string;
  day: DayKey;
  at: number;
  kind: 'done' | 'skipped';
}

/** The stored last answer when it has its shape, else undefined (a page shows no Undo then). */
export function readLastAnswer(raw: unknown): LastAnswer | undefined {
  const v = raw as Partial<LastAnswer> | null | undefined;
  const ok =
    typeof v?.id === 'string' &&
    typeof v.day === 'string' &&
    typeof v.at === 'number' &&
    (v.kind === 'done' || v.kind === 'skipped');
  return ok ? (v as LastAnswer) : undefined;
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
  /** While moving history from an older version: the next step to write. */
  /** A move from an older version in progress: the next day to write, in the zone it began in. */
  migration: { next: number; zone?: string };
  /** What the popup and the badge need, kept current (core/summary.ts). */
  summary: StoredSummary;
  tracker: TrackerState;
  /**
   * The settings: the one place of truth, checked when they came in
   * (core/rules-settings.ts); `storage.sync` carries a copy to the user's
   * other browsers.
   */
  settings: Settings;
  /** Settings fields that were invalid when read and fell back to their defaults. */
  settingsReset: string[];
  /** The organisation's policy as last read, and the user's values its locks hold (core/policy.ts). */
  policy: StoredPolicy;
  /** Stretch ids shown most recently, newest first. */
  rotation: string[];
  prompt: OpenPrompt | null;
  /** The last Done or Skip, which the popup can undo for a while (core/rules-history.ts). */
  lastAnswer: LastAnswer;
  /**
   * Where each move was last felt, by move id (issue #23): a move that
   * bothered the lower back or a knee comes up less often; after a knee,
   * its easier version is shown first.
   */
  felt: Record<string, Felt>;
  /** The stretch of the cycle that is open or held: a snoozed stretch comes back as the same move. */
  cycleStretch: string | null;
  /** The items this browser publishes to `storage.sync` (core/rules-sync.ts). */
  syncOwn: SyncOwn;
  safetySeen: boolean;
  quarantine: QuarantineEntry[];
  /** This browser's id in sync (core/sync.ts); never synced itself. */
  device: string;
  /** Version 1–2 history, each one value; read only by the move to version 3. */
  events: unknown;
  days: unknown;
}

export type StoredKey = keyof Stored;
/** One bucket per local day: its record and its events. */
export type DayBucketKey = `day:${string}`;
export type QuarantineKey = `quarantine:${string}`;

export const DAY_BUCKET_PREFIX = 'day:';

export function dayBucketKey(day: DayKey): DayBucketKey {
  return `day:${day}`;
}

/** What a step writes: a value per key, undefined to delete it. */
export type Writes = { [K in StoredKey]?: Stored[K] | undefined } & {
  [key: DayBucketKey]: DayBucket | undefined;
} & { [key: QuarantineKey]: unknown };

/** The writes that set each value aside under a quarantine key and list it. */
export function quarantineWrites(
  list: readonly QuarantineEntry[] | undefined,
  items: readonly { key: string; value: unknown; reason: string }[],
  at: number,
): Writes {
  if (items.length === 0) return {};
  const entries = [...(list ?? [])];
  const writes: Writes = {};
  items.forEach((item, i) => {
    // The index keeps two items set aside in the same moment apart.
    const id: `quarantine:${string}` = `quarantine:${item.key}:${at}${i > 0 ? `-${i}` : ''}`;
    entries.push({ id, key: item.key, at, reason: item.reason });
    writes[id] = item.value;
  });
  writes.quarantine = entries;
  return writes;
}
