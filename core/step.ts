/**
 * One tracker step with everything it changes, as a pure function: the
 * tracker (core/tracker.ts) decides; this turns its facts into the day
 * buckets and the summary, chooses the stretch when a prompt first appears
 * (and keeps it through snoozes), and turns prompt changes into the windows
 * they concern. The pipeline (core/pipeline.ts) read every bucket the step
 * can touch (`daysAStepCanTouch`) before it runs.
 */
import { dayKey, type DayKey } from './days';
import type { Effect } from './effects';
import {
  addEvent,
  dayContext,
  emptyBucket,
  newEvent,
  withSpell,
  type DayBucket,
  type StretchEvent,
} from './history';
import { readBucket, type QuarantinedValue } from './history-schema';
import { promptView } from './prompt-view';
import { pickStretch, remember, type RotationChoice } from './rotation';
import type { Settings } from './settings';
import { botheredMoves, dayBucketKey, type OpenPrompt, type Writes } from './stored';
import { withDay, withRecent, type StoredSummary } from './summary';
import {
  initialTracker,
  step,
  windowOpen,
  type Fact,
  type TrackerEffect,
  type TrackerEvent,
  type TrackerState,
} from './tracker';
import { parseTracker } from './tracker-schema';

export interface StepValues {
  tracker: unknown;
  prompt: OpenPrompt | null | undefined;
  rotation: string[] | undefined;
  safetySeen: boolean | undefined;
  /** The stretch of the cycle that is open or held (a snoozed stretch comes back as itself). */
  cycleStretch: string | null | undefined;
  /** Where each move was last felt (stored `felt`). */
  felt?: unknown;
  /** The buckets of the days the step can touch, as stored (raw; undefined when absent). */
  buckets: ReadonlyMap<DayKey, unknown>;
  /** `buckets` holds every stored day: a day it lacks has nothing yet. */
  allDays?: boolean;
  summary: StoredSummary | null;
}

export interface StepContext {
  settings: Settings;
  library: readonly RotationChoice[];
  /** [0, 1), like Math.random. */
  random: () => number;
}

export interface StepResult {
  state: TrackerState;
  writes: Writes;
  effects: Effect[];
  setAside: QuarantinedValue[];
  /** The summary after the step; null when a day fell before its span (build it again). */
  summary: StoredSummary | null;
  /** The days whose buckets the step wrote, with their records. */
  changedDays: DayKey[];
  /** The events the step recorded. */
  recorded: StretchEvent[];
}

function isFact(e: TrackerEffect): e is Fact {
  return e.type === 'record' || e.type === 'browsed' || e.type === 'offered' || e.type === 'spell';
}

function dayOf(fact: Fact): DayKey {
  return fact.type === 'record' ? dayKey(fact.at) : fact.day;
}

/** The prompt record after the step: a stretch is chosen when a prompt first appears. */
function nextPrompt(
  v: StepValues,
  next: TrackerState,
  effects: readonly TrackerEffect[],
  at: number,
  ctx: StepContext,
  writes: Writes,
): OpenPrompt | null {
  let prompt = v.prompt ?? null;
  const appears = effects.some(
    (e) => e.type === 'open-prompt' || (e.type === 'notify' && e.kind === 'prompt'),
  );
  if (appears && !prompt) {
    // A stretch snoozed in this cycle comes back as the same move.
    const held = v.cycleStretch && ctx.library.some((m) => m.id === v.cycleStretch);
    const chosen = held
      ? { id: v.cycleStretch as string }
      : pickStretch(
          ctx.library,
          v.rotation ?? [],
          { ...ctx.settings, bothered: botheredMoves(v.felt).bothered },
          ctx.random,
        );
    if (chosen) {
      prompt = { stretchId: chosen.id, windowId: null, openedAt: at };
      if (!held) writes.rotation = remember(v.rotation ?? [], chosen.id);
    }
  }
  const showing =
    windowOpen(next) || (next.phase === 'prompting' && next.promptVia === 'notification');
  return showing ? prompt : null;
}

/** One day's bucket with the step's facts on that day applied. */
function applyToBucket(
  bucket: DayBucket,
  facts: readonly Fact[],
  stretchId: string | null,
  ctx: StepContext,
): { bucket: DayBucket; recorded: StretchEvent[] } {
  const recorded: StretchEvent[] = [];
  for (const fact of facts) {
    if (fact.type === 'record') {
      const event = newEvent(fact.at, fact.kind, stretchId, fact.answersOffer, ctx.random);
      bucket = addEvent(bucket, event);
      recorded.push(event);
    } else if (fact.type === 'browsed' && !bucket.record.browsed) {
      bucket = { ...bucket, record: { ...bucket.record, browsed: true } };
    } else if (fact.type === 'offered') {
      bucket = { ...bucket, record: { ...bucket.record, offered: bucket.record.offered + 1 } };
    } else if (fact.type === 'spell') {
      bucket = { ...bucket, record: withSpell(bucket.record, fact.minutes, fact.pastInterval) };
    }
  }
  return { bucket, recorded };
}

/** The facts written into their days' buckets and the summary. */
function recordFacts(
  v: StepValues,
  facts: readonly Fact[],
  stretchId: string | null,
  today: DayKey,
  ctx: StepContext,
  out: StepResult,
): void {
  const dayCtx = dayContext(ctx.settings);
  const days = [...new Set(facts.map(dayOf))].sort();
  for (const day of days) {
    if (!v.buckets.has(day) && !v.allDays)
      throw new Error(`core/step.ts: the bucket of ${day} was not read`);
    const read = readBucket(day, v.buckets.get(day), dayCtx);
    out.setAside.push(...read.quarantined);
    const applied = applyToBucket(
      read.bucket ?? emptyBucket(day, dayCtx),
      facts.filter((f) => dayOf(f) === day),
      stretchId,
      ctx,
    );
    out.recorded.push(...applied.recorded);
    if (out.summary) for (const e of applied.recorded) out.summary = withRecent(out.summary, e);
    if (applied.bucket === read.bucket && !read.changed) continue;
    out.writes[dayBucketKey(day)] = applied.bucket;
    out.changedDays.push(day);
    out.summary = out.summary && withDay(out.summary, day, applied.bucket.record, today);
  }
}

/** Prompt changes as the windows they concern, and the other effects as they are. */
function platformEffects(
  effects: readonly TrackerEffect[],
  before: OpenPrompt | null,
  after: OpenPrompt | null,
  view: (stretchId: string) => Effect & { type: 'show-prompt' },
): Effect[] {
  const out: Effect[] = [];
  for (const e of effects) {
    if (isFact(e)) continue;
    if (e.type === 'open-prompt') {
      const shown = after ?? before;
      if (shown) out.push({ ...view(shown.stretchId), windowId: shown.windowId });
    } else if (e.type === 'close-prompt') {
      if (before?.windowId != null) out.push({ type: 'close-window', windowId: before.windowId });
    } else {
      out.push(e);
    }
  }
  return out;
}

/** The tracker's step on `event`, with its writes (tracker, prompt, rotation, days, summary) and effects. */
export function trackerStep(v: StepValues, event: TrackerEvent, ctx: StepContext): StepResult {
  const at = event.at;
  const out: StepResult = {
    state: initialTracker(at, ctx.settings),
    writes: {},
    effects: [],
    setAside: [],
    summary: v.summary,
    changedDays: [],
    recorded: [],
  };
  let tracker = parseTracker(v.tracker);
  if (!tracker) {
    if (v.tracker !== undefined) {
      out.setAside.push({ key: 'tracker', value: v.tracker, reason: 'unreadable tracker state' });
    }
    tracker = initialTracker(at, ctx.settings);
  }
  const result = step(tracker, event, ctx.settings);
  out.state = result.state;
  out.writes.tracker = result.state;

  const before = v.prompt ?? null;
  const after = nextPrompt(v, result.state, result.effects, at, ctx, out.writes);
  if (after !== before) out.writes.prompt = after;
  // The cycle's stretch is kept while the cycle lasts: a snooze brings it back.
  const held = result.state.phase !== 'counting';
  const cycleStretch = after?.stretchId ?? (held ? (v.cycleStretch ?? null) : null);
  if (cycleStretch !== (v.cycleStretch ?? null)) out.writes.cycleStretch = cycleStretch;

  const facts = result.effects.filter(isFact);
  const stretchId = (after ?? before)?.stretchId ?? null;
  if (facts.length > 0) recordFacts(v, facts, stretchId, dayKey(at), ctx, out);
  // The last Done or Skip can be undone from the popup for a while.
  const answered = out.recorded.findLast((e) => e.kind === 'done' || e.kind === 'skipped');
  if (answered) {
    const kind = answered.kind === 'done' ? 'done' : 'skipped';
    out.writes.lastAnswer = { id: answered.id, day: answered.day, at: answered.at, kind };
  }

  out.effects = [
    { type: 'alarm', at: result.alarmAt },
    ...platformEffects(result.effects, before, after, (id) => ({
      type: 'show-prompt',
      windowId: null,
      asked: event.type === 'stretch-now' || event.type === 'open-notified',
      view: promptView(
        id,
        ctx.settings,
        v.safetySeen === true,
        result.state.snoozes,
        result.state.callHeld,
        botheredMoves(v.felt).knee.includes(id),
      ),
    })),
  ];
  return out;
}
