/**
 * Browser policy: the defaults and locks an organisation sets for Unsit
 * through `storage.managed` (Chrome and Edge: Group Policy, configuration
 * profiles, policy files, cloud consoles; Firefox: `policies.json`), and the
 * choices only an organisation makes. docs/ADMINS.md is the administrators'
 * side of this file.
 *
 * The managed object is read field by field: a field whose value fails the
 * setting's own check (core/settings.ts) is left out alone and reported, and
 * so are the fields of a rule between fields that the policy's own values
 * break. Nothing else changes because one field is wrong.
 *
 * The settings in force are `applyPolicy(own, policy)`: the user's own
 * values, with every locked field set to its lock. A policy default is what
 * a new install starts with; it never overrides what the user has.
 */
import {
  brokenRuleFields,
  defaultSettings,
  fieldError,
  type SettingKey,
  type Settings,
} from './settings';

/** The settings an organisation can set, each with a default and an optional lock. */
export const POLICY_FIELDS = [
  'intervalMinutes',
  'intervalMode',
  'variedMinMinutes',
  'variedMaxMinutes',
  'workDays',
  'workStartMinute',
  'workEndMinute',
  'dailyGoal',
  'naturalBreakMinutes',
  'snoozeMinutes',
  'snoozeCap',
  'callsGuard',
  'seatedOnly',
  'chairRolls',
  'noKneeling',
  'disabledStretches',
  'shareHistory',
] as const satisfies readonly SettingKey[];

export type PolicyField = (typeof POLICY_FIELDS)[number];

/** The longest message an organisation can show on the welcome page, in characters. */
export const MAX_ORG_MESSAGE = 280;

/** Choices only an organisation makes. */
export interface OrgChoices {
  /** Options shows no "Delete everything". */
  hideDeleteAll: boolean;
  /** Plain text shown on the welcome page; '' for none. */
  welcomeMessage: string;
  /** Whether a new install opens the welcome page. */
  openWelcome: boolean;
}

export const DEFAULT_ORG: OrgChoices = {
  hideDeleteAll: false,
  welcomeMessage: '',
  openWelcome: true,
};

const ORG_KEYS = Object.keys(DEFAULT_ORG) as (keyof OrgChoices)[];

/** One policy field that was not used: its name in the policy and why (an i18n key). */
export interface PolicyProblem {
  field: string;
  message: string;
}

export interface Policy {
  defaults: Partial<Settings>;
  locks: Partial<Settings>;
  org: OrgChoices;
  problems: PolicyProblem[];
}

export const NO_POLICY: Policy = { defaults: {}, locks: {}, org: DEFAULT_ORG, problems: [] };

/** What the background keeps of the policy: the policy read, and the user's own values of the locked fields. */
export interface StoredPolicy {
  policy: Policy;
  /** The value each locked field had before its lock, given back when the lock goes. */
  held: Partial<Settings>;
}

function isPolicyField(key: string): key is PolicyField {
  return (POLICY_FIELDS as readonly string[]).includes(key);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function orgProblem(key: keyof OrgChoices, value: unknown): string | undefined {
  if (key === 'welcomeMessage') {
    return typeof value === 'string' && value.length <= MAX_ORG_MESSAGE
      ? undefined
      : 'policyErrorMessage';
  }
  return typeof value === 'boolean' ? undefined : 'errorChoice';
}

/**
 * Reads the managed object, field by field. Each setting is
 * `{ "value": <as in the settings>, "locked": <boolean, optional> }`; the
 * organisation's choices are plain values. Anything else is reported.
 */
export function readPolicy(raw: unknown): Policy {
  if (raw === undefined || raw === null) return NO_POLICY;
  if (!isRecord(raw))
    return { ...NO_POLICY, problems: [{ field: '*', message: 'policyErrorShape' }] };
  const defaults = new Map<string, unknown>();
  const locks = new Map<string, unknown>();
  const org: Record<string, unknown> = { ...DEFAULT_ORG };
  const problems: PolicyProblem[] = [];
  for (const [key, entry] of Object.entries(raw)) {
    if ((ORG_KEYS as string[]).includes(key)) {
      const message = orgProblem(key as keyof OrgChoices, entry);
      if (message) problems.push({ field: key, message });
      else org[key] = typeof entry === 'string' ? entry.trim() : entry;
      continue;
    }
    if (!isPolicyField(key)) {
      problems.push({ field: key, message: 'policyErrorUnknown' });
      continue;
    }
    if (!isRecord(entry) || !Object.hasOwn(entry, 'value')) {
      problems.push({ field: key, message: 'policyErrorShape' });
      continue;
    }
    const locked: unknown = entry.locked ?? false;
    const message = typeof locked === 'boolean' ? fieldError(key, entry.value) : 'policyErrorShape';
    if (message) {
      problems.push({ field: key, message });
      continue;
    }
    (locked === true ? locks : defaults).set(key, structuredClone(entry.value));
  }
  // The policy's own values, with Unsit's defaults for the rest, must hold the rules between fields.
  const together = {
    ...defaultSettings,
    ...Object.fromEntries(defaults),
    ...Object.fromEntries(locks),
  };
  for (const rule of brokenRuleFields(together)) {
    for (const field of rule.fields) {
      if (!defaults.delete(field) && !locks.delete(field)) continue;
      problems.push({ field, message: rule.message });
    }
  }
  return {
    defaults: Object.fromEntries(defaults),
    locks: Object.fromEntries(locks),
    org: org as unknown as OrgChoices,
    problems,
  };
}

/** The policy as stored by the background, or none when it does not have its shape. */
export function storedPolicy(raw: unknown): StoredPolicy {
  const v = raw as Partial<StoredPolicy> | null | undefined;
  const p = v?.policy;
  const ok =
    isRecord(p) &&
    isRecord(p.defaults) &&
    isRecord(p.locks) &&
    isRecord(p.org) &&
    Array.isArray(p.problems) &&
    isRecord(v?.held);
  return ok ? (v as StoredPolicy) : { policy: NO_POLICY, held: {} };
}

export function isLocked(policy: Policy, key: string): boolean {
  return Object.hasOwn(policy.locks, key);
}

/**
 * The settings in force: the user's own, every locked field set to its lock.
 * Where a lock breaks a rule between fields with the user's own values, the
 * unlocked fields of that rule take the policy's default (or Unsit's): the
 * policy was checked to hold its rules with those.
 */
export function applyPolicy(own: Settings, policy: Policy): Settings {
  const out = { ...own, ...structuredClone(policy.locks) };
  for (const rule of brokenRuleFields(out)) {
    for (const field of rule.fields) {
      if (isLocked(policy, field)) continue;
      (out as Record<SettingKey, unknown>)[field] = structuredClone(
        policy.defaults[field] ?? defaultSettings[field],
      );
    }
  }
  return out;
}

/** Settings a new install starts with: Unsit's defaults, under the policy's defaults. */
export function startingSettings(base: Settings, policy: Policy): Settings {
  return { ...base, ...structuredClone(policy.defaults) };
}

/**
 * A policy read (at a browser start or when it changed): the settings in
 * force and the user's values the locks now hold. A lock removed gives the
 * field back the user's own value; `fresh` (nothing stored yet) starts from
 * the policy's defaults.
 */
export function policyChange(
  current: Settings,
  before: StoredPolicy,
  after: Policy,
  fresh: boolean,
): StoredPolicy & { settings: Settings } {
  let own: Settings = { ...current, ...structuredClone(before.held) };
  if (fresh) own = startingSettings(own, after);
  const held: Record<string, unknown> = {};
  for (const key of Object.keys(after.locks) as SettingKey[]) held[key] = structuredClone(own[key]);
  return { settings: applyPolicy(own, after), policy: after, held: held };
}

/** The user's own settings: what the locks hold put back (what other browsers are sent). */
export function ownSettings(settings: Settings, stored: StoredPolicy): Settings {
  return { ...settings, ...structuredClone(stored.held) };
}
