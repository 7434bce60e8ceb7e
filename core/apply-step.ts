/**
 * One step of the background, as a pure function: what is stored and what
 * happened go in; what to write and what to do come out, as data. The
 * background reads, calls this, writes the result in one transaction, then
 * acts (core/stored.ts lists the keys).
 *
 * History is read only when a step touches it: the first call answers
 * `{ need: day }`, and the caller calls again with that day's bucket and the
 * summary.
 */
import { dayKey, isWorkday, type DayKey } from './days';
import { addEvent, emptyBucket, newEvent, type DayBucket, type DayContext } from './history';
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
  /** Today's bucket as stored (raw) and the summary: only when asked for. */
  history?: { day: DayKey; bucket: unknown; summary: StoredSummary };
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

function touchesHistory(effects: readonly Effect[]): boolean {
  return effects.some((e) => e.type === 'record' || e.type === 'browsed' || e.type === 'offered');
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

/** Today's bucket and summary with the step's history effects applied. */
function recordHistory(
  history: NonNullable<StepInput['history']>,
  effects: readonly Effect[],
  stretchId: string | null,
  ctx: StepContext,
  writes: Writes,
  setAside: QuarantinedValue[],
): { summary: StoredSummary | null } {
  const dayCtx = dayContext(ctx.settings);
  const read = readBucket(history.day, history.bucket, dayCtx);
  setAside.push(...read.quarantined);
  let bucket: DayBucket = read.bucket ?? emptyBucket(history.day, dayCtx);
  let summary = history.summary;
  for (const effect of effects) {
    if (effect.type === 'record') {
      const event = newEvent(effect.at, effect.kind, stretchId, effect.answersOffer, ctx.random);
      bucket = addEvent(bucket, event);
      summary = withRecent(summary, event);
    } else if (effect.type === 'browsed' && !bucket.record.browsed) {
      bucket = { ...bucket, record: { ...bucket.record, browsed: true } };
    } else if (effect.type === 'offered') {
      bucket = { ...bucket, record: { ...bucket.record, offered: bucket.record.offered + 1 } };
    }
  }
  if (bucket === read.bucket && !read.changed) return { summary };
  writes[dayBucketKey(history.day)] = bucket;
  const next = withDay(summary, history.day, bucket.record, history.day);
  if (next) writes.summary = next;
  return { summary: next };
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
        break;
    }
  }
  return actions;
}

export function applyStep(
  input: StepInput,
  event: TrackerEvent,
  ctx: StepContext,
): { need: DayKey } | Applied {
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
  const recording = touchesHistory(result.effects);
  if (recording && input.history?.day !== dayKey(at)) return { need: dayKey(at) };
  writes.tracker = result.state;

  const before = input.prompt ?? null;
  const after = nextPrompt(input, result.state, result.effects, at, ctx, writes);
  if (after !== before) writes.prompt = after;

  let summary: StoredSummary | null = null;
  let rebuildSummary = false;
  if (recording && input.history) {
    const stretchId = (after ?? before)?.stretchId ?? null;
    summary = recordHistory(
      input.history,
      result.effects,
      stretchId,
      ctx,
      writes,
      setAside,
    ).summary;
    rebuildSummary = summary === null;
  }
  Object.assign(writes, quarantineWrites(input.quarantine, setAside, at));
  const actions = toActions(result.effects, before, after, result.alarmAt, (id) =>
    promptView(id, ctx.settings, input.safetySeen === true, result.state.snoozes),
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
