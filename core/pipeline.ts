/**
 * The background as one pure function. Every input (core/inputs.ts) has a
 * row below: the keys it reads, the day buckets it reads (decided from
 * what those keys hold, before the rule runs) and the rule. The background
 * (entrypoints/background/service.ts) gathers what the input needs from the
 * browser, reads the declared keys and buckets in one IndexedDB
 * transaction, calls `handle` once, writes its writes in the same
 * transaction, then carries out its effects (core/effects.ts), each by one
 * executor. A new behaviour is a rule here and, if it needs one, an effect
 * and its executor.
 */
import { dayKey, type DayKey } from './days';
import type { Effect } from './effects';
import type { Gathered, Input, InputType } from './inputs';
import { SCHEMA_VERSION, storedVersion } from './migrate';
import { pickStretch, remember } from './rotation';
import { readableSummary, streakNow } from './summary';
import { storedSettings } from './settings';
import {
  botheredMoves,
  quarantineWrites,
  readLastAnswer,
  type StoredKey,
  type Writes,
} from './stored';
import { isWorkday } from './days';
import { deleteAll, importHistory, rebuildSummary, undoLast } from './rules-history';
import {
  adoptSyncedSettings,
  meetingAccessLost,
  policyRead,
  saveSettings,
  settingsSynced,
} from './rules-settings';
import { changedSince } from './sync';
import {
  othersFromSync,
  othersSynced,
  ownItemsMissing,
  publishChanges,
  sharingChanged,
  syncRefresh,
  syncRefused,
  syncWritten,
} from './rules-sync';
import { TRACKER_KEYS, trackerDays, trackerRule } from './rules-tracker';
import { parseTracker } from './tracker-schema';
import type { PipelineContext, Turn, Values } from './turn';

export type { PipelineContext, Values } from './turn';

/** One input at one moment, with what was gathered for it from the browser. */
export interface PipelineEvent<I extends Input = Input> {
  input: I;
  at: number;
  gathered: Gathered;
}

export interface Outcome {
  writes: Writes;
  /** Delete every stored key before writing `writes`. */
  clearAll: boolean;
  effects: Effect[];
  /** Inputs to run next, after the effects. */
  next: Input[];
  /** The answer to a page's message. */
  reply: unknown;
  /** Run the same input again after the effects (history was moved first), and answer with that. */
  again?: boolean;
}

/** Everything a turn may look at before its rule runs: the event and the keys read. */
type Before<I extends Input> = PipelineEvent<I> & { values: Values };

interface Rule<I extends Input> {
  keys: readonly StoredKey[];
  /** The day buckets the rule reads, or every one; decided from the keys read. */
  days?: (before: Before<I>) => readonly DayKey[] | 'all';
  run: (turn: Turn<I>) => void;
  /** The rule changes history: the stored version is checked and the summary kept. */
  history?: boolean;
}

type Rules = { [T in InputType]: Rule<Extract<Input, { type: T }>> };

const BASE = ['meta', 'settings', 'quarantine', 'device'] as const;
const HISTORY = [...BASE, 'summary', 'syncOwn'] as const;
const TRACKER = [...HISTORY, ...TRACKER_KEYS] as const;
/** The settings' inputs also read the organisation's policy (core/policy.ts). */
const SETTINGS_IN = [...TRACKER, 'policy'] as const;

const stepDays = ({ values, at }: Before<Input>) => trackerDays(values, at);
const stepAndToday = ({ values, at }: Before<Input>) => [...trackerDays(values, at), dayKey(at)];
const tracker = { keys: TRACKER, days: stepDays, run: trackerRule, history: true };

/** At a browser start: prompt windows the browser brought back, that no prompt owns, are closed. */
function closeStalePrompts(turn: Turn): void {
  const owner = turn.values.prompt?.windowId;
  for (const windowId of turn.gathered.start?.promptWindows ?? []) {
    if (windowId !== owner) turn.effects.push({ type: 'close-window', windowId });
  }
}

function anotherStretch(turn: Turn): void {
  turn.reply = null;
  const prompt = turn.values.prompt;
  if (!prompt) return;
  const recent = remember(turn.values.rotation ?? [], prompt.stretchId);
  const bothered = botheredMoves(turn.values.felt).bothered;
  const chosen = pickStretch(
    turn.ctx.library,
    recent,
    { ...turn.settings, bothered },
    turn.ctx.random,
  );
  if (!chosen || chosen.id === prompt.stretchId) return;
  turn.writes.prompt = { ...prompt, stretchId: chosen.id };
  turn.writes.rotation = remember(recent, chosen.id);
  turn.writes.cycleStretch = chosen.id;
  turn.reply = chosen.id;
}

const RULES: Rules = {
  startup: {
    ...tracker,
    keys: SETTINGS_IN,
    run: (turn) => {
      adoptSyncedSettings(turn);
      policyRead(turn, true);
      closeStalePrompts(turn);
      trackerRule(turn);
      turn.badge = true;
    },
  },
  alarm: tracker,
  idle: tracker,
  focus: tracker,
  look: tracker,
  'window-closed': tracker,
  'notification-clicked': tracker,
  'notification-closed': tracker,
  command: tracker,
  'stretch-now': tracker,
  answer: tracker,
  pause: tracker,
  holiday: tracker,
  quiet: tracker,
  resume: tracker,
  'tab-closed': {
    keys: ['tracker'],
    run: (turn) => {
      if (parseTracker(turn.values.tracker)?.meetingOpen)
        turn.next.push({ type: 'look', reason: 'tab' });
    },
  },
  'save-settings': { keys: SETTINGS_IN, days: stepAndToday, run: saveSettings, history: true },
  'settings-synced': { keys: SETTINGS_IN, days: stepAndToday, run: settingsSynced, history: true },
  'policy-changed': {
    keys: SETTINGS_IN,
    days: stepAndToday,
    run: (turn) => {
      policyRead(turn, false);
    },
    history: true,
  },
  'meeting-access-lost': {
    keys: TRACKER,
    days: stepAndToday,
    run: meetingAccessLost,
    history: true,
  },
  'others-synced': {
    keys: HISTORY,
    // Days before the summary's span, or a summary of another device: fold the streak again.
    days: ({ input, values }) => {
      const device = values.device ?? '';
      const since = changedSince(input.changes, device);
      const summary = readableSummary(values.summary);
      const refold =
        !summary || summary.device !== device || (since !== null && since < summary.from);
      return since !== null && refold ? 'all' : [];
    },
    run: othersSynced,
    history: true,
  },
  'sharing-changed': { keys: HISTORY, days: () => 'all', run: sharingChanged, history: true },
  'sync-refresh': { keys: HISTORY, days: () => 'all', run: syncRefresh, history: true },
  import: {
    keys: HISTORY,
    days: () => 'all',
    run: (turn) => {
      importHistory(turn, othersFromSync(turn));
    },
    history: true,
  },
  'delete-all': { keys: ['prompt', 'device', 'policy'], run: deleteAll },
  undo: {
    keys: [...HISTORY, 'lastAnswer'],
    days: ({ values }) => {
      const last = readLastAnswer(values.lastAnswer);
      return last ? [last.day] : [];
    },
    run: undoLast,
    history: true,
  },
  'another-stretch': {
    keys: [...BASE, 'prompt', 'rotation', 'cycleStretch', 'felt'],
    run: anotherStretch,
  },
  'safety-seen': {
    keys: BASE,
    run: (turn) => {
      turn.writes.safetySeen = true;
      turn.reply = null;
    },
  },
  'prompt-opened': {
    keys: ['prompt'],
    run: (turn) => {
      const prompt = turn.values.prompt;
      if (prompt) turn.writes.prompt = { ...prompt, windowId: turn.input.windowId };
    },
  },
  'sync-refused': { keys: ['syncOwn', 'quarantine'], run: syncRefused },
  'sync-written': { keys: ['syncOwn'], run: syncWritten },
};

function ruleFor<I extends Input>(input: I): Rule<I> {
  return RULES[input.type] as unknown as Rule<I>;
}

/** The keys an input reads first. */
export function keysFor(input: Input): readonly StoredKey[] {
  return ruleFor(input).keys;
}

type Version = 'current' | 'older' | 'newer' | 'none';

function versionOf(values: Values): Version {
  const v = storedVersion(values.meta);
  if (v === null) return 'none';
  return v === SCHEMA_VERSION ? 'current' : v > SCHEMA_VERSION ? 'newer' : 'older';
}

/**
 * The day buckets an input reads, from the keys it read: its rule's, or
 * every one when the summary must be built again or this browser's sync
 * items were never made.
 */
export function daysFor(event: PipelineEvent, values: Values): readonly DayKey[] | 'all' {
  const rule = ruleFor(event.input);
  if (rule.history && versionOf(values) !== 'current') return [];
  const settings = storedSettings(values.settings).settings;
  if (rule.history && readableSummary(values.summary) === null) return 'all';
  if (rule.history && ownItemsMissing({ settings, values })) return 'all';
  return rule.days?.({ ...event, values }) ?? [];
}

/** What a page is told when the stored history belongs to a newer Unsit. */
function newerReply(input: Input): unknown {
  if (input.type === 'import') {
    return { ok: false, reason: 'The stored history belongs to a newer Unsit.' };
  }
  if (input.type === 'save-settings') return { ok: false, errors: {}, saved: [], newer: true };
  return null;
}

function newTurn(
  event: PipelineEvent,
  values: Values,
  buckets: ReadonlyMap<DayKey, unknown>,
  allDays: boolean,
  ctx: PipelineContext,
): Turn {
  const stored = storedSettings(values.settings);
  const turn: Turn = {
    ...event,
    today: dayKey(event.at),
    values,
    buckets,
    allDays,
    ctx,
    settings: stored.settings,
    summary: readableSummary(values.summary),
    summaryChanged: false,
    changedDays: new Map(),
    writes: {},
    effects: [],
    next: [],
    setAside: [],
    reply: undefined,
    clearAll: false,
    badge: false,
  };
  if (stored.damaged) {
    turn.setAside.push({
      key: 'settings',
      value: values.settings,
      reason: 'the stored settings do not read',
    });
    turn.writes.settings = stored.settings;
    turn.writes.settingsReset = stored.rejected;
  }
  return turn;
}

/**
 * A summary that must be built again is built (from every day, when they
 * were read); one built without what other browsers shared, or for another
 * device id (a worker stopped between the two), is built again with it next.
 */
function keepSummary(turn: Turn): void {
  const shared = turn.settings.shareHistory;
  if (turn.summary === null && turn.allDays) rebuildSummary(turn, othersFromSync(turn));
  const device = shared ? (turn.writes.device ?? turn.values.device ?? '') : '';
  const stale =
    turn.summary === null ||
    (!turn.gathered.syncItems &&
      (turn.summary.device !== device || (shared && turn.summaryChanged && turn.allDays)));
  if (stale && !turn.next.some((n) => n.type === 'sync-refresh')) {
    turn.next.push({ type: 'sync-refresh' });
  }
}

/** The best streak the stored summary kept, read without checking the whole summary again. */
function bestSeenIn(raw: unknown): number {
  const best = (raw as { bestSeen?: unknown } | undefined)?.bestSeen;
  return typeof best === 'number' && Number.isInteger(best) && best >= 0 ? best : 0;
}

/** What every turn that kept history ends with: the summary, sync, the badge, what was set aside. */
function finish(turn: Turn, history: boolean): void {
  if (history && !turn.clearAll) keepSummary(turn);
  if (history) publishChanges(turn);
  if (turn.summary && (turn.summaryChanged || turn.badge)) {
    const today = turn.today;
    const { current, best } = streakNow(turn.summary, today, {
      todayGoal: turn.settings.dailyGoal,
      todayWorkday: isWorkday(today, turn.settings.workDays),
    });
    if (turn.summaryChanged) {
      // The best streak is a maximum: a summary built again keeps the best
      // shown before, unless the turn replaced the history (an import the
      // user chose to replace with).
      const before = turn.bestReset ? 0 : bestSeenIn(turn.values.summary);
      turn.writes.summary = { ...turn.summary, bestSeen: Math.max(before, best) };
    }
    turn.effects.push({ type: 'badge', streak: current });
  }
  const known = new Set((turn.values.quarantine ?? []).map((q) => `${q.key} ${q.reason}`));
  // Sync problems are reported once per item and reason; everything else each time it is set aside.
  const fresh = turn.setAside.filter(
    (q) => !(q.key.startsWith('sync ') && known.has(`${q.key} ${q.reason}`)),
  );
  Object.assign(turn.writes, quarantineWrites(turn.values.quarantine, fresh, turn.at));
}

/**
 * One input, decided: what to write, what to do, what to run next, what to
 * answer. `values` holds the keys `keysFor` named and `buckets` the days
 * `daysFor` named (`allDays` when it named every one).
 */
export function handle(
  event: PipelineEvent,
  values: Values,
  buckets: ReadonlyMap<DayKey, unknown>,
  allDays: boolean,
  ctx: PipelineContext,
): Outcome {
  const rule = ruleFor(event.input);
  const version = rule.keys.includes('meta') ? versionOf(values) : 'current';
  if (version === 'newer' && event.input.type !== 'delete-all') {
    return { writes: {}, clearAll: false, effects: [], next: [], reply: newerReply(event.input) };
  }
  if (rule.history && version !== 'current') {
    // An older history (or a new install) is moved first, then the input runs again.
    const { dailyGoal, workDays } = storedSettings(values.settings).settings;
    const effects: Effect[] = [{ type: 'migrate', dailyGoal, workDays }];
    return { writes: {}, clearAll: false, effects, next: [], reply: null, again: true };
  }
  const turn = newTurn(event, values, buckets, allDays, ctx);
  rule.run(turn);
  finish(turn, rule.history === true);
  return {
    writes: turn.writes,
    clearAll: turn.clearAll,
    effects: turn.effects,
    next: turn.next,
    reply: turn.reply ?? null,
  };
}
