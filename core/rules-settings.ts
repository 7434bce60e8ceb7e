/**
 * Settings enter here, and only here: a save from a page, settings another
 * browser synced, the meeting permission taken back. Each is checked once
 * (core/settings.ts), stored in IndexedDB (the one place of truth: every
 * step and page reads it from there, unchecked) and sent on through
 * `storage.sync` to the user's other browsers, tagged with this browser's
 * id so that its own write coming back is known without a check.
 */
import { isWorkday } from './days';
import type { Input } from './inputs';
import { dayContext } from './history';
import { readBucket } from './history-schema';
import {
  changeSettings,
  changeWhatCan,
  readSettings,
  type SettingKey,
  type Settings,
} from './settings';
import { dayBucketKey } from './stored';
import { withDay } from './summary';
import { observeEvent, runTracker } from './rules-tracker';
import { ensureDevice } from './rules-sync';
import type { Turn } from './turn';
import {
  applyPolicy,
  isLocked,
  ownSettings,
  policyChange,
  readPolicy,
  storedPolicy,
} from './policy';

/** A new daily goal or working-day choice applies to today as well; past days keep theirs. */
function settingsForToday(turn: Turn, settings: Settings): void {
  const day = turn.today;
  const read = readBucket(day, turn.buckets.get(day), dayContext(settings));
  if (!read.bucket) return;
  const workday = isWorkday(day, settings.workDays);
  const rec = read.bucket.record;
  if (rec.goal === settings.dailyGoal && rec.workday === workday) return;
  const bucket = { ...read.bucket, record: { ...rec, goal: settings.dailyGoal, workday } };
  turn.writes[dayBucketKey(day)] = bucket;
  turn.changedDays.set(day, bucket.record);
  if (turn.summary) {
    turn.summary = withDay(turn.summary, day, bucket.record, day);
    turn.summaryChanged = true;
  }
}

/**
 * The one path of every settings change: stored, today's record, sent to the
 * other browsers when `send`, the tracker stepped with the new interval (at
 * once when the input looked, else by a look that follows), sharing
 * published or withdrawn when it changed.
 */
function applySettings(turn: Turn, next: Settings, send: boolean): void {
  const before = turn.settings;
  turn.settings = next;
  turn.writes.settings = next;
  turn.writes.settingsReset = undefined;
  settingsForToday(turn, next);
  if (send) {
    turn.effects.push({
      type: 'sync-settings',
      // Other browsers get the user's own values, not the organisation's locks.
      settings: {
        ...ownSettings(next, storedPolicy(turn.values.policy)),
        writer: ensureDevice(turn),
      },
    });
  }
  if (turn.gathered.observation) {
    runTracker(turn, observeEvent(turn.at, 'settings', turn.gathered.observation, next.callsGuard));
  } else {
    turn.next.push({ type: 'look', reason: 'settings' });
  }
  if (before.shareHistory !== next.shareHistory) turn.next.push({ type: 'sharing-changed' });
  turn.badge = true;
}

/** Locked fields of a change are refused with "Set by your organisation"; the rest go on. */
function withoutLocked(turn: Turn, change: Record<string, unknown>) {
  const { policy } = storedPolicy(turn.values.policy);
  const free: Record<string, unknown> = {};
  const locked: Record<string, string> = {};
  for (const [key, value] of Object.entries(change)) {
    if (isLocked(policy, key)) locked[key] = 'errorLocked';
    else free[key] = value;
  }
  return { free, locked };
}

export function saveSettings(turn: Turn<Extract<Input, { type: 'save-settings' }>>): void {
  const { partial } = turn.input;
  const { free: change, locked } = withoutLocked(turn, turn.input.change);
  if (Object.keys(locked).length > 0 && !partial) {
    turn.reply = { ok: false, errors: locked, saved: [] };
    return;
  }
  if (partial) {
    const result = changeWhatCan(turn.settings, change);
    Object.assign(result.errors, locked);
    if (result.saved.length > 0) applySettings(turn, result.settings, true);
    const ok = Object.keys(result.errors).length === 0;
    turn.reply = ok
      ? { ok: true, saved: result.saved }
      : { ok: false, errors: result.errors, saved: result.saved };
    return;
  }
  const result = changeSettings(turn.settings, change);
  if (!result.ok) {
    turn.reply = { ok: false, errors: result.errors, saved: [] };
    return;
  }
  applySettings(turn, result.settings, true);
  turn.reply = { ok: true, saved: Object.keys(change) };
}

/**
 * Settings from an imported backup, checked field by field like any save
 * (`changeWhatCan`): a field that does not pass keeps its current value and
 * is named in the reply.
 */
export function restoreSettings(
  turn: Turn,
  change: Record<string, unknown>,
): { saved: SettingKey[]; refused: SettingKey[] } {
  // The meeting sites' permission is this browser's to grant, inside a click on its own page.
  const { callsGuard: _notRestored, ...restorable } = change;
  const result = changeWhatCan(turn.settings, restorable);
  const changed = result.saved.filter(
    (k) => JSON.stringify(result.settings[k]) !== JSON.stringify(turn.settings[k]),
  );
  if (changed.length > 0) applySettings(turn, result.settings, true);
  return { saved: result.saved, refused: Object.keys(result.errors) as SettingKey[] };
}

/** Settings from `storage.sync`: another browser's enter (checked once); this browser's own come back and change nothing. */
export function settingsSynced(turn: Turn<Extract<Input, { type: 'settings-synced' }>>): void {
  const value = turn.input.value;
  const writer = (value as { writer?: unknown } | null | undefined)?.writer;
  if (writer !== undefined && writer === turn.values.device) return;
  if (value === undefined || value === null) return;
  const read = readSettings(value);
  const rejected = read.rejected;
  // The other browser's values of locked fields become the values the locks hold.
  const stored = storedPolicy(turn.values.policy);
  const held: Record<string, unknown> = {};
  for (const key of Object.keys(stored.policy.locks)) {
    held[key] = (read.settings as unknown as Record<string, unknown>)[key];
  }
  const settings = applyPolicy(read.settings, stored.policy);
  if (JSON.stringify(held) !== JSON.stringify(stored.held)) {
    turn.writes.policy = { ...stored, held: held };
  }
  if (JSON.stringify(settings) === JSON.stringify(turn.settings) && rejected.length === 0) return;
  applySettings(turn, settings, false);
  if (rejected.length > 0) turn.writes.settingsReset = rejected;
}

/** The meeting sites' permission was taken back: the user no longer wants Unsit to look. */
export function meetingAccessLost(turn: Turn): void {
  if (!turn.settings.callsGuard) return;
  applySettings(turn, { ...turn.settings, callsGuard: false }, true);
  turn.effects.push({ type: 'drop-meeting-access' });
}

/**
 * At a browser start with nothing stored yet (a new install): settings
 * another browser synced are taken, checked once; else the defaults are
 * written, so what every page reads is there.
 */
export function adoptSyncedSettings(turn: Turn): void {
  if (turn.values.settings !== undefined) return;
  const synced = turn.gathered.start?.syncedSettings;
  const { settings, rejected } =
    synced === undefined || synced === null
      ? { settings: turn.settings, rejected: [] }
      : readSettings(synced);
  turn.settings = settings;
  turn.writes.settings = settings;
  if (rejected.length > 0) turn.writes.settingsReset = rejected;
}

/**
 * The organisation's policy, read at a browser start (`atStart`: the tracker
 * steps after) or when it changed: the settings in force follow its locks at
 * once, and a lock removed gives the field back the user's own value. A
 * policy that cannot be read (no managed storage) changes nothing; neither
 * does one that is as it was, nor an empty one where none was before.
 */
export function policyRead(turn: Turn, atStart: boolean): void {
  const raw = turn.gathered.policy;
  if (raw === undefined || raw === null) return;
  const before = storedPolicy(turn.values.policy);
  const after = readPolicy(raw);
  const same = JSON.stringify(after) === JSON.stringify(before.policy);
  if (same) return;
  const fresh = turn.values.settings === undefined;
  const next = policyChange(turn.settings, before, after, fresh);
  turn.writes.policy = { policy: next.policy, held: next.held };
  if (JSON.stringify(next.settings) === JSON.stringify(turn.settings)) return;
  if (atStart) {
    turn.settings = next.settings;
    turn.writes.settings = next.settings;
    settingsForToday(turn, next.settings);
  } else {
    applySettings(turn, next.settings, false);
  }
}
