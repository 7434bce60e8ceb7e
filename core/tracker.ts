/**
 * Continuous browsing time as a pure state machine: an observation or a user
 * action and the time go in; the next state, the one alarm to keep, and what
 * to show come out. Rules: ../shared/DESIGN.md, "Continuous browsing time".
 */
import type { Settings } from './settings';
import { MINUTE, SECOND } from './time';
import {
  addWorkingMs,
  atWorkingTime,
  isWorkingTime,
  workingMsBetween,
  workEndsBetween,
} from './working-time';
import { dayKey } from './days';
import type { Effect } from './effects';

export type IdleState = 'active' | 'idle' | 'locked';
/**
 * `waiting`: the stretch is due and waits for a natural moment (a pause in
 * input, a switch of window or tab, the end of sound) for at most the
 * setting's minutes (issue #27).
 */
export type Phase = 'counting' | 'prompting' | 'snoozed' | 'deferred' | 'waiting';
export type Answer = 'done' | 'snooze' | 'skip' | 'closed';

/** The idle API reports "idle" this long after the user's last input. */
export const IDLE_DETECTION_MS = 60 * SECOND;
/**
 * While a due stretch waits for a natural moment, the idle API is asked to
 * report a pause this short (`idle.setDetectionInterval(15)`); presence is
 * still read at IDLE_DETECTION_MS, so the away accounting does not change.
 */
export const PAUSE_DETECTION_MS = 15 * SECOND;
/**
 * While a stretch waits, look this often (at least) for a switch of tab or
 * the end of sound: no listener tells of them without waking the worker on
 * every tab all day. A longer wait looks three times, then at its end.
 */
export const WAIT_LOOK_MS = MINUTE;
/** A focus loss shorter than this is a window switch, not time away. */
export const FOCUS_DEBOUNCE_MS = 2 * SECOND;
/** How late an alarm may fire before the gap counts as time away (sleep, closed browser). */
export const ALARM_SLACK_MS = 2 * MINUTE;
/** While a call or video holds the stretch back, look again this often. */
export const DEFER_RECHECK_MS = 2 * MINUTE;
/** After this long held back, a quiet notification takes the prompt's place. */
export const DEFER_LIMIT_MS = 15 * MINUTE;
export const HEADS_UP_MS = MINUTE;
/** An alarm is never set sooner than this after the moment it is set. */
export const ALARM_MIN_DELAY_MS = SECOND;
/** After a meeting tab closes, stretches wait this long more (the call may be wrapping up). */
export const CALL_GRACE_MS = MINUTE;
/**
 * A meeting tab that has held the stretch back this long is probably a call
 * that ended with its tab left open: the quiet notification takes over.
 */
export const CALL_HOLD_LIMIT_MS = 2 * 60 * MINUTE;
/**
 * A meeting page that has made no sound for this long (seen at the looks,
 * every two minutes while it holds a stretch) is a call that ended with its
 * tab left open ("You left the meeting"): it holds nothing more (#24 item 5).
 */
export const CALL_SILENCE_MS = 10 * MINUTE;
/** Sitting spells shorter than this are not counted (a glance at the browser is not a spell). */
export const MIN_SPELL_MS = 5 * MINUTE;
/**
 * A spell runs "past the interval" only when it outlasts the interval by
 * more than this: the prompt comes at the interval and takes a moment to
 * answer, so a stretch done within it is a prompt answer, not a long spell
 * (#24, item 4: an interval plus 2 s counted).
 */
export const PAST_INTERVAL_GRACE_MS = 5 * MINUTE;

export interface TrackerState {
  version: 2;
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
  /** How the cycle's open prompt reached the user. */
  promptVia: 'window' | 'notification' | null;
  /** The quiet notification stands in for the window because of a call or fullscreen. */
  heldByCall: boolean;
  snoozeUntil: number | null;
  /** With `snoozeUntil` null: the browsing "snooze the next stretch" added, at the lengths it had then. */
  snoozeExtraMs?: number;
  deferredSince: number | null;
  /** When the stretch was first held back (snooze, deferral, quiet notification); a hold ends with its working period. */
  holdSince: number | null;
  /** When the quiet notification was last shown. */
  notifiedAt: number | null;
  /** Unsit has offered this cycle's stretch (counted once per cycle). */
  offered: boolean;
  /** A prompt the user opened themselves ("Stretch now") is open over the cycle. */
  userPrompt: boolean;
  headsUpShown: boolean;
  pausedUntil: number | null;
  /**
   * The pause ends at a moment on the calendar ("until tomorrow") rather than
   * after a length the user chose: a clock set back does not move it.
   */
  pauseOnCalendar?: boolean;
  /** The alarm last asked for: an observation long after it reveals a gap (sleep, browser closed). */
  wakeAt: number | null;
  /** Last local day on which the user was seen present. */
  lastPresentDay: string | null;
  /** Present working time since the sitting spell began (ends with a Done or a natural break). */
  spellMs: number;
  /** The last observation saw a meeting tab open (with the user's consent to look). */
  meetingOpen: boolean;
  /** When an observation last saw a meeting tab open. */
  meetingSeenAt: number | null;
  /** When a meeting tab was last heard, or first seen open this time (silence counts from it). */
  meetingHeardAt?: number | null;
  /** When the last call ended (as closely as Unsit can tell); stretches wait CALL_GRACE_MS more. */
  callEndedAt: number | null;
  /** Quiet the user asked for (a call Unsit cannot see): a due stretch waits until then. */
  quietUntil: number | null;
  /** This cycle's stretch has been held back by a call: when it comes, it says "after your call". */
  callHeld: boolean;
  /** When the due stretch began waiting for a natural moment (phase `waiting`). */
  waitingSince?: number | null;
  /** The active tab when the wait began (a switch of tab is a natural moment). */
  waitTab?: number | null;
  /** When the cycle's window was offered (or the user came back to it): the reminder counts from it. */
  promptedAt?: number | null;
  /** The ignored window has had its one reminder (a quiet notification beside it). */
  reminded?: boolean;
  /** Why the user was last away: a lock or a gap (sleep, browser closed) starts a new cycle on return. */
  awayKind?: 'idle' | 'locked' | 'gap' | null;
}

export type TrackerEvent =
  | {
      type: 'observe';
      at: number;
      idle: IdleState;
      focused: boolean;
      /** A fullscreen window or an audible tab: not a moment to interrupt. */
      busy: boolean;
      /** A meeting tab is open (only looked for with the user's consent). */
      meeting?: boolean;
      /** A meeting tab made a sound in the last seconds. */
      meetingHeard?: boolean;
      /**
       * "startup": the browser just started, so nothing before it is known;
       * "tab": a tab closed, which may have been the call.
       */
      reason: 'alarm' | 'idle' | 'focus' | 'startup' | 'wake' | 'settings' | 'tab';
      /** At a browser start: the prompt's window or notification did not survive it. */
      promptGone?: boolean;
      /** No input for PAUSE_DETECTION_MS: a pause in the user's work. */
      paused?: boolean;
      /** The active tab of the focused window, when known. */
      tab?: number | null;
    }
  | { type: 'answer'; at: number; answer: Answer }
  | { type: 'stretch-now'; at: number }
  /** A click on the quiet notification. */
  | { type: 'open-notified'; at: number }
  /** The prompt's window or notification is gone without a "closed" event (the browser was killed). */
  | { type: 'prompt-gone'; at: number }
  | { type: 'snooze-next'; at: number }
  | { type: 'pause'; at: number; until: number; onCalendar?: boolean }
  /** Quiet for a call: time keeps counting, a due stretch waits until `until`. */
  | { type: 'quiet'; at: number; until: number }
  /** Ends a pause or a quiet period. */
  | { type: 'resume'; at: number };

/** What a step learned that the history keeps (core/step.ts turns these into writes). */
export type Fact =
  | { type: 'record'; kind: 'done' | 'skipped' | 'snoozed'; at: number; answersOffer: boolean }
  | { type: 'browsed'; day: string }
  /** Unsit offered a stretch of its own today (once per cycle). */
  | { type: 'offered'; day: string }
  /** A sitting spell ended on `day` (Insights). */
  | { type: 'spell'; day: string; minutes: number; pastInterval: boolean };

/** The prompt window appears (focused if open) or goes: core/step.ts knows which window. */
export type PromptChange = { type: 'open-prompt' } | { type: 'close-prompt' };

/**
 * What a step says: facts for the history, prompt changes, and effects the
 * background carries out as they are (core/effects.ts).
 */
export type TrackerEffect = Fact | PromptChange | Effect;

/** One step's moment, settings and the effects it collects: what every rule below works with. */
interface Turn {
  at: number;
  s: TrackerSettings;
  effects: TrackerEffect[];
}

export interface Step {
  state: TrackerState;
  effects: TrackerEffect[];
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
  | 'waitForPauseMinutes'
  | 'remindIgnored'
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

/** The fields a new cycle starts with. */
function freshCycle(at: number, s: TrackerSettings) {
  return {
    continuousMs: 0,
    cycleStartedAt: at,
    cycleIntervalMs: intervalFor(at, s),
    snoozes: 0,
    phase: 'counting',
    promptVia: null,
    heldByCall: false,
    snoozeUntil: null,
    deferredSince: null,
    holdSince: null,
    notifiedAt: null,
    offered: false,
    headsUpShown: false,
    callHeld: false,
    waitingSince: null,
    waitTab: null,
    promptedAt: null,
    reminded: false,
  } satisfies Partial<TrackerState>;
}

export function initialTracker(at: number, s: TrackerSettings): TrackerState {
  return {
    version: 2,
    observedAt: at,
    idle: 'locked',
    focused: false,
    present: false,
    awaySince: at,
    pausedUntil: null,
    wakeAt: null,
    lastPresentDay: null,
    userPrompt: false,
    spellMs: 0,
    meetingOpen: false,
    meetingSeenAt: null,
    callEndedAt: null,
    quietUntil: null,
    awayKind: null,
    ...freshCycle(at, s),
  };
}

function newCycle(state: TrackerState, at: number, s: TrackerSettings): TrackerState {
  return { ...state, ...freshCycle(at, s) };
}

function isPresent(idle: IdleState, focused: boolean, s: TrackerSettings): boolean {
  return idle === 'active' && (s.presenceMode === 'computer' || focused);
}

/** The prompt window is open: the cycle's own, or one the user opened. */
export function windowOpen(state: TrackerState): boolean {
  return (state.phase === 'prompting' && state.promptVia === 'window') || state.userPrompt;
}

function notificationShown(state: TrackerState): boolean {
  return state.phase === 'prompting' && state.promptVia === 'notification';
}

/**
 * Credits present working time in [from, to) to the sitting spell, and to
 * the cycle unless its prompt is open or the time was paused.
 */
function credit(state: TrackerState, from: number, to: number, s: TrackerSettings): TrackerState {
  if (to <= from) return state;
  const spellMs = state.spellMs + workingMsBetween(from, to, s);
  if (state.phase === 'prompting') return { ...state, spellMs };
  const start = state.pausedUntil !== null ? Math.max(from, state.pausedUntil) : from;
  return {
    ...state,
    spellMs,
    continuousMs: state.continuousMs + workingMsBetween(start, to, s),
  };
}

/** The sitting spell is over at `endedAt` (a Done, or the start of a natural break): counted if long enough. */
function endSpell(state: TrackerState, endedAt: number, effects: TrackerEffect[]): TrackerState {
  if (state.spellMs >= MIN_SPELL_MS) {
    effects.push({
      type: 'spell',
      day: dayKey(endedAt),
      minutes: Math.round(state.spellMs / MINUTE),
      pastInterval: state.spellMs > state.cycleIntervalMs + PAST_INTERVAL_GRACE_MS,
    });
  }
  return { ...state, spellMs: 0 };
}

const quietNow = (state: TrackerState, at: number) =>
  state.quietUntil !== null && at < state.quietUntil;

/** A call holds stretches back: a meeting tab open or closed less than a minute ago, or quiet asked for. */
function inCall(state: TrackerState, at: number): boolean {
  return (
    state.meetingOpen ||
    quietNow(state, at) ||
    (state.callEndedAt !== null && at < state.callEndedAt + CALL_GRACE_MS)
  );
}

/** When to look again while a call holds the stretch back. */
function callLook(state: TrackerState, at: number): number {
  if (quietNow(state, at)) return state.quietUntil ?? at;
  if (state.meetingOpen) return at + DEFER_RECHECK_MS;
  return (state.callEndedAt ?? at) + CALL_GRACE_MS;
}

/**
 * What an observation says about meeting tabs. Closing the tab is seen at
 * once ("tab"); a meeting left by navigating away is seen at the next look,
 * and counts as ended when it was last seen, so the stretch still comes
 * within two minutes of the call.
 */
function seeMeeting(
  state: TrackerState,
  at: number,
  event: Extract<TrackerEvent, { type: 'observe' }>,
) {
  const open = event.meeting === true;
  // Silence counts from the last sound, or from when the page was first seen open.
  const heardAt =
    open && (event.meetingHeard === true || !state.meetingOpen)
      ? at
      : (state.meetingHeardAt ?? state.meetingSeenAt ?? at);
  // Where the browser says nothing of sound (an older observation), an open page is a call.
  const silent = event.meetingHeard !== undefined && at - heardAt >= CALL_SILENCE_MS;
  const meeting = open && !silent;
  const reason = event.reason;
  const ended = state.meetingOpen && !meeting;
  return {
    ...state,
    meetingOpen: meeting,
    meetingHeardAt: open ? heardAt : null,
    meetingSeenAt: meeting ? at : state.meetingSeenAt,
    callEndedAt: ended ? (reason === 'tab' ? at : (state.meetingSeenAt ?? at)) : state.callEndedAt,
  };
}

/** A pause whose end has come is over, whatever event shows it: a new cycle, unless the cycle's prompt is open. */
function endPause(state: TrackerState, at: number, s: TrackerSettings): TrackerState {
  if (state.pausedUntil === null || at < state.pausedUntil) return state;
  const resumed = { ...state, pausedUntil: null };
  return resumed.phase === 'prompting' ? resumed : newCycle(resumed, at, s);
}

/**
 * Moves the settled time forward to `at` given what the observation reveals
 * about the span since the previous one, and ends a pause that is over.
 */
function settle(state: TrackerState, { at, s }: Turn, next: Observed | null = null): TrackerState {
  return endPause(settleTime(state, at, s, next), at, s);
}

/**
 * The clock moved back to `at`. Every moment the tracker keeps was set as a
 * length from the moment it was set (a pause of an hour, quiet, a snooze, a
 * hold, a call's grace): it moves back with the clock, so what is left of it
 * is what was left before the jump, never more (#28.6). So does the moment
 * the user left: an absence keeps what was measured of it. Only a pause
 * until a moment on the calendar stays where it is. Nothing is credited.
 */
function clockSetBack(state: TrackerState, at: number): TrackerState {
  const jump = state.observedAt - at;
  const back = (t: number | null) => (t === null ? null : t - jump);
  return {
    ...state,
    observedAt: at,
    awaySince: back(state.awaySince),
    pausedUntil: state.pauseOnCalendar ? state.pausedUntil : back(state.pausedUntil),
    quietUntil: back(state.quietUntil),
    snoozeUntil: back(state.snoozeUntil),
    deferredSince: back(state.deferredSince),
    holdSince: back(state.holdSince),
    notifiedAt: back(state.notifiedAt),
    meetingSeenAt: back(state.meetingSeenAt),
    meetingHeardAt: back(state.meetingHeardAt ?? null),
    callEndedAt: back(state.callEndedAt),
    wakeAt: back(state.wakeAt),
    waitingSince: back(state.waitingSince ?? null),
    promptedAt: back(state.promptedAt ?? null),
  };
}

interface Observed {
  idle: IdleState;
  reason: string;
}

function settleTime(state: TrackerState, at: number, s: TrackerSettings, next: Observed | null) {
  // A clock that went backwards: re-anchor everything at the new time and
  // credit nothing (an absence measured across the jump would be meaningless).
  if (at < state.observedAt) return clockSetBack(state, at);
  if (!state.present) return { ...state, observedAt: at };

  const late = state.wakeAt !== null && at > state.wakeAt + ALARM_SLACK_MS;
  if (next?.reason === 'startup' || late) {
    // Nothing shows the user was here: the whole gap is time away.
    return {
      ...state,
      observedAt: at,
      present: false,
      awaySince: state.observedAt,
      // A late alarm is a machine that slept: a stretch due then does not fire on waking.
      awayKind: late ? ('gap' as const) : ('idle' as const),
    };
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
  { at, s, effects }: Turn,
  { idle, focused }: { idle: IdleState; focused: boolean },
): TrackerState {
  const present = isPresent(idle, focused, s);
  let next: TrackerState = { ...state, idle, focused };
  if (state.present && !present) {
    const leftAt = idle === 'idle' && state.idle === 'active' ? at - IDLE_DETECTION_MS : at;
    next = {
      ...next,
      present: false,
      awaySince: Math.max(Math.min(leftAt, at), 0),
      awayKind: idle === 'locked' ? 'locked' : 'idle',
    };
  } else if (!state.present && present) {
    const awayMs = at - (state.awaySince ?? at);
    next = { ...next, present: true, awaySince: null };
    // A natural break starts a new cycle, except while the cycle's prompt
    // window is open (its answer decides); a quiet notification nobody
    // answered does not hold it.
    const waitingForAnswer = next.phase === 'prompting' && next.promptVia === 'window';
    const naturalBreak = awayMs >= s.naturalBreakMinutes * MINUTE;
    // However the cycle goes on, the spell ended when the user left.
    if (naturalBreak) next = endSpell(next, state.awaySince ?? at, effects);
    // Never the moment the user comes back (#27): after a natural break, a
    // locked screen or a gap (sleep, the browser closed) the next stretch is
    // a full interval of presence away; a stretch that was waiting for a
    // natural moment waits its whole time again from the return.
    const fresh = naturalBreak || state.awayKind === 'locked' || state.awayKind === 'gap';
    next = { ...next, awayKind: null };
    if (waitingForAnswer && fresh) {
      // The window stays for its answer; its reminder counts from the return.
      next = { ...next, promptedAt: at };
    }
    if (fresh && !waitingForAnswer) {
      next = newCycle(next, at, s);
    } else if (next.phase === 'waiting') {
      next = { ...next, waitingSince: at };
    }
    if (!fresh && awayMs < FOCUS_DEBOUNCE_MS && state.awaySince !== null) {
      // A window switch counts as present, but only within the current cycle.
      next = credit(next, Math.max(state.awaySince, next.cycleStartedAt), at, s);
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

/** The cycle's stretch reaches the user; the first time in a cycle it counts as offered. */
function offer(
  state: TrackerState,
  { at, effects }: Turn,
  via: 'window' | 'notification',
  heldByCall = false,
): TrackerState {
  if (!state.offered) effects.push({ type: 'offered', day: dayKey(at) });
  if (via === 'notification') effects.push({ type: 'notify', kind: 'prompt' });
  return {
    ...state,
    phase: 'prompting',
    promptVia: via,
    heldByCall,
    offered: true,
    // The scheduled prompt takes over a window the user opened.
    userPrompt: false,
    deferredSince: null,
    snoozeUntil: null,
    notifiedAt: via === 'notification' ? at : null,
    holdSince: via === 'notification' ? (state.holdSince ?? at) : state.holdSince,
    waitingSince: null,
    waitTab: null,
    promptedAt: via === 'window' ? at : null,
    reminded: false,
  };
}

/** A held-back stretch (snooze, deferral, quiet notification) does not outlive its working period. */
function holdOver(state: TrackerState, at: number, s: TrackerSettings): boolean {
  const holding =
    state.phase === 'snoozed' ||
    state.phase === 'deferred' ||
    state.phase === 'waiting' ||
    notificationShown(state);
  return holding && state.holdSince !== null && workEndsBetween(state.holdSince, at, s);
}

/** The quiet notification's next move: after a call, the window; else shown again, then over. */
function followNotification(
  state: TrackerState,
  { at, s, effects }: Turn,
  busy: boolean,
): TrackerState {
  if (state.heldByCall && s.promptStyle === 'window') {
    if (busy) return state;
    // The call is over: the same stretch, now as the window.
    return { ...state, promptVia: 'window', heldByCall: false, notifiedAt: null };
  }
  if (at < (state.notifiedAt ?? at) + s.snoozeMinutes * MINUTE) return state;
  if (state.snoozes < s.snoozeCap) {
    effects.push({ type: 'notify', kind: 'prompt' });
    return { ...state, snoozes: state.snoozes + 1, notifiedAt: at, heldByCall: false };
  }
  // Unanswered after every snooze it had: over, and a new cycle starts.
  return newCycle(state, at, s);
}

/**
 * The idle state as presence reads it. Inside a call (a meeting tab, quiet
 * asked for, a call that just ended) "idle" is a user listening without
 * touching the keyboard, not absence: time keeps counting and a held
 * stretch stays held (#28.9). A locked screen is still time away.
 */
function presenceIn(state: TrackerState, event: Extract<TrackerEvent, { type: 'observe' }>) {
  const call = event.meeting === true || inCall(state, event.at);
  return event.idle === 'idle' && call ? 'active' : event.idle;
}

/** What an observation says about the moment: a natural one to interrupt the user in? */
interface Moment {
  busy: boolean;
  /** A pause in input, a switch of window or tab: a natural moment (#27). */
  natural: boolean;
  tab: number | null;
}

/** A natural moment, from one observation and the state before it. */
function momentOf(state: TrackerState, event: Extract<TrackerEvent, { type: 'observe' }>): Moment {
  const tab = event.tab ?? null;
  const tabSwitched =
    state.phase === 'waiting' &&
    tab !== null &&
    (state.waitTab ?? null) !== null &&
    tab !== state.waitTab;
  // Sound or fullscreen that just ended (not a call: after a call the stretch waits like any other).
  const quietAgain = state.phase === 'deferred' && !state.callHeld && !event.busy;
  return {
    busy: event.busy,
    natural: event.paused === true || event.reason === 'focus' || tabSwitched || quietAgain,
    tab,
  };
}

/** Minutes a due stretch may wait for a natural moment. */
const waitMs = (s: TrackerSettings) => s.waitForPauseMinutes * MINUTE;

/**
 * The window was left unanswered (#27): once, after the snooze length, a
 * quiet notification beside it; after as long again, the cycle ends
 * unanswered and the window goes.
 */
function followWindow(state: TrackerState, { at, s, effects }: Turn): TrackerState {
  if (!s.remindIgnored || state.userPrompt) return state;
  const since = state.promptedAt ?? at;
  const length = s.snoozeMinutes * MINUTE;
  if (!state.reminded) {
    if (at < since + length) return state;
    effects.push({ type: 'notify', kind: 'prompt' });
    return { ...state, reminded: true, promptedAt: at };
  }
  if (at < since + length) return state;
  return newCycle(state, at, s);
}

/** Decides whether the stretch is due now, and what to do if so. */
function decide(state: TrackerState, turn: Turn, moment: Moment): TrackerState {
  const { at, s, effects } = turn;
  const busy = moment.busy;
  if (state.pausedUntil !== null) return state;
  if (holdOver(state, at, s)) state = newCycle(state, at, s);
  if (!state.present || !isWorkingTime(at, s)) return state;
  const call = inCall(state, at);
  if (state.phase === 'prompting') {
    // During a call even the quiet notification waits: nothing new shows until it ends.
    if (call) return state;
    if (state.promptVia === 'window') return followWindow(state, turn);
    return followNotification(state, turn, busy);
  }

  // A longer interval saved while the stretch waited: it is not due yet after all.
  if (state.phase === 'waiting' && state.continuousMs < state.cycleIntervalMs) {
    state = { ...state, phase: 'counting', waitingSince: null, waitTab: null };
  }
  const due =
    state.phase === 'snoozed'
      ? at >= snoozeEnd(state, at, s)
      : state.phase === 'deferred' ||
        state.phase === 'waiting' ||
        state.continuousMs >= state.cycleIntervalMs;
  if (!due) {
    if (
      s.headsUp &&
      !call &&
      !state.headsUpShown &&
      state.phase === 'counting' &&
      state.cycleIntervalMs - state.continuousMs <= HEADS_UP_MS
    ) {
      effects.push({ type: 'notify', kind: 'heads-up', dueAt: dueMoment(state, at, s) });
      return { ...state, headsUpShown: true };
    }
    return state;
  }
  // A window the user opened is already in front of them: the due stretch takes it over.
  if (state.userPrompt) return offer(state, turn, 'window');
  if (busy || call) {
    const deferredSince = state.deferredSince ?? at;
    // A call holds the stretch for as long as it lasts (up to a limit, unless the user asked
    // for quiet); sound or fullscreen alone, 15 minutes.
    const limit = call ? (quietNow(state, at) ? Infinity : CALL_HOLD_LIMIT_MS) : DEFER_LIMIT_MS;
    if (at - deferredSince >= limit) return offer(state, turn, 'notification', true);
    return {
      ...state,
      phase: 'deferred',
      deferredSince,
      holdSince: state.holdSince ?? at,
      snoozeUntil: null,
      callHeld: state.callHeld || call,
      waitingSince: null,
    };
  }
  // A natural moment, or the wait is over: now. Else it waits (#27).
  const since = state.phase === 'waiting' ? (state.waitingSince ?? at) : at;
  if (moment.natural || at >= since + waitMs(s)) return offer(state, turn, s.promptStyle);
  if (state.phase === 'waiting') return state;
  return {
    ...state,
    phase: 'waiting',
    waitingSince: at,
    waitTab: moment.tab,
    deferredSince: null,
    snoozeUntil: null,
    holdSince: state.holdSince ?? at,
  };
}

function dueMoment(state: TrackerState, at: number, s: TrackerSettings): number {
  return addWorkingMs(at, state.cycleIntervalMs - state.continuousMs, s);
}

/**
 * When a snooze ends. A snooze of a shown prompt (or of a deferred one) ends
 * at its moment on the clock (`snoozeUntil`). "Snooze the next stretch"
 * while counting keeps no moment (`snoozeUntil` null): it adds the snooze
 * length to the browsing the stretch waits for, so it follows the interval
 * and the working hours when they change.
 */
function snoozeEnd(state: TrackerState, at: number, s: TrackerSettings): number {
  if (state.snoozeUntil !== null) return state.snoozeUntil;
  const extra = state.snoozeExtraMs ?? state.snoozes * s.snoozeMinutes * MINUTE;
  return addWorkingMs(at, Math.max(0, state.cycleIntervalMs + extra - state.continuousMs), s);
}

/** The moment this state next needs a look, before moving it off hours. */
function nextLook(state: TrackerState, s: TrackerSettings): number | null {
  const at = state.observedAt;
  if (state.pausedUntil !== null) return state.pausedUntil;
  if (!state.present) return null;
  if (state.phase === 'prompting') {
    if (state.promptVia === 'window') {
      if (!s.remindIgnored || state.userPrompt) return null;
      if (inCall(state, at)) return callLook(state, at);
      return (state.promptedAt ?? at) + s.snoozeMinutes * MINUTE;
    }
    if (inCall(state, at)) return callLook(state, at);
    if (state.heldByCall && s.promptStyle === 'window') return at + DEFER_RECHECK_MS;
    return (state.notifiedAt ?? at) + s.snoozeMinutes * MINUTE;
  }
  if (state.phase === 'snoozed') return snoozeEnd(state, at, s);
  if (state.phase === 'waiting') {
    const end = (state.waitingSince ?? at) + waitMs(s);
    return Math.min(end, at + Math.max(WAIT_LOOK_MS, waitMs(s) / 3));
  }
  if (state.phase === 'deferred') {
    if (inCall(state, at)) {
      const limit = (state.deferredSince ?? at) + CALL_HOLD_LIMIT_MS;
      return quietNow(state, at) ? callLook(state, at) : Math.min(callLook(state, at), limit);
    }
    const limit = (state.deferredSince ?? at) + DEFER_LIMIT_MS;
    return limit > at ? Math.min(at + DEFER_RECHECK_MS, limit) : at + DEFER_RECHECK_MS;
  }
  const due = dueMoment(state, at, s);
  if (s.headsUp && !state.headsUpShown && due - HEADS_UP_MS > at) return due - HEADS_UP_MS;
  return due;
}

/**
 * The one alarm the background should keep for this state. Nothing prompts
 * off hours or while paused, so the alarm is never off hours: a look that
 * would fall there moves to the start of the next working period.
 */
export function nextAlarm(state: TrackerState, s: TrackerSettings): number | null {
  const look = nextLook(state, s);
  // A look already due (a snooze that ended while the browser was closed) is
  // taken at the next moment, never set in the past.
  return look === null
    ? null
    : atWorkingTime(Math.max(look, state.observedAt + ALARM_MIN_DELAY_MS), s);
}

/**
 * When the next stretch is due if the user stays, or null when nothing is
 * counting (away, paused, prompt open). Pages use it for the countdown.
 */
export function nextBreakAt(state: TrackerState, s: TrackerSettings): number | null {
  if (state.pausedUntil !== null || !state.present || state.phase === 'prompting') return null;
  if (state.phase === 'snoozed') return snoozeEnd(state, state.observedAt, s);
  if (state.phase === 'deferred' || state.phase === 'waiting') return state.observedAt;
  return dueMoment(state, state.observedAt, s);
}

/** The stretch held back for the snooze length, one snooze more used. */
function snoozed(state: TrackerState, at: number, s: TrackerSettings): TrackerState {
  return {
    ...state,
    phase: 'snoozed',
    promptVia: null,
    heldByCall: false,
    notifiedAt: null,
    userPrompt: false,
    snoozes: state.snoozes + 1,
    snoozeUntil: at + s.snoozeMinutes * MINUTE,
    holdSince: state.holdSince ?? at,
    deferredSince: null,
    waitingSince: null,
    reminded: false,
  };
}

/** An answer to the cycle's own prompt. */
function answerCycle(state: TrackerState, { at, s, effects }: Turn, given: Answer): TrackerState {
  let kind: 'done' | 'skip' | 'snooze' = given === 'closed' ? 'snooze' : given;
  if (kind === 'snooze' && state.snoozes >= s.snoozeCap) {
    // At the cap a snooze is refused; an unanswered window counts as skipped.
    if (given !== 'closed') return state;
    kind = 'skip';
  }
  effects.push({
    type: 'record',
    kind: kind === 'done' ? 'done' : kind === 'skip' ? 'skipped' : 'snoozed',
    at,
    answersOffer: kind === 'done',
  });
  if (kind === 'done') return newCycle(endSpell(state, at, effects), at, s);
  if (kind === 'skip') return newCycle(state, at, s);
  return snoozed(state, at, s);
}

/**
 * An answer to a prompt the user opened themselves: Done counts (and, like
 * any completed stretch, starts a new cycle); Skip is recorded and leaves the
 * schedule as it was; Snooze asks for the stretch again after the snooze
 * length; closing it records nothing and changes nothing.
 */
function answerOwn(state: TrackerState, { at, s, effects }: Turn, given: Answer): TrackerState {
  const closed = { ...state, userPrompt: false };
  switch (given) {
    case 'done':
      effects.push({ type: 'record', kind: 'done', at, answersOffer: state.offered });
      return newCycle(endSpell(closed, at, effects), at, s);
    case 'skip':
      effects.push({ type: 'record', kind: 'skipped', at, answersOffer: false });
      return closed;
    case 'snooze':
      if (state.snoozes >= s.snoozeCap) return state;
      effects.push({ type: 'record', kind: 'snoozed', at, answersOffer: false });
      return snoozed(closed, at, s);
    case 'closed':
      return closed;
  }
}

function answer(state: TrackerState, turn: Turn, given: Answer): TrackerState {
  // Only an open prompt takes an answer: a repeated Done (a retry after the
  // worker was stopped mid-answer) must not count twice.
  if (state.phase === 'prompting') return answerCycle(state, turn, given);
  if (state.userPrompt) return answerOwn(state, turn, given);
  // A window left from an earlier prompt: an answer from it only closes it.
  if (given !== 'closed') turn.effects.push({ type: 'close-prompt' });
  return state;
}

function snoozeNext(state: TrackerState, turn: Turn) {
  const { at, s, effects } = turn;
  if (state.phase === 'prompting') return answerCycle(state, turn, 'snooze');
  if (state.snoozes >= s.snoozeCap) return state;
  effects.push({ type: 'record', kind: 'snoozed', at, answersOffer: false });
  const held = {
    ...state,
    phase: 'snoozed' as const,
    waitingSince: null,
    snoozes: state.snoozes + 1,
    holdSince: state.holdSince ?? at,
    // A snooze is a hold of its own: a call still on when it ends holds the stretch afresh (#28.5).
    deferredSince: null,
  };
  const length = s.snoozeMinutes * MINUTE;
  if (
    state.phase === 'deferred' ||
    state.phase === 'waiting' ||
    (state.phase === 'snoozed' && state.snoozeUntil !== null)
  ) {
    // A stretch already due: its snooze ends on the clock.
    const base = state.phase === 'snoozed' ? (state.snoozeUntil ?? at) : at;
    return { ...held, snoozeUntil: Math.max(base, dueMoment(state, at, s)) + length };
  }
  // While counting (or after another such snooze): more browsing to wait for (snoozeEnd).
  const before = state.phase === 'snoozed' ? (state.snoozeExtraMs ?? 0) : 0;
  return { ...held, snoozeUntil: null, snoozeExtraMs: before + length };
}

/**
 * The prompt's window or notification is gone without an answer (the
 * browser quit or crashed): over, and the next cycle starts with the user's
 * presence. Nothing shows the user was there since the last look, whatever
 * was open: the gap is time away (#28.1).
 */
function promptGone(state: TrackerState, turn: Turn): TrackerState {
  const next = {
    ...settle(state, turn, { idle: state.idle, reason: 'startup' }),
    userPrompt: false,
  };
  return next.phase === 'prompting' ? newCycle(next, turn.at, turn.s) : next;
}

function apply(state: TrackerState, event: TrackerEvent, turn: Turn): TrackerState {
  const { at, s } = turn;
  switch (event.type) {
    case 'observe': {
      const from = event.promptGone ? promptGone(state, turn) : state;
      const looked = { ...event, idle: presenceIn(from, event) };
      const moment = momentOf(from, event);
      const seen = seeMeeting(settle(from, turn, looked), at, event);
      return decide(arrive(seen, turn, looked), turn, moment);
    }
    case 'answer':
      return answer(settle(state, turn), turn, event.answer);
    case 'stretch-now':
    case 'open-notified': {
      const next = settle(state, turn);
      if (notificationShown(next)) return { ...next, promptVia: 'window', heldByCall: false };
      if (event.type === 'open-notified') {
        // A notification that no longer applies: take it down.
        turn.effects.push({ type: 'clear-notification', kind: 'prompt' });
        return next;
      }
      return next.phase === 'prompting' ? next : { ...next, userPrompt: true };
    }
    case 'prompt-gone':
      return promptGone(state, turn);
    case 'snooze-next':
      return snoozeNext(settle(state, turn), turn);
    case 'pause': {
      // An open prompt survives a pause; nothing new prompts until it ends.
      const next = settle(state, turn);
      return {
        ...next,
        pausedUntil: Math.max(at, event.until),
        pauseOnCalendar: event.onCalendar === true,
        headsUpShown: false,
      };
    }
    case 'quiet': {
      const next = settle(state, turn);
      const quiet = { ...next, quietUntil: Math.max(at, event.until), headsUpShown: false };
      if (quiet.phase !== 'prompting' || quiet.promptVia !== 'window' || quiet.userPrompt) {
        return quiet;
      }
      // A call is starting: the cycle's window goes, and the same stretch waits
      // for the call's end, as one held back by a call does (#24, item 10).
      return {
        ...quiet,
        phase: 'deferred',
        promptVia: null,
        deferredSince: at,
        holdSince: quiet.holdSince ?? at,
        snoozeUntil: null,
        callHeld: true,
      };
    }
    case 'resume': {
      // Resume ends quiet now, and brings a pause's end to now; endPause does the rest.
      const next = { ...settle(state, turn), quietUntil: null };
      return next.pausedUntil === null ? next : endPause({ ...next, pausedUntil: at }, at, s);
    }
  }
}

/** What to show or take down, from the difference between two states. */
function shows(
  before: TrackerState,
  after: TrackerState,
  event: TrackerEvent,
  effects: TrackerEffect[],
) {
  const focus = event.type === 'stretch-now' || event.type === 'open-notified';
  const takenOver =
    before.userPrompt && after.phase === 'prompting' && before.phase !== 'prompting';
  if (windowOpen(after) && (!windowOpen(before) || focus || takenOver)) {
    effects.push({ type: 'open-prompt' });
  }
  const fromWindow =
    (event.type === 'answer' && event.answer === 'closed') ||
    event.type === 'prompt-gone' ||
    (event.type === 'observe' && event.promptGone === true);
  if (
    windowOpen(before) &&
    !windowOpen(after) &&
    !fromWindow &&
    !effects.some((e) => e.type === 'close-prompt')
  ) {
    effects.push({ type: 'close-prompt' });
  }
  const reminder = (s: TrackerState) => s.reminded === true && windowOpen(s) && !s.userPrompt;
  if (
    (notificationShown(before) && !notificationShown(after)) ||
    (reminder(before) && !reminder(after))
  ) {
    effects.push({ type: 'clear-notification', kind: 'prompt' });
  }
  // The idle API reports a 15-second pause only while a stretch waits for one.
  const waiting = (s: TrackerState) => s.phase === 'waiting';
  // A browser start sets it afresh: the worker does not set it on waking, which would undo a wait.
  const start = event.type === 'observe' && event.reason === 'startup';
  if (waiting(before) !== waiting(after) || start) {
    effects.push({
      type: 'idle-detection',
      seconds: (waiting(after) ? PAUSE_DETECTION_MS : IDLE_DETECTION_MS) / SECOND,
    });
  }
  const headsUp = (s: TrackerState) => s.headsUpShown && s.phase === 'counting';
  if (headsUp(before) && !headsUp(after)) {
    effects.push({ type: 'clear-notification', kind: 'heads-up' });
  }
}

/**
 * Every day a step from `state` at `at` can record on: the facts it emits
 * fall on the day of the step, of the moment the user left, or of the last
 * look (a spell that ended before a night away belongs to that day). The
 * pipeline reads these days' buckets before the step runs.
 */
export function daysAStepCanTouch(state: TrackerState | null, at: number): string[] {
  const moments = [at, state?.awaySince ?? at, state?.observedAt ?? at];
  return [...new Set(moments.map((t) => dayKey(Math.min(t, at))))].sort();
}

export function step(previous: TrackerState, event: TrackerEvent, s: TrackerSettings): Step {
  const effects: TrackerEffect[] = [];
  // The interval follows the settings, also when they change mid-cycle.
  const state = { ...previous, cycleIntervalMs: intervalFor(previous.cycleStartedAt, s) };
  const next = apply(state, event, { at: event.at, s, effects });
  shows(state, next, event, effects);
  const alarmAt = nextAlarm(next, s);
  return { state: { ...next, wakeAt: alarmAt }, effects, alarmAt };
}
