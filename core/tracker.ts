/**
 * Continuous browsing time as a pure state machine: an observation or a user
 * action and the time go in; the next state, the one alarm to keep, and what
 * to show come out. Rules: ../shared/DESIGN.md, "Continuous browsing time".
 */
import type { Settings } from './settings';
import { MINUTE, SECOND } from './time';
import { addWorkingMs, isWorkingTime, workingMsBetween } from './working-time';
import { dayKey } from './days';

export type IdleState = 'active' | 'idle' | 'locked';
export type Phase = 'counting' | 'prompting' | 'snoozed' | 'deferred';
export type Answer = 'done' | 'snooze' | 'skip' | 'closed';

/** The idle API reports "idle" this long after the user's last input. */
export const IDLE_DETECTION_MS = 60 * SECOND;
/** A focus loss shorter than this is a window switch, not time away. */
export const FOCUS_DEBOUNCE_MS = 2 * SECOND;
/** How late an alarm may fire before the gap counts as time away (sleep, closed browser). */
export const ALARM_SLACK_MS = 2 * MINUTE;
/** While a call or video keeps the stretch deferred, look again this often. */
export const DEFER_RECHECK_MS = 2 * MINUTE;
/** After this long deferred, a quiet notification takes the prompt's place. */
export const DEFER_LIMIT_MS = 15 * MINUTE;
export const HEADS_UP_MS = MINUTE;

export interface TrackerState {
  version: 1;
  /** Time of the last observation; everything before it is settled. */
  observedAt: number;
  idle: IdleState;
  focused: boolean;
  present: boolean;
  /** When the user left (back-dated for idle reports); null while present. */
  awaySince: number | null;
  /** Present working time counted in this cycle, up to observedAt. */
  continuousMs: number;
  cycleStartedAt: number;
  /** Continuous time at which this cycle's stretch is due. */
  cycleIntervalMs: number;
  snoozes: number;
  phase: Phase;
  /** How the open prompt reached the user. */
  promptVia: 'window' | 'notification' | null;
  snoozeUntil: number | null;
  deferredSince: number | null;
  headsUpShown: boolean;
  pausedUntil: number | null;
  /** The alarm last asked for: an observation long after it reveals a gap (sleep, browser closed). */
  wakeAt: number | null;
  /** Last local day on which the user was seen present. */
  lastPresentDay: string | null;
}

export type TrackerEvent =
  | {
      type: 'observe';
      at: number;
      idle: IdleState;
      focused: boolean;
      /** A fullscreen window or an audible tab: not a moment to interrupt. */
      busy: boolean;
      /** "startup": the browser just started, so nothing before it is known. */
      reason: 'alarm' | 'idle' | 'focus' | 'startup' | 'wake' | 'settings';
    }
  | { type: 'answer'; at: number; answer: Answer }
  | { type: 'stretch-now'; at: number }
  | { type: 'snooze-next'; at: number }
  | { type: 'pause'; at: number; until: number }
  | { type: 'resume'; at: number };

export type Effect =
  | { type: 'open-prompt' }
  | { type: 'close-prompt' }
  | { type: 'notify' }
  | { type: 'heads-up'; dueAt: number }
  | { type: 'record'; kind: 'done' | 'skipped' | 'snoozed'; at: number }
  | { type: 'browsed'; day: string };

export interface Step {
  state: TrackerState;
  effects: Effect[];
  /** The one alarm to keep, or null for none. */
  alarmAt: number | null;
}

export type TrackerSettings = Pick<
  Settings,
  | 'intervalMinutes'
  | 'intervalMode'
  | 'variedMinMinutes'
  | 'variedMaxMinutes'
  | 'naturalBreakMinutes'
  | 'presenceMode'
  | 'workDays'
  | 'workStartMinute'
  | 'workEndMinute'
  | 'snoozeMinutes'
  | 'snoozeCap'
  | 'headsUp'
  | 'promptStyle'
>;

/**
 * The interval of the cycle that starts at `cycleStartedAt`. In varied mode
 * it is drawn from the start time, so a restarted worker draws the same one.
 */
export function intervalFor(cycleStartedAt: number, s: TrackerSettings): number {
  if (s.intervalMode === 'fixed') return s.intervalMinutes * MINUTE;
  const span = s.variedMaxMinutes - s.variedMinMinutes + 1;
  // Integer hash (xorshift-multiply) of the start minute: cheap, stable, spread out.
  let h = Math.floor(cycleStartedAt / MINUTE) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return (s.variedMinMinutes + ((h >>> 0) % span)) * MINUTE;
}

export function initialTracker(at: number, s: TrackerSettings): TrackerState {
  return {
    version: 1,
    observedAt: at,
    idle: 'locked',
    focused: false,
    present: false,
    awaySince: at,
    pausedUntil: null,
    wakeAt: null,
    lastPresentDay: null,
    ...freshCycle(at, s),
  };
}

function isPresent(idle: IdleState, focused: boolean, s: TrackerSettings): boolean {
  return idle === 'active' && (s.presenceMode === 'computer' || focused);
}

/** Phases in which sitting time accumulates (not while a prompt is open). */
function counts(phase: Phase): boolean {
  return phase !== 'prompting';
}

/** The fields a new cycle starts with. */
function freshCycle(at: number, s: TrackerSettings) {
  return {
    continuousMs: 0,
    cycleStartedAt: at,
    cycleIntervalMs: intervalFor(at, s),
    snoozes: 0,
    phase: 'counting',
    promptVia: null,
    snoozeUntil: null,
    deferredSince: null,
    headsUpShown: false,
  } satisfies Partial<TrackerState>;
}

function newCycle(state: TrackerState, at: number, s: TrackerSettings): TrackerState {
  return { ...state, ...freshCycle(at, s) };
}

/** Credits present working time in [from, to) to the cycle. */
function credit(state: TrackerState, from: number, to: number, s: TrackerSettings): TrackerState {
  if (to <= from || !counts(state.phase)) return state;
  const start = state.pausedUntil !== null ? Math.max(from, state.pausedUntil) : from;
  return { ...state, continuousMs: state.continuousMs + workingMsBetween(start, to, s) };
}

/**
 * Moves the settled time forward to `at` given what the observation reveals
 * about the span since the previous one.
 */
function settle(
  state: TrackerState,
  at: number,
  s: TrackerSettings,
  next: { idle: IdleState; focused: boolean; reason: string } | null,
): TrackerState {
  // A clock that went backwards: re-anchor everything at the new time and
  // credit nothing (an absence measured across the jump would be meaningless).
  if (at < state.observedAt) {
    return { ...state, observedAt: at, awaySince: state.awaySince === null ? null : at };
  }
  if (!state.present) return { ...state, observedAt: at };

  const late = state.wakeAt !== null && at > state.wakeAt + ALARM_SLACK_MS;
  if (next?.reason === 'startup' || late) {
    // Nothing shows the user was here: the whole gap is time away.
    return { ...state, observedAt: at, present: false, awaySince: state.observedAt };
  }
  let end = at;
  if (next && next.idle === 'idle' && state.idle === 'active') {
    end = Math.max(state.observedAt, at - IDLE_DETECTION_MS);
  }
  const credited = credit(state, state.observedAt, end, s);
  return { ...credited, observedAt: at };
}

/** Applies the new presence; a long enough absence is a natural break. */
function arrive(
  state: TrackerState,
  at: number,
  idle: IdleState,
  focused: boolean,
  s: TrackerSettings,
  effects: Effect[],
): TrackerState {
  const present = isPresent(idle, focused, s);
  let next: TrackerState = { ...state, idle, focused };
  if (state.present && !present) {
    const leftAt = idle === 'idle' && state.idle === 'active' ? at - IDLE_DETECTION_MS : at;
    next = { ...next, present: false, awaySince: Math.max(Math.min(leftAt, at), 0) };
  } else if (!state.present && present) {
    const awayMs = at - (state.awaySince ?? at);
    next = { ...next, present: true, awaySince: null };
    // A natural break starts a new cycle, except while the prompt window is
    // open (its answer decides); a quiet notification nobody answered does not hold it.
    const waitingForAnswer = next.phase === 'prompting' && next.promptVia === 'window';
    if (awayMs >= s.naturalBreakMinutes * MINUTE && !waitingForAnswer) {
      next = newCycle(next, at, s);
    } else if (awayMs < FOCUS_DEBOUNCE_MS && state.awaySince !== null) {
      next = credit(next, state.awaySince, at, s);
    }
  }
  if (next.present) {
    const day = dayKey(at);
    if (day !== next.lastPresentDay) {
      next = { ...next, lastPresentDay: day };
      effects.push({ type: 'browsed', day });
    }
  }
  return next;
}

function prompt(
  state: TrackerState,
  at: number,
  s: TrackerSettings,
  effects: Effect[],
): TrackerState {
  const via = s.promptStyle === 'notification' ? 'notification' : 'window';
  effects.push(via === 'window' ? { type: 'open-prompt' } : { type: 'notify' });
  return { ...state, phase: 'prompting', promptVia: via, deferredSince: null, snoozeUntil: null };
}

/** Decides whether the stretch is due now, and what to do if so. */
function decide(
  state: TrackerState,
  at: number,
  busy: boolean,
  s: TrackerSettings,
  effects: Effect[],
): TrackerState {
  if (state.pausedUntil !== null) {
    if (at < state.pausedUntil) return state;
    state = newCycle({ ...state, pausedUntil: null }, at, s);
  }
  if (!state.present || state.phase === 'prompting' || !isWorkingTime(at, s)) return state;

  const due =
    state.phase === 'snoozed'
      ? at >= (state.snoozeUntil ?? at)
      : state.phase === 'deferred' || state.continuousMs >= state.cycleIntervalMs;
  if (!due) {
    if (
      s.headsUp &&
      !state.headsUpShown &&
      state.phase === 'counting' &&
      state.cycleIntervalMs - state.continuousMs <= HEADS_UP_MS
    ) {
      effects.push({ type: 'heads-up', dueAt: dueMoment(state, at, s) });
      return { ...state, headsUpShown: true };
    }
    return state;
  }
  if (busy) {
    const deferredSince = state.deferredSince ?? at;
    if (at - deferredSince >= DEFER_LIMIT_MS) {
      effects.push({ type: 'notify' });
      return { ...state, phase: 'prompting', promptVia: 'notification', deferredSince: null };
    }
    return { ...state, phase: 'deferred', deferredSince, snoozeUntil: null };
  }
  return prompt(state, at, s, effects);
}

function dueMoment(state: TrackerState, at: number, s: TrackerSettings): number {
  return addWorkingMs(at, state.cycleIntervalMs - state.continuousMs, s);
}

/** The one alarm the background should keep for this state. */
export function nextAlarm(state: TrackerState, s: TrackerSettings): number | null {
  const at = state.observedAt;
  if (state.pausedUntil !== null) return state.pausedUntil;
  if (!state.present || state.phase === 'prompting') return null;
  if (state.phase === 'snoozed') return state.snoozeUntil;
  if (state.phase === 'deferred') {
    const limit = (state.deferredSince ?? at) + DEFER_LIMIT_MS;
    return limit > at ? Math.min(at + DEFER_RECHECK_MS, limit) : at + DEFER_RECHECK_MS;
  }
  const due = dueMoment(state, at, s);
  if (s.headsUp && !state.headsUpShown && due - HEADS_UP_MS > at) return due - HEADS_UP_MS;
  return due;
}

/**
 * When the next stretch is due if the user stays, or null when nothing is
 * counting (away, paused, prompt open). Pages use it for the countdown.
 */
export function nextBreakAt(state: TrackerState, s: TrackerSettings): number | null {
  if (state.pausedUntil !== null || !state.present || state.phase === 'prompting') return null;
  if (state.phase === 'snoozed') return state.snoozeUntil;
  if (state.phase === 'deferred') return state.observedAt;
  return dueMoment(state, state.observedAt, s);
}

function answer(
  state: TrackerState,
  at: number,
  given: Answer,
  s: TrackerSettings,
  effects: Effect[],
): TrackerState {
  let kind: 'done' | 'skip' | 'snooze' = given === 'closed' ? 'snooze' : given;
  if (kind === 'snooze' && state.snoozes >= s.snoozeCap) {
    // At the cap a snooze is refused; an unanswered window counts as skipped.
    if (given !== 'closed') return state;
    kind = 'skip';
  }
  // Recorded first: the record names the stretch that the prompt showed.
  effects.push({
    type: 'record',
    kind: kind === 'done' ? 'done' : kind === 'skip' ? 'skipped' : 'snoozed',
    at,
  });
  if (given !== 'closed') effects.push({ type: 'close-prompt' });
  if (kind === 'done' || kind === 'skip') return newCycle(state, at, s);
  return {
    ...state,
    phase: 'snoozed',
    promptVia: null,
    snoozes: state.snoozes + 1,
    snoozeUntil: at + s.snoozeMinutes * MINUTE,
    deferredSince: null,
  };
}

export function step(previous: TrackerState, event: TrackerEvent, s: TrackerSettings): Step {
  const effects: Effect[] = [];
  const at = event.at;
  // The interval follows the settings, also when they change mid-cycle.
  const state = { ...previous, cycleIntervalMs: intervalFor(previous.cycleStartedAt, s) };
  let next: TrackerState;
  switch (event.type) {
    case 'observe': {
      next = settle(state, at, s, event);
      next = arrive(next, at, event.idle, event.focused, s, effects);
      next = decide(next, at, event.busy, s, effects);
      break;
    }
    case 'answer': {
      next = settle(state, at, s, null);
      // Only an open prompt takes an answer: a repeated Done (a retry after
      // the worker was stopped mid-answer) must not count twice.
      if (state.phase === 'prompting') next = answer(next, at, event.answer, s, effects);
      else if (event.answer !== 'closed') effects.push({ type: 'close-prompt' });
      break;
    }
    case 'stretch-now': {
      next = settle(state, at, s, null);
      next = prompt(next, at, { ...s, promptStyle: 'window' }, effects);
      break;
    }
    case 'snooze-next': {
      next = settle(state, at, s, null);
      if (next.phase === 'prompting') {
        next = answer(next, at, 'snooze', s, effects);
      } else if (next.snoozes < s.snoozeCap) {
        const base = next.phase === 'snoozed' ? (next.snoozeUntil ?? at) : at;
        next = {
          ...next,
          phase: 'snoozed',
          snoozes: next.snoozes + 1,
          snoozeUntil: Math.max(base, dueMoment(next, at, s)) + s.snoozeMinutes * MINUTE,
        };
        effects.push({ type: 'record', kind: 'snoozed', at });
      }
      break;
    }
    case 'pause': {
      next = settle(state, at, s, null);
      next = { ...next, pausedUntil: Math.max(at, event.until), headsUpShown: false };
      if (next.phase === 'prompting') {
        effects.push({ type: 'close-prompt' });
        next = { ...next, phase: 'counting', promptVia: null };
      }
      break;
    }
    case 'resume': {
      next = settle(state, at, s, null);
      if (next.pausedUntil !== null) next = newCycle({ ...next, pausedUntil: null }, at, s);
      break;
    }
  }
  const alarmAt = nextAlarm(next, s);
  return { state: { ...next, wakeAt: alarmAt }, effects, alarmAt };
}
