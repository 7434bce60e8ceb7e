/**
 * Reading a stored tracker state. Checked by hand rather than with the
 * schema library: it is a list of field types, and the worker that runs it on
 * every step must stay small (15 KB gzipped).
 */
import type { TrackerState } from './tracker';

const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const maybeTime = (v: unknown) => v === null || time(v);
const bool = (v: unknown) => typeof v === 'boolean';
const oneOf =
  (...options: unknown[]) =>
  (v: unknown) =>
    options.includes(v);

/** Every field of version 1, the first stored shape, and its check. */
const V1_FIELDS: Record<string, (v: unknown) => boolean> = {
  observedAt: time,
  idle: oneOf('active', 'idle', 'locked'),
  focused: bool,
  present: bool,
  awaySince: maybeTime,
  continuousMs: (v) => time(v) && v >= 0,
  cycleStartedAt: time,
  cycleIntervalMs: (v) => time(v) && v >= 0,
  snoozes: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
  phase: oneOf('counting', 'prompting', 'snoozed', 'deferred', 'waiting'),
  promptVia: oneOf(null, 'window', 'notification'),
  snoozeUntil: maybeTime,
  deferredSince: maybeTime,
  headsUpShown: bool,
  pausedUntil: maybeTime,
  wakeAt: maybeTime,
  lastPresentDay: (v) => v === null || typeof v === 'string',
};

/** What version 2 added: holds, offers, prompts of the user's own, sitting spells and calls. */
const V2_FIELDS: Record<string, (v: unknown) => boolean> = {
  heldByCall: bool,
  holdSince: maybeTime,
  notifiedAt: maybeTime,
  offered: bool,
  userPrompt: bool,
  spellMs: (v) => time(v) && v >= 0,
  meetingOpen: bool,
  meetingSeenAt: maybeTime,
  callEndedAt: maybeTime,
  quietUntil: maybeTime,
  callHeld: bool,
  // Added within version 2, so optional: an older state without it reads as before.
  snoozeExtraMs: (v) => v === undefined || (time(v) && v >= 0),
  pauseOnCalendar: (v) => v === undefined || bool(v),
  waitingSince: (v) => v === undefined || maybeTime(v),
  waitTab: (v) => v === undefined || v === null || (typeof v === 'number' && Number.isInteger(v)),
  promptedAt: (v) => v === undefined || maybeTime(v),
  reminded: (v) => v === undefined || bool(v),
  meetingHeardAt: (v) => v === undefined || maybeTime(v),
  awayKind: oneOf(undefined, null, 'idle', 'locked', 'gap'),
};

const passes = (raw: Record<string, unknown>, fields: Record<string, (v: unknown) => boolean>) =>
  Object.entries(fields).every(([key, check]) => check(raw[key]));

/** A stored tracker state (an older shape upgraded), or null when it is missing or corrupt. */
export function parseTracker(raw: unknown): TrackerState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (!passes(s, V1_FIELDS)) return null;
  if (s.version === 2) return passes(s, V2_FIELDS) ? (s as unknown as TrackerState) : null;
  if (s.version !== 1) return null;
  const old = s as unknown as Omit<
    TrackerState,
    | 'version'
    | 'heldByCall'
    | 'holdSince'
    | 'notifiedAt'
    | 'offered'
    | 'userPrompt'
    | 'spellMs'
    | 'meetingOpen'
    | 'meetingSeenAt'
    | 'callEndedAt'
    | 'quietUntil'
    | 'callHeld'
  >;
  return {
    ...old,
    version: 2,
    heldByCall: false,
    holdSince: old.phase === 'snoozed' || old.phase === 'deferred' ? old.observedAt : null,
    notifiedAt:
      old.phase === 'prompting' && old.promptVia === 'notification' ? old.observedAt : null,
    offered: old.phase === 'prompting',
    userPrompt: false,
    spellMs: 0,
    meetingOpen: false,
    meetingSeenAt: null,
    callEndedAt: null,
    quietUntil: null,
    callHeld: false,
  };
}
