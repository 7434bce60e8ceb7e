import { moveLabels } from '@/content/catalog';
import { LANGUAGES } from './languages';
import { eligible } from './rotation';

/**
 * The one settings module: defaults, ranges, the type, the rules between
 * fields, and the messages shown next to a refused field. Messages are i18n
 * keys (`_locales/<lang>/messages.json`).
 *
 * Stored settings are salvaged field by field: a field that fails its own
 * check falls back alone, and a conflict between fields (working hours that
 * start after they end, a varied range upside down, stretch filters that
 * leave too few moves) resets only the fields in that conflict.
 *
 * Each field's check is written by hand, as a range or a list of choices: a
 * table this small reads more plainly than a schema, and the worker that runs
 * it stays inside its 15 KB budget without a schema library.
 */

/** Fewer allowed moves than this and the rotation would repeat itself within minutes. */
export const MIN_ALLOWED_MOVES = 5;

export interface Settings {
  /** Minutes of continuous browsing before a stretch is due. */
  intervalMinutes: number;
  /** "varied" draws each cycle's interval inside [variedMin, variedMax]. */
  intervalMode: 'fixed' | 'varied';
  variedMinMinutes: number;
  variedMaxMinutes: number;
  /** Away at least this long counts as a natural break. */
  naturalBreakMinutes: number;
  /** "browser": idle state and browser focus; "computer": idle state only. */
  presenceMode: 'browser' | 'computer';
  /** Days of the week (0 = Sunday) on which Unsit prompts. */
  workDays: number[];
  /** Working hours as minutes after local midnight; start < end. */
  workStartMinute: number;
  workEndMinute: number;
  dailyGoal: number;
  snoozeMinutes: 5 | 10;
  snoozeCap: number;
  headsUp: boolean;
  chime: boolean;
  promptStyle: 'window' | 'notification';
  /** How long a due stretch may wait for a natural moment (a pause, a switch): 0 is at once (#27). */
  waitForPauseMinutes: 0 | 1 | 2 | 3 | 5 | 10;
  /** An ignored window is offered once more as a quiet notification after the snooze length, then the cycle ends. */
  remindIgnored: boolean;
  disabledStretches: string[];
  seatedOnly: boolean;
  /** The user's chair rolls: moves that need one that cannot are left out. */
  chairRolls: boolean;
  /** No kneeling moves. */
  noKneeling: boolean;
  favourites: string[];
  theme: 'system' | 'light' | 'dark';
  /** 'auto' follows the browser's language; else a shipped language's folder name (`es`, `pt_BR`). */
  language: string;
  /** The user's own plan ("When I come back from a call, I stretch"), shown on the prompt; '' for none. */
  plan: string;
  /** Hold stretches while a web meeting tab is open (needs the optional meeting-site permission). */
  callsGuard: boolean;
  /** Publish this browser's per-day counts to the browser's sync, and show one streak across devices. */
  shareHistory: boolean;
}

/** The longest plan, in characters. */
export const MAX_PLAN_LENGTH = 140;

interface FieldCheck {
  ok: (value: unknown) => boolean;
  message: string;
}

// Pure (no side effects), so a page that only reads settings leaves the checks out of its bundle.
const whole = /* @__NO_SIDE_EFFECTS__ */ (
  min: number,
  max: number,
  message: string,
): FieldCheck => ({
  ok: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
  message,
});
const oneOf = /* @__NO_SIDE_EFFECTS__ */ (
  options: readonly unknown[],
  message = 'errorChoice',
): FieldCheck => ({
  ok: (v) => options.includes(v),
  message,
});
const yesNo: FieldCheck = { ok: (v) => typeof v === 'boolean', message: 'errorChoice' };
const ids: FieldCheck = {
  ok: (v) =>
    Array.isArray(v) && v.length <= 200 && v.every((x) => typeof x === 'string' && x.length <= 100),
  message: 'errorChoice',
};
const minuteOfDay = whole(0, 24 * 60, 'errorTime');
const weekday = whole(0, 6, 'errorWorkDays');

/** Each field's own check. */
const FIELDS: Record<keyof Settings, FieldCheck> = {
  intervalMinutes: whole(30, 60, 'errorInterval'),
  intervalMode: oneOf(['fixed', 'varied']),
  variedMinMinutes: whole(30, 60, 'errorInterval'),
  variedMaxMinutes: whole(30, 60, 'errorInterval'),
  naturalBreakMinutes: whole(2, 15, 'errorNaturalBreak'),
  presenceMode: oneOf(['browser', 'computer']),
  workDays: {
    ok: (v) => Array.isArray(v) && v.length >= 1 && v.length <= 7 && v.every((d) => weekday.ok(d)),
    message: 'errorWorkDays',
  },
  workStartMinute: minuteOfDay,
  workEndMinute: minuteOfDay,
  dailyGoal: whole(1, 8, 'errorDailyGoal'),
  snoozeMinutes: oneOf([5, 10], 'errorSnooze'),
  snoozeCap: whole(0, 5, 'errorSnoozeCap'),
  headsUp: yesNo,
  chime: yesNo,
  promptStyle: oneOf(['window', 'notification']),
  waitForPauseMinutes: oneOf([0, 1, 2, 3, 5, 10], 'errorWaitForPause'),
  remindIgnored: yesNo,
  disabledStretches: ids,
  seatedOnly: yesNo,
  chairRolls: yesNo,
  noKneeling: yesNo,
  favourites: ids,
  theme: oneOf(['system', 'light', 'dark']),
  language: oneOf(['auto', ...LANGUAGES], 'errorLanguage'),
  plan: {
    ok: (v) => typeof v === 'string' && v.length <= MAX_PLAN_LENGTH && v.trim() === v,
    message: 'errorPlan',
  },
  callsGuard: yesNo,
  shareHistory: yesNo,
};

export type SettingKey = keyof Settings;

export const defaultSettings: Settings = {
  intervalMinutes: 45,
  intervalMode: 'fixed',
  variedMinMinutes: 35,
  variedMaxMinutes: 55,
  naturalBreakMinutes: 5,
  presenceMode: 'browser',
  workDays: [1, 2, 3, 4, 5],
  workStartMinute: 8 * 60,
  workEndMinute: 18 * 60,
  dailyGoal: 3,
  snoozeMinutes: 5,
  snoozeCap: 3,
  headsUp: false,
  chime: true,
  promptStyle: 'window',
  waitForPauseMinutes: 3,
  remindIgnored: true,
  disabledStretches: [],
  seatedOnly: false,
  chairRolls: false,
  noKneeling: false,
  favourites: [],
  theme: 'system',
  language: 'auto',
  plan: '',
  callsGuard: false,
  shareHistory: true,
};

const KEYS = /* @__PURE__ */ Object.keys(FIELDS) as SettingKey[];

/** A rule between fields: when `holds` is false, every field in `fields` is in conflict. */
interface Conflict {
  fields: readonly SettingKey[];
  message: string;
  holds: (s: Settings) => boolean;
}

const CONFLICTS: readonly Conflict[] = [
  {
    fields: ['workStartMinute', 'workEndMinute'],
    message: 'errorWorkHours',
    holds: (s) => s.workStartMinute < s.workEndMinute,
  },
  {
    fields: ['variedMinMinutes', 'variedMaxMinutes'],
    message: 'errorVariedRange',
    holds: (s) => s.variedMinMinutes <= s.variedMaxMinutes,
  },
  {
    fields: ['disabledStretches', 'seatedOnly', 'chairRolls', 'noKneeling'],
    message: 'errorTooFewMoves',
    holds: (s) => eligible(moveLabels, s).length >= MIN_ALLOWED_MOVES,
  },
];

export type SettingsErrors = Partial<Record<SettingKey, string>>;
export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

/** The fields of `input` that pass their own check, and the message for each that does not. */
function checkFields(input: Record<string, unknown>, keys: readonly SettingKey[]) {
  const good: Partial<Record<SettingKey, unknown>> = {};
  const errors: SettingsErrors = {};
  for (const key of keys) {
    if (!Object.hasOwn(input, key)) continue;
    const check = FIELDS[key];
    // Copied, so a stored array is never shared with the caller's.
    if (check.ok(input[key])) good[key] = structuredClone(input[key]);
    else errors[key] = check.message;
  }
  return { good: good as Partial<Settings>, errors };
}

function brokenRules(s: Settings): Conflict[] {
  return CONFLICTS.filter((c) => !c.holds(s));
}

/** The message for a value that fails a field's own check; undefined when it passes. */
export function fieldError(key: SettingKey, value: unknown): string | undefined {
  return FIELDS[key].ok(value) ? undefined : FIELDS[key].message;
}

/** The rules between fields that `s` breaks: the fields in each and its message. */
export function brokenRuleFields(
  s: Settings,
): { fields: readonly SettingKey[]; message: string }[] {
  return brokenRules(s).map(({ fields, message }) => ({ fields, message }));
}

/**
 * Applies a change to valid settings. Refused whole when any changed field is
 * invalid or the result breaks a rule between fields; a broken rule names
 * every field in it. Unknown keys are ignored.
 */
export function changeSettings(current: Settings, change: Record<string, unknown>): SettingsResult {
  const { good, errors } = checkFields(change, KEYS);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const settings: Settings = { ...current, ...good };
  for (const rule of brokenRules(settings)) {
    for (const field of rule.fields) errors[field] ??= rule.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/**
 * Applies what of a change can be applied, in one check: each field valid
 * on its own is taken unless it breaks a rule between fields, in which case
 * it keeps its current value (and so does every changed field in that
 * rule); the refused fields come back with their messages. The current
 * settings hold every rule, so putting a field back never breaks one.
 */
export function changeWhatCan(
  current: Settings,
  change: Record<string, unknown>,
): { settings: Settings; saved: SettingKey[]; errors: SettingsErrors } {
  const { good, errors } = checkFields(change, KEYS);
  const settings: Settings = { ...current, ...good };
  const saved = new Set(Object.keys(good) as SettingKey[]);
  for (let broken = brokenRules(settings); broken.length > 0; broken = brokenRules(settings)) {
    for (const rule of broken) {
      for (const field of rule.fields) {
        if (!saved.has(field)) continue;
        errors[field] ??= rule.message;
        (settings as Record<SettingKey, unknown>)[field] = current[field];
        saved.delete(field);
      }
    }
  }
  return { settings, saved: [...saved], errors };
}

/** Validates a whole settings object over the defaults; unknown keys are dropped. */
export function validateSettings(input: unknown): SettingsResult {
  if (typeof input !== 'object' || input === null) return { ok: true, settings: defaultSettings };
  return changeSettings(defaultSettings, input as Record<string, unknown>);
}

/**
 * Reads stored settings leniently: each field that fails its own check falls
 * back to its default, each rule between fields that is broken resets only
 * its own fields, and the names of the reset fields are reported.
 */
export function readSettings(stored: unknown): {
  settings: Settings;
  rejected: SettingKey[] | ['*'];
} {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: defaultSettings, rejected: stored == null ? [] : ['*'] };
  }
  const { good, errors } = checkFields(stored as Record<string, unknown>, KEYS);
  const settings: Settings = { ...defaultSettings, ...good };
  const rejected = new Set(Object.keys(errors) as SettingKey[]);
  for (const rule of brokenRules(settings)) {
    for (const field of rule.fields) {
      (settings as Record<SettingKey, unknown>)[field] = defaultSettings[field];
      rejected.add(field);
    }
  }
  return { settings, rejected: KEYS.filter((k) => rejected.has(k)) };
}

/**
 * The settings as the background stored them. They were checked when they
 * came in (a save, another browser, a policy) and are not checked again:
 * only their shape is, and a value whose fields have the wrong types (a
 * damaged store) is salvaged field by field, reported with what fell back.
 */
export function storedSettings(raw: unknown): {
  settings: Settings;
  damaged: boolean;
  rejected: string[];
} {
  if (raw === undefined) return { settings: defaultSettings, damaged: false, rejected: [] };
  const shaped = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const fits =
    shaped &&
    (Object.keys(defaultSettings) as SettingKey[]).every((key) => {
      const value = (raw as Record<string, unknown>)[key];
      const fallback = defaultSettings[key];
      return (
        value === undefined ||
        (Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback)
      );
    });
  if (fits)
    return { settings: { ...defaultSettings, ...(raw as Settings) }, damaged: false, rejected: [] };
  const { settings, rejected } = readSettings(raw);
  return { settings, damaged: true, rejected };
}

/**
 * Settings as pages read them: the mirror the background keeps in IndexedDB.
 * The background validated it before writing, so a page only guards the
 * shape (a field of the wrong type shows its default) and needs no schema
 * library; the background repairs a damaged mirror on its next step.
 */
export function settingsForPage(mirror: unknown): Settings {
  if (typeof mirror !== 'object' || mirror === null) return defaultSettings;
  const stored = mirror as Record<string, unknown>;
  const out: Record<string, unknown> = { ...defaultSettings };
  // The defaults' own keys, so a page does not load the field checks.
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    const value = stored[key];
    const fallback = defaultSettings[key];
    if (Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback) {
      out[key] = value;
    }
  }
  return out as unknown as Settings;
}

/** The label (an i18n key) the user sees for each field: reports name fields by it. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  intervalMinutes: 'fieldInterval',
  intervalMode: 'fieldIntervalMode',
  variedMinMinutes: 'fieldVariedMin',
  variedMaxMinutes: 'fieldVariedMax',
  naturalBreakMinutes: 'fieldNaturalBreak',
  presenceMode: 'fieldPresence',
  workDays: 'fieldWorkDays',
  workStartMinute: 'fieldWorkStart',
  workEndMinute: 'fieldWorkEnd',
  dailyGoal: 'fieldDailyGoal',
  snoozeMinutes: 'fieldSnooze',
  snoozeCap: 'fieldSnoozeCap',
  headsUp: 'fieldHeadsUp',
  chime: 'fieldChime',
  promptStyle: 'fieldPromptStyle',
  waitForPauseMinutes: 'fieldWaitForPause',
  remindIgnored: 'fieldRemindIgnored',
  disabledStretches: 'sectionStretches',
  seatedOnly: 'fieldSeatedOnly',
  chairRolls: 'fieldChairRolls',
  noKneeling: 'fieldNoKneeling',
  favourites: 'colFavourite',
  theme: 'fieldTheme',
  language: 'fieldLanguage',
  plan: 'fieldPlan',
  callsGuard: 'fieldCallsGuard',
  shareHistory: 'fieldShareHistory',
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(defaultSettings, key);
}

const END_OF_DAY = 24 * 60;

/** "HH:MM" for a time field; the end of the day (24:00) shows as 23:59, the last a field can hold. */
export function timeFieldValue(minute: number): string {
  const m = Math.min(minute, END_OF_DAY - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Minutes after midnight from a time field; NaN when empty or malformed. An
 * end of working hours at 23:59 means the end of the day, so the last minute counts.
 */
export function minuteFromTimeField(value: string, isEnd = false): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return Number.NaN;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return isEnd && minute === END_OF_DAY - 1 ? END_OF_DAY : minute;
}
