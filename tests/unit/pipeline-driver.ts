/**
 * The pipeline (core/pipeline.ts) driven in memory, as the background drives
 * it: the keys and days it declares are read from a Map, `handle` decides,
 * the writes are applied, the effects go to small fake executors, and what
 * they hand back (and what the step asks for next) runs after. Checks, on
 * every step, that the step wrote no day bucket it had not declared.
 */
import { moveLabels } from '@/content/catalog';
import type { Effect } from '@/core/effects';
import type { Gathered, Input, Observation } from '@/core/inputs';
import { daysFor, handle, keysFor, type Outcome } from '@/core/pipeline';
import { SCHEMA_VERSION } from '@/core/migrate';
import { defaultSettings } from '@/core/settings';

export interface Driven {
  input: Input;
  outcome: Outcome;
  declared: readonly string[] | 'all';
}

/**
 * `at-once` (for the tests of every rule but natural moments, #27): settings
 * stored where a due stretch opens at once and an ignored window stays;
 * `natural`: nothing stored, the defaults.
 */
export function memoryBackground(
  start: number,
  seed = 1,
  asking: 'at-once' | 'natural' = 'at-once',
) {
  const store = new Map<string, unknown>([['meta', { schemaVersion: SCHEMA_VERSION }]]);
  if (asking === 'at-once') {
    store.set('settings', { ...defaultSettings, waitForPauseMinutes: 0, remindIgnored: false });
  }
  const sync = new Map<string, unknown>();
  const world = {
    at: start,
    observation: { idle: 'active', focused: true, busy: false, meeting: false } as Observation,
    windows: new Set<number>(),
    nextWindow: 1,
    notifications: new Set<string>(),
    badge: 0,
    alarm: null as number | null,
    syncRefuses: false,
    /** Normal browser windows open besides the prompt (0: the browser is closing). */
    browserWindows: 1,
    /** `storage.managed`: undefined with no gatherer, null when unreadable. */
    policy: undefined as Record<string, unknown> | null | undefined,
  };
  let x = seed >>> 0 || 1;
  const random = () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
  const log: Driven[] = [];
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));

  function gather(input: Input): Gathered {
    const g: Gathered = {};
    const needs: Record<string, (keyof Gathered)[]> = {
      startup: ['observation', 'start', 'policy'],
      'policy-changed': ['observation', 'policy'],
      alarm: ['observation'],
      idle: ['observation'],
      focus: ['observation'],
      look: ['observation'],
      'save-settings': ['observation'],
      'meeting-access-lost': ['observation'],
      'others-synced': ['syncItems'],
      'sharing-changed': ['syncItems'],
      'sync-refresh': ['syncItems'],
      import: ['syncItems'],
      'window-closed': ['browserWindows'],
    };
    for (const need of needs[input.type] ?? []) {
      if (need === 'observation') g.observation = { ...world.observation };
      if (need === 'start') {
        g.start = {
          promptWindows: [...world.windows],
          notificationShown: world.notifications.has('prompt'),
          syncedSettings: undefined,
        };
      }
      if (need === 'syncItems') g.syncItems = Object.fromEntries(sync);
      if (need === 'browserWindows') g.browserWindows = world.browserWindows;
      if (need === 'policy' && world.policy !== undefined) g.policy = clone(world.policy);
    }
    return g;
  }

  function execute(effect: Effect): Input | undefined {
    switch (effect.type) {
      case 'alarm':
        world.alarm = effect.at;
        return undefined;
      case 'show-prompt': {
        if (effect.windowId !== null && world.windows.has(effect.windowId)) return undefined;
        const windowId = world.nextWindow++;
        world.windows.add(windowId);
        return { type: 'prompt-opened', windowId };
      }
      case 'close-window':
        world.windows.delete(effect.windowId);
        return undefined;
      case 'notify':
        world.notifications.add(effect.kind);
        return undefined;
      case 'clear-notification':
        world.notifications.delete(effect.kind);
        return undefined;
      case 'badge':
        world.badge = effect.streak;
        return undefined;
      case 'sync-set':
        if (world.syncRefuses)
          return { type: 'sync-refused', reason: 'QUOTA_BYTES quota exceeded' };
        for (const [k, v] of Object.entries(effect.items)) sync.set(k, v);
        return effect.retry ? { type: 'sync-written' } : undefined;
      case 'sync-unpublish':
        for (const k of [...sync.keys()]) if (k.includes(`:${effect.device}:`)) sync.delete(k);
        return undefined;
      case 'migrate':
        store.set('meta', { schemaVersion: SCHEMA_VERSION });
        return undefined;
      case 'sync-settings':
      case 'clear-synced-settings':
        return undefined;
    }
  }

  function run(input: Input): unknown {
    const event = { input, at: world.at, gathered: gather(input) };
    const values: Record<string, unknown> = {};
    for (const key of keysFor(input)) if (store.has(key)) values[key] = clone(store.get(key));
    const declared = daysFor(event, values);
    const buckets = new Map<string, unknown>();
    if (declared === 'all') {
      for (const [k, v] of store) if (k.startsWith('day:')) buckets.set(k.slice(4), clone(v));
    } else {
      for (const day of declared) buckets.set(day, clone(store.get(`day:${day}`)));
    }
    const outcome = handle(event, values, buckets, declared === 'all', {
      library: moveLabels,
      random,
    });
    log.push({ input, outcome, declared });
    for (const key of Object.keys(outcome.writes)) {
      if (key.startsWith('day:') && declared !== 'all' && !declared.includes(key.slice(4))) {
        throw new Error(`${input.type} wrote ${key}, which it never declared`);
      }
    }
    if (outcome.clearAll) store.clear();
    for (const [key, value] of Object.entries(outcome.writes)) {
      if (value === undefined) store.delete(key);
      else store.set(key, clone(value));
    }
    const followUps = outcome.effects.map(execute).filter((i): i is Input => i !== undefined);
    if (outcome.again) return run(input);
    for (const next of [...followUps, ...outcome.next]) run(next);
    return outcome.reply;
  }

  return { store, sync, world, log, run };
}
