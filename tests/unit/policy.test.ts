/**
 * Browser policy (core/policy.ts): reading the managed object field by
 * field, the merge of policy, the user's own values and the defaults, and
 * the pipeline's policy inputs driven in memory.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveLabels } from '@/content/catalog';
import {
  applyPolicy,
  DEFAULT_ORG,
  MAX_ORG_MESSAGE,
  NO_POLICY,
  POLICY_FIELDS,
  readPolicy,
  type PolicyField,
} from '@/core/policy';
import { brokenRuleFields, defaultSettings, readSettings, type Settings } from '@/core/settings';
import { memoryBackground } from './pipeline-driver';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, in working hours

const minutes = fc.integer({ min: 30, max: 60 });
const VALID: Record<PolicyField, fc.Arbitrary<unknown>> = {
  intervalMinutes: minutes,
  intervalMode: fc.constantFrom('fixed', 'varied'),
  variedMinMinutes: minutes,
  variedMaxMinutes: minutes,
  workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  workStartMinute: fc.integer({ min: 0, max: 1440 }),
  workEndMinute: fc.integer({ min: 0, max: 1440 }),
  dailyGoal: fc.integer({ min: 1, max: 8 }),
  naturalBreakMinutes: fc.integer({ min: 2, max: 15 }),
  snoozeMinutes: fc.constantFrom(5, 10),
  snoozeCap: fc.integer({ min: 0, max: 5 }),
  callsGuard: fc.boolean(),
  seatedOnly: fc.boolean(),
  chairRolls: fc.boolean(),
  noKneeling: fc.boolean(),
  disabledStretches: fc.subarray(moveLabels.map((m) => m.id)),
  shareHistory: fc.boolean(),
};

/** Valid settings of the user: random fields, salvaged as a stored value would be. */
const ownSettings: fc.Arbitrary<Settings> = fc
  .record(VALID, { requiredKeys: [] })
  .map((raw) => readSettings(raw).settings);

const entry = (value: fc.Arbitrary<unknown>) =>
  fc.record({ value, locked: fc.boolean() }, { requiredKeys: ['value'] });

/** A managed object: some fields, valid or not, and the organisation's choices. */
const managed = fc.record(
  {
    ...Object.fromEntries(
      POLICY_FIELDS.map((k) => [
        k,
        entry(fc.oneof({ weight: 4, arbitrary: VALID[k] }, fc.anything())),
      ]),
    ),
    hideDeleteAll: fc.boolean(),
    welcomeMessage: fc.string({ maxLength: 300 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, unknown>>;

describe('reading a policy', () => {
  it('declares in the managed schema exactly what it reads, with the settings as value and lock', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'),
    ) as {
      properties: Record<string, { type: string; properties?: Record<string, unknown> }>;
    };
    const names = Object.keys(schema.properties).sort();
    expect(names).toEqual([...POLICY_FIELDS, ...Object.keys(DEFAULT_ORG)].sort());
    for (const field of POLICY_FIELDS) {
      expect(Object.keys(schema.properties[field]?.properties ?? {})).toEqual(['value', 'locked']);
    }
    // The schema's own ranges agree with the settings' checks at their ends.
    expect(readPolicy({ intervalMinutes: { value: 60 } }).defaults).toEqual({
      intervalMinutes: 60,
    });
    expect(readPolicy({ intervalMinutes: { value: 61 } }).problems).toHaveLength(1);
  });

  it('takes defaults and locks and reports each bad field with its reason', () => {
    const policy = readPolicy({
      intervalMinutes: { value: 40, locked: true },
      dailyGoal: { value: 5 },
      snoozeCap: { value: 99, locked: true },
      naturalBreakMinutes: 7,
      theme: { value: 'dark' },
      hideDeleteAll: true,
      welcomeMessage: '  Stand up, the ACME way.  ',
    });
    expect(policy.locks).toEqual({ intervalMinutes: 40 });
    expect(policy.defaults).toEqual({ dailyGoal: 5 });
    expect(policy.org).toEqual({
      hideDeleteAll: true,
      welcomeMessage: 'Stand up, the ACME way.',
      openWelcome: true,
    });
    expect(policy.problems).toEqual([
      { field: 'snoozeCap', message: 'errorSnoozeCap' },
      { field: 'naturalBreakMinutes', message: 'policyErrorShape' },
      { field: 'theme', message: 'policyErrorUnknown' },
    ]);
  });

  it('leaves out the fields of a rule its own values break, and nothing else', () => {
    const policy = readPolicy({
      workStartMinute: { value: 20 * 60, locked: true },
      dailyGoal: { value: 2, locked: true },
    });
    expect(policy.locks).toEqual({ dailyGoal: 2 });
    expect(policy.problems).toEqual([{ field: 'workStartMinute', message: 'errorWorkHours' }]);
  });

  it('refuses a message longer than the limit and a managed value that is not an object', () => {
    const long = readPolicy({ welcomeMessage: 'x'.repeat(MAX_ORG_MESSAGE + 1) });
    expect(long.org.welcomeMessage).toBe('');
    expect(long.problems).toEqual([{ field: 'welcomeMessage', message: 'policyErrorMessage' }]);
    expect(readPolicy([1, 2]).problems).toEqual([{ field: '*', message: 'policyErrorShape' }]);
    expect(readPolicy(undefined)).toEqual(NO_POLICY);
    expect(readPolicy({})).toEqual(NO_POLICY);
  });
});

describe('the merge of policy, user and defaults', () => {
  it('a locked field always wins, and the result holds every rule', () => {
    fc.assert(
      fc.property(ownSettings, managed, (own, raw) => {
        const policy = readPolicy(raw);
        const merged = applyPolicy(own, policy);
        for (const [key, value] of Object.entries(policy.locks)) {
          expect(merged[key as keyof Settings]).toEqual(value);
        }
        expect(readSettings(merged)).toEqual({ settings: merged, rejected: [] });
      }),
    );
  });

  it("an unlocked field never overrides the user's saved value", () => {
    fc.assert(
      fc.property(ownSettings, managed, (own, raw) => {
        const policy = readPolicy(raw);
        // Defaults alone change nothing the user has.
        expect(applyPolicy(own, { ...policy, locks: {} })).toEqual(own);
        // With locks, every unlocked field keeps the user's value, unless a lock breaks a
        // rule between fields with it (then the lock wins, and the rule's other fields give way).
        const merged = applyPolicy(own, policy);
        const locked = { ...own, ...policy.locks };
        const giving = new Set(brokenRuleFields(locked).flatMap((r) => r.fields));
        for (const key of Object.keys(own) as (keyof Settings)[]) {
          if (Object.hasOwn(policy.locks, key) || giving.has(key)) continue;
          expect(merged[key]).toEqual(own[key]);
        }
      }),
    );
  });

  it('an invalid policy field changes nothing else', () => {
    const invalid = fc.oneof(
      fc.constant(-1),
      fc.constant('45'),
      fc.constant(null),
      fc.constant({}),
      fc.constant([99]),
    );
    fc.assert(
      fc.property(
        managed,
        fc.constantFrom(...POLICY_FIELDS),
        invalid,
        fc.boolean(),
        (raw, field, bad, locked) => {
          const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== field));
          const without = readPolicy(rest);
          const withBad = readPolicy({ ...rest, [field]: { value: bad, locked } });
          expect(withBad.locks).toEqual(without.locks);
          expect(withBad.defaults).toEqual(without.defaults);
          expect(withBad.org).toEqual(without.org);
          expect(withBad.problems.filter((p) => p.field !== field)).toEqual(without.problems);
          expect(withBad.problems.filter((p) => p.field === field)).toHaveLength(1);
        },
      ),
    );
  });
});

describe('policy in the pipeline', () => {
  const settingsOf = (bg: ReturnType<typeof memoryBackground>) =>
    bg.store.get('settings') as Settings;

  it('without a policy, or without managed storage, everything is as before', () => {
    const plain = memoryBackground(T0);
    plain.run({ type: 'startup' });
    for (const policy of [null, {}]) {
      const bg = memoryBackground(T0);
      bg.world.policy = policy;
      bg.run({ type: 'startup' });
      bg.run({ type: 'policy-changed' });
      expect(bg.store).toEqual(plain.store);
    }
  });

  it('a new install starts from the policy defaults; a later default leaves the user alone', () => {
    const bg = memoryBackground(T0, 1, 'natural');
    bg.world.policy = { dailyGoal: { value: 5 }, intervalMinutes: { value: 35 } };
    bg.run({ type: 'startup' });
    expect(settingsOf(bg)).toMatchObject({ dailyGoal: 5, intervalMinutes: 35 });
    bg.run({ type: 'save-settings', change: { dailyGoal: 4 } });
    bg.world.policy = { dailyGoal: { value: 6 } };
    bg.run({ type: 'policy-changed' });
    expect(settingsOf(bg)).toMatchObject({ dailyGoal: 4, intervalMinutes: 35 });
  });

  it('refuses a locked field with "Set by your organisation", saves the rest, and gives it back when released', () => {
    const bg = memoryBackground(T0);
    bg.run({ type: 'startup' });
    bg.run({ type: 'save-settings', change: { intervalMinutes: 55 } });
    bg.world.policy = { intervalMinutes: { value: 30, locked: true } };
    bg.run({ type: 'policy-changed' });
    expect(settingsOf(bg).intervalMinutes).toBe(30);
    // The tracker follows the lock at once: the next look is within 30 minutes.
    expect(bg.world.alarm).not.toBeNull();
    expect(bg.world.alarm! - T0).toBeLessThanOrEqual(30 * 60_000);

    const whole = bg.run({ type: 'save-settings', change: { intervalMinutes: 40, dailyGoal: 4 } });
    expect(whole).toEqual({ ok: false, errors: { intervalMinutes: 'errorLocked' }, saved: [] });
    const partial = bg.run({
      type: 'save-settings',
      change: { intervalMinutes: 40, dailyGoal: 4 },
      partial: true,
    });
    expect(partial).toEqual({
      ok: false,
      errors: { intervalMinutes: 'errorLocked' },
      saved: ['dailyGoal'],
    });
    expect(settingsOf(bg)).toMatchObject({ intervalMinutes: 30, dailyGoal: 4 });
    // Other browsers are sent the user's own interval, not the lock.
    const sent = bg.log.at(-1)!.outcome.effects.find((e) => e.type === 'sync-settings');
    expect(sent).toMatchObject({ settings: { intervalMinutes: 55, dailyGoal: 4 } });

    bg.world.policy = {};
    bg.run({ type: 'policy-changed' });
    expect(settingsOf(bg)).toMatchObject({ intervalMinutes: 55, dailyGoal: 4 });
    expect(bg.run({ type: 'save-settings', change: { intervalMinutes: 40 } })).toMatchObject({
      ok: true,
    });
  });

  it('an unreadable policy keeps the locks it had', () => {
    const bg = memoryBackground(T0);
    bg.world.policy = { snoozeCap: { value: 0, locked: true } };
    bg.run({ type: 'startup' });
    bg.world.policy = null;
    bg.run({ type: 'policy-changed' });
    expect(settingsOf(bg).snoozeCap).toBe(0);
    expect(defaultSettings.snoozeCap).not.toBe(0);
  });

  it("settings from another browser keep the lock and become the user's own value", () => {
    const bg = memoryBackground(T0);
    bg.world.policy = { intervalMinutes: { value: 30, locked: true } };
    bg.run({ type: 'startup' });
    bg.run({
      type: 'settings-synced',
      value: { ...defaultSettings, intervalMinutes: 50, writer: 'other' },
    });
    expect(settingsOf(bg).intervalMinutes).toBe(30);
    bg.world.policy = {};
    bg.run({ type: 'policy-changed' });
    expect(settingsOf(bg).intervalMinutes).toBe(50);
  });
});
