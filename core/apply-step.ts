/**
 * One step of the background, as a pure function: what is stored and what
 * happened go in; what to write and what to do come out, as data. The
 * background reads, calls this, writes the result in one transaction, then
 * acts (core/stored.ts lists the keys).
 *
 * History is read only when a step touches it: the first call answers
 * `{ need: days }`, and the caller calls again with those days' buckets and
 * the summary (usually today alone; a sitting spell that ended before a
 * night away belongs to the day it ended).
 */
import { dayKey, isWorkday, type DayKey } from './days';
import {
  addEvent,
  emptyBucket,
  newEvent,
  withSpell,
  type DayBucket,
  type DayContext,
  type StretchEvent,
} from './history';
import { readBucket, type QuarantinedValue } from './history-schema';
import { promptView, type PromptView } from './prompt-view';
import { pickStretch, remember, type RotationChoice } from './rotation';
import type { Settings } from './settings';
import {
  dayBucketKey,
  quarantineWrites,
  type OpenPrompt,
  type QuarantineEntry,
  type Writes,
} from './stored';
import { currentStreak, withDay, withRecent, type StoredSummary } from './summary';
import {
  initialTracker,
  step,
  windowOpen,
  type Effect,
  type TrackerEvent,
  type TrackerState,
} from './tracker';
import { parseTracker } from './tracker-schema';

export interface StepInput {
  tracker: unknown;
  prompt: OpenPrompt | null | undefined;
  rotation: string[] | undefined;
  quarantine: QuarantineEntry[] | undefined;
  safetySeen: boolean | undefined;
  /** The buckets asked for, as stored (raw, undefined when absent), and the summary: only when asked for. */
  history?: { buckets: Partial<Record<DayKey, unknown>>; summary: StoredSummary };
}

export interface StepContext {
  settings: Settings;
  library: readonly RotationChoice[];
  /** [0, 1), like Math.random. */
  random: () => number;
}

export type NotificationKind = 'prompt' | 'heads-up';

/** What the background does after writing, in this order. */
export type Action =
  | { type: 'alarm'; at: number | null }
  /** Focus the prompt window if it still exists, else open one showing `view` (and store its id). */
  | { type: 'show-prompt'; windowId: number | null; view: PromptView | null }
  | { type: 'close-window'; windowId: number }
  | { type: 'notify'; kind: NotificationKind; dueAt?: number }
  | { type: 'clear-notification'; kind: NotificationKind }
  | { type: 'badge'; streak: number };

export interface Applied {
  state: TrackerState;
  writes: Writes;
  actions: Action[];
  /** The summary could not take the change (a day before its span): build it again. */
  rebuildSummary: boolean;
}

export function dayContext(s: Settings): DayContext {
  return { dailyGoal: s.dailyGoal, workDays: s.workDays };
}

/** The streak on the badge, from the summary. */
export function badgeStreak(summary: StoredSummary, at: number, s: Settings): number {
  const today = dayKey(at);
  return currentStreak(summary, today, {
    todayGoal: s.dailyGoal,
    todayWorkday: isWorkday(today, s.workDays),
  });
}

/** The day an effect changes in the history, or null when it changes none. */
function dayOf(effect: Effect): DayKey | null {
  switch (effect.type) {
    case 'record':
      return dayKey(effect.at);
    case 'browsed':
    case 'offered':
    case 'spell':
      return effect.day;
    default:
      return null;
  }
}

function daysTouched(effects: readonly Effect[]): DayKey[] {
  return [...new Set(effects.map(dayOf).filter((d): d is DayKey => d !== null))].sort();
}

/** The prompt record after the step: a stretch is chosen when a prompt first appears. */
function nextPrompt(
  input: StepInput,
  next: TrackerState,
  effects: readonly Effect[],
  at: number,
  ctx: StepContext,
  writes: Writes,
): OpenPrompt | null {
  let prompt = input.prompt ?? null;
  const appears = effects.some((e) => e.type === 'open-prompt' || e.type === 'notify');
  if (appears && !prompt) {
    const chosen = pickStretch(ctx.library, input.rotation ?? [], ctx.settings, ctx.random);
    if (chosen) {
      prompt = { stretchId: chosen.id, windowId: null, openedAt: at };
      writes.rotation = remember(input.rotation ?? [], chosen.id);
    }
  }
  const showing =
    windowOpen(next) || (next.phase === 'prompting' && next.promptVia === 'notification');
  return showing ? prompt : null;
}

/** One day's bucket with the step's effects on that day applied. */
function applyToBucket(
  bucket: DayBucket,
  effects: readonly Effect[],
  stretchId: string | null,
  ctx: StepContext,
): { bucket: DayBucket; done: StretchEvent[] } {
  const done: StretchEvent[] = [];
  for (const effect of effects) {
    if (effect.type === 'record') {
      const event = newEvent(effect.at, effect.kind, stretchId, effect.answersOffer, ctx.random);
      bucket = addEvent(bucket, event);
      done.push(event);
    } else if (effect.type === 'browsed' && !bucket.record.browsed) {
      bucket = { ...bucket, record: { ...bucket.record, browsed: true } };
    } else if (effect.type === 'offered') {
      bucket = { ...bucket, record: { ...bucket.record, offered: bucket.record.offered + 1 } };
    } else if (effect.type === 'spell') {
      bucket = {
        ...bucket,
        record: withSpell(bucket.record, effect.minutes, effect.pastInterval),
      };
    }
  }
  return { bucket, done };
}

/**
 * The touched days' buckets and the summary with the step's history effects
 * applied; the summary is null when a day falls before its span (then it is
 * built again from every bucket).
 */
function recordHistory(
  history: NonNullable<StepInput['history']>,
  effects: readonly Effect[],
  stretchId: string | null,
  today: DayKey,
  ctx: StepContext,
  writes: Writes,
  setAside: QuarantinedValue[],
): StoredSummary | null {
  const dayCtx = dayContext(ctx.settings);
  let summary: StoredSummary | null = history.summary;
  for (const day of daysTouched(effects)) {
    const read = readBucket(day, history.buckets[day], dayCtx);
    setAside.push(...read.quarantined);
    const start = read.bucket ?? emptyBucket(day, dayCtx);
    const applied = applyToBucket(
      start,
      effects.filter((e) => dayOf(e) === day),
      stretchId,
      ctx,
    );
    if (summary) for (const event of applied.done) summary = withRecent(summary, event);
    if (applied.bucket === read.bucket && !read.changed) continue;
    writes[dayBucketKey(day)] = applied.bucket;
    summary = summary && withDay(summary, day, applied.bucket.record, today);
  }
  if (summary && summary !== history.summary) writes.summary = summary;
  return summary;
}

function toActions(
  effects: readonly Effect[],
  before: OpenPrompt | null,
  after: OpenPrompt | null,
  alarmAt: number | null,
  view: (stretchId: string) => PromptView,
): Action[] {
  const actions: Action[] = [{ type: 'alarm', at: alarmAt }];
  for (const effect of effects) {
    switch (effect.type) {
      case 'open-prompt': {
        const shown = after ?? before;
        actions.push({
          type: 'show-prompt',
          windowId: shown?.windowId ?? null,
          view: shown ? view(shown.stretchId) : null,
        });
        break;
      }
      case 'close-prompt':
        if (before?.windowId != null)
          actions.push({ type: 'close-window', windowId: before.windowId });
        break;
      case 'notify':
        actions.push({ type: 'notify', kind: 'prompt' });
        break;
      case 'clear-notification':
        actions.push({ type: 'clear-notification', kind: 'prompt' });
        break;
      case 'heads-up':
        actions.push({ type: 'notify', kind: 'heads-up', dueAt: effect.dueAt });
        break;
      case 'clear-heads-up':
        actions.push({ type: 'clear-notification', kind: 'heads-up' });
        break;
      case 'record':
      case 'browsed':
      case 'offered':
      case 'spell':
        break;
    }
  }
  return actions;
}

export function applyStep(
  input: StepInput,
  event: TrackerEvent,
  ctx: StepContext,
): { need: DayKey[] } | Applied {
  const at = event.at;
  const writes: Writes = {};
  const setAside: QuarantinedValue[] = [];
  let tracker = parseTracker(input.tracker);
  if (!tracker) {
    if (input.tracker !== undefined) {
      setAside.push({ key: 'tracker', value: input.tracker, reason: 'unreadable tracker state' });
    }
    tracker = initialTracker(at, ctx.settings);
  }
  const result = step(tracker, event, ctx.settings);
  const touched = daysTouched(result.effects);
  const missing = touched.filter((d) => !input.history || !(d in input.history.buckets));
  if (missing.length > 0) return { need: missing };
  writes.tracker = result.state;

  const before = input.prompt ?? null;
  const after = nextPrompt(input, result.state, result.effects, at, ctx, writes);
  if (after !== before) writes.prompt = after;

  let summary: StoredSummary | null = null;
  let rebuildSummary = false;
  if (touched.length > 0 && input.history) {
    const stretchId = (after ?? before)?.stretchId ?? null;
    summary = recordHistory(
      input.history,
      result.effects,
      stretchId,
      dayKey(at),
      ctx,
      writes,
      setAside,
    );
    rebuildSummary = summary === null;
  }
  Object.assign(writes, quarantineWrites(input.quarantine, setAside, at));
  const actions = toActions(result.effects, before, after, result.alarmAt, (id) =>
    promptView(
      id,
      ctx.settings,
      input.safetySeen === true,
      result.state.snoozes,
      result.state.callHeld,
    ),
  );
  if (summary) actions.push({ type: 'badge', streak: badgeStreak(summary, at, ctx.settings) });
  return { state: result.state, writes, actions, rebuildSummary };
}

/**
 * A new daily goal or working-day choice applies to today as well (past days
 * keep theirs): the writes for today's bucket and the summary, if they change.
 */
export function settingsForToday(
  day: DayKey,
  rawBucket: unknown,
  summary: StoredSummary,
  settings: Settings,
): { writes: Writes; summary: StoredSummary | null } {
  const read = readBucket(day, rawBucket, dayContext(settings));
  if (!read.bucket) return { writes: {}, summary };
  const workday = isWorkday(day, settings.workDays);
  const rec = read.bucket.record;
  if (rec.goal === settings.dailyGoal && rec.workday === workday) return { writes: {}, summary };
  const bucket = { ...read.bucket, record: { ...rec, goal: settings.dailyGoal, workday } };
  const next = withDay(summary, day, bucket.record, day);
  const writes: Writes = { [dayBucketKey(day)]: bucket };
  if (next) writes.summary = next;
  return { writes, summary: next };
}
