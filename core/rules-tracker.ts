/**
 * The inputs the tracker answers (core/tracker.ts): browser events that
 * show presence, the prompt's answers, Stretch now, pause and quiet. Each
 * becomes one tracker event and one step (core/step.ts).
 */
import type { DayKey } from './days';
import { isFelt } from './history';
import { readFelt } from './stored';
import type { Input, Observation, PauseLength } from './inputs';
import { holidayEnd } from './holiday';
import { parseTracker } from './tracker-schema';
import { trackerStep } from './step';
import { HOUR, MINUTE } from './time';
import { daysAStepCanTouch, type TrackerEvent, type TrackerState } from './tracker';
import type { Turn, Values } from './turn';

export const TRACKER_KEYS = [
  'tracker',
  'prompt',
  'rotation',
  'safetySeen',
  'cycleStretch',
  'felt',
] as const;

function pauseEnd(length: PauseLength, at: number): number {
  if (length === 'hour') return at + HOUR;
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

export function observeEvent(
  at: number,
  reason: Extract<TrackerEvent, { type: 'observe' }>['reason'],
  seen: Observation | undefined,
  callsGuard: boolean,
  promptGone = false,
): TrackerEvent {
  const o = seen ?? { idle: 'locked', focused: false, busy: false, meeting: false };
  return {
    type: 'observe',
    at,
    reason,
    idle: o.idle,
    focused: o.focused,
    busy: o.busy,
    meeting: callsGuard && o.meeting,
    ...(promptGone ? { promptGone } : {}),
    ...(o.paused === undefined ? {} : { paused: o.paused }),
    ...(o.tab === undefined ? {} : { tab: o.tab }),
    ...(o.meetingHeard === undefined ? {} : { meetingHeard: callsGuard && o.meetingHeard }),
  };
}

/** At a browser start: whether the open prompt's window or notification survived it. */
function promptGone(turn: Turn): boolean {
  const prompt = turn.values.prompt;
  const start = turn.gathered.start;
  if (!prompt || !start) return false;
  return prompt.windowId === null
    ? !start.notificationShown
    : !start.promptWindows.includes(prompt.windowId);
}

/** The tracker event an input means, or null when it means nothing now. */
export function trackerEventFor(turn: Turn, tracker: TrackerState | null): TrackerEvent | null {
  const { input, at } = turn;
  const look = (reason: Extract<TrackerEvent, { type: 'observe' }>['reason'], gone = false) =>
    observeEvent(at, reason, turn.gathered.observation, turn.settings.callsGuard, gone);
  switch (input.type) {
    case 'startup':
      return look('startup', promptGone(turn));
    case 'alarm':
    case 'idle':
    case 'focus':
      return look(input.type);
    case 'look':
      return look(input.reason);
    case 'window-closed':
      if (turn.values.prompt?.windowId !== input.windowId) return null;
      // The browser quitting closes the prompt with every other window: no answer,
      // nothing recorded (DESIGN.md), where a window closed by the user is a snooze.
      return turn.gathered.browserWindows === 0
        ? { type: 'prompt-gone', at }
        : { type: 'answer', at, answer: 'closed' };
    case 'notification-clicked':
      return { type: 'open-notified', at };
    case 'notification-closed':
      // The quiet notification dismissed by the user is like closing the window;
      // one that merely expired is offered again after the snooze length.
      return input.byUser && tracker?.phase === 'prompting' && tracker.promptVia === 'notification'
        ? { type: 'answer', at, answer: 'closed' }
        : null;
    case 'command':
      return input.name === 'snooze-next'
        ? { type: 'snooze-next', at }
        : { type: 'stretch-now', at };
    case 'stretch-now':
    case 'resume':
      return { type: input.type, at };
    case 'answer':
      return { type: 'answer', at, answer: input.answer };
    case 'pause':
      return {
        type: 'pause',
        at,
        until: pauseEnd(input.length, at),
        onCalendar: input.length === 'tomorrow',
      };
    case 'holiday': {
      // A day out of range (the page checks it too) pauses nothing.
      const until = holidayEnd(at, input.until);
      return until === null ? null : { type: 'pause', at, until, onCalendar: true };
    }
    case 'quiet':
      return { type: 'quiet', at, until: at + input.minutes * MINUTE };
    default:
      return null;
  }
}

/** The buckets a tracker step from the stored state can touch. */
export function trackerDays(values: Values, at: number): DayKey[] {
  return daysAStepCanTouch(parseTracker(values.tracker), at);
}

/** Runs one tracker step in the turn: its writes, effects and history. */
export function runTracker(turn: Turn, event: TrackerEvent): void {
  const v = turn.values;
  const out = trackerStep(
    {
      tracker: turn.writes.tracker ?? v.tracker,
      prompt: v.prompt,
      rotation: v.rotation,
      safetySeen: v.safetySeen,
      cycleStretch: v.cycleStretch,
      felt: v.felt,
      buckets: withWritten(turn),
      allDays: turn.allDays,
      summary: turn.summary,
    },
    event,
    { settings: turn.settings, library: turn.ctx.library, random: turn.ctx.random },
  );
  Object.assign(turn.writes, out.writes);
  turn.effects.push(...out.effects);
  turn.setAside.push(...out.setAside);
  if (out.summary !== turn.summary) {
    turn.summary = out.summary;
    turn.summaryChanged = true;
  }
  for (const day of out.changedDays) {
    const bucket = out.writes[`day:${day}`];
    if (bucket) turn.changedDays.set(day, bucket.record);
  }
}

/** The buckets as read, with what the turn already wrote to them. */
function withWritten(turn: Turn): ReadonlyMap<DayKey, unknown> {
  const written = Object.entries(turn.writes).filter(([k]) => k.startsWith('day:'));
  if (written.length === 0) return turn.buckets;
  const merged = new Map(turn.buckets);
  for (const [key, value] of written) merged.set(key.slice(4), value);
  return merged;
}

/** The rule for every tracker input: its event, if it means one now, and the step. */
export function trackerRule(turn: Turn): void {
  const event = trackerEventFor(turn, parseTracker(turn.values.tracker));
  if (event) runTracker(turn, event);
  if (turn.input.type === 'answer' && turn.input.answer === 'done')
    recordFelt(turn, turn.input.felt);
}

/**
 * Where the Done just recorded was felt (the tap after the session): kept
 * on its event, and as the move's last feeling for the rotation. A value
 * that is not one of the five is ignored; the Done counts all the same.
 */
function recordFelt(turn: Turn, felt: unknown): void {
  const done = turn.writes.lastAnswer;
  if (!isFelt(felt) || !done || done.kind !== 'done') return;
  const key = `day:${done.day}` as const;
  const bucket = turn.writes[key];
  const event = bucket?.events.find((e) => e.id === done.id);
  if (!bucket || !event) return;
  turn.writes[key] = {
    ...bucket,
    events: bucket.events.map((e) => (e.id === done.id ? { ...e, felt } : e)),
  };
  if (event.stretchId) {
    const before = readFelt(turn.values.felt);
    turn.writes.felt = { ...before, [event.stretchId]: felt };
  }
}
export function isTrackerInput(input: Input): boolean {
  return TRACKER_INPUTS.has(input.type);
}

const TRACKER_INPUTS = new Set<Input['type']>([
  'startup',
  'alarm',
  'idle',
  'focus',
  'look',
  'window-closed',
  'notification-clicked',
  'notification-closed',
  'command',
  'stretch-now',
  'resume',
  'answer',
  'pause',
  'holiday',
  'quiet',
]);
