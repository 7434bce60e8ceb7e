/**
 * One turn of the pipeline: the input, what was read for it, and what the
 * rules decide, gathered as they go (writes, effects, follow-ups, the
 * reply). Rules (core/rules-*.ts) take a turn and add to it; the pipeline
 * (core/pipeline.ts) makes the turn and finishes it.
 */
import type { DayKey } from './days';
import type { Effect } from './effects';
import type { DayRecord } from './history';
import type { QuarantinedValue } from './history-schema';
import type { Gathered, Input } from './inputs';
import type { RotationChoice } from './rotation';
import type { Settings } from './settings';
import type { Stored, Writes } from './stored';
import type { StoredSummary } from './summary';

/** The stored values a rule read, by key (absent keys are undefined). */
export type Values = { [K in keyof Stored]?: Stored[K] };

export interface PipelineContext {
  library: readonly RotationChoice[];
  /** [0, 1), like Math.random. */
  random: () => number;
}

export interface Turn<I extends Input = Input> {
  input: I;
  at: number;
  today: DayKey;
  gathered: Gathered;
  values: Values;
  /** The day buckets read, as stored (raw); every one when `allDays`. */
  buckets: ReadonlyMap<DayKey, unknown>;
  allDays: boolean;
  ctx: PipelineContext;
  /** The settings in force (validated when they came in). */
  settings: Settings;
  /** The summary as the turn leaves it; null when it must be built again. */
  summary: StoredSummary | null;
  summaryChanged: boolean;
  /** Days whose record this turn wrote (they are published when sharing is on). */
  changedDays: Map<DayKey, DayRecord>;
  writes: Writes;
  effects: Effect[];
  next: Input[];
  setAside: QuarantinedValue[];
  reply: unknown;
  /** Delete every stored key before the writes. */
  clearAll: boolean;
  /** The history was replaced: the best streak kept so far goes with it. */
  bestReset?: boolean;
  /** Show the streak on the badge again, even if the summary did not change. */
  badge: boolean;
}

export function writeSummary(turn: Turn, summary: StoredSummary | null): void {
  turn.summary = summary;
  turn.summaryChanged = true;
}
