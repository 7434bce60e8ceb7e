import * as v from 'valibot';
import type { TrackerState } from './tracker';

const time = v.pipe(v.number(), v.finite());
const maybeTime = v.nullable(time);

const TrackerSchema = v.object({
  version: v.literal(1),
  observedAt: time,
  idle: v.picklist(['active', 'idle', 'locked']),
  focused: v.boolean(),
  present: v.boolean(),
  awaySince: maybeTime,
  continuousMs: v.pipe(time, v.minValue(0)),
  cycleStartedAt: time,
  cycleIntervalMs: v.pipe(time, v.minValue(0)),
  snoozes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  phase: v.picklist(['counting', 'prompting', 'snoozed', 'deferred']),
  promptVia: v.nullable(v.picklist(['window', 'notification'])),
  snoozeUntil: maybeTime,
  deferredSince: maybeTime,
  headsUpShown: v.boolean(),
  pausedUntil: maybeTime,
  wakeAt: maybeTime,
  lastPresentDay: v.nullable(v.string()),
});

/** A stored tracker state, or null when it is missing or corrupt. */
export function parseTracker(raw: unknown): TrackerState | null {
  const result = v.safeParse(TrackerSchema, raw);
  return result.success ? (result.output satisfies TrackerState) : null;
}
