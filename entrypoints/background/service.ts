/**
 * The background's one service: each input (core/inputs.ts) in turn is
 * gathered (what the browser must say first), read and decided in one
 * IndexedDB transaction (core/pipeline.ts decides, lib/db.ts `runStep`
 * reads and writes), then its effects are carried out, each by its executor
 * in `Platform`. What an executor hands back, and what the step asks for
 * next, run after it in the same turn of the queue. Everything outside
 * itself comes through `Platform`, so tests drive it with fakes and the e2e
 * build with a virtual clock.
 */
import { moveLabels } from '@/content/catalog';
import type { Effect, EffectType } from '@/core/effects';
import { GATHERS, type Gather, type Gathered, type Input, type PageMessage } from '@/core/inputs';
import { daysFor, handle, keysFor, type Outcome, type PipelineEvent } from '@/core/pipeline';
import { ownKeys } from '@/core/sync';
import { runStep } from '@/lib/db';
import { prepareHistory } from './history-store';

export type { Observation, StartFacts } from '@/core/inputs';

/** One executor per kind of effect; it may hand back an input to run next. */
export type Executors = {
  [T in Exclude<EffectType, 'migrate'>]: (
    effect: Extract<Effect, { type: T }>,
  ) => Promise<void> | Promise<Input | undefined>;
};

export type Gatherers = {
  [K in Exclude<Gather, 'policy'>]-?: () => Promise<NonNullable<Gathered[K]>>;
} & {
  /** `storage.managed`, null when unreadable; a platform without one has no policy. */
  policy?: () => Promise<Gathered['policy']>;
};

export interface Platform {
  now(): number;
  /** [0, 1), like Math.random. */
  random: () => number;
  /** What an input needs from the browser before its step (core/inputs.ts `GATHERS`). */
  gather: Gatherers;
  execute: Executors;
}

/** Runs tasks one after another: each reads, steps and writes without interleaving. */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export class Service {
  readonly #serial = queue();
  readonly #platform: Platform;
  /**
   * Echoes of this worker's own actions, told apart without a read: the
   * device id its sync items and settings carry, and the windows it closed.
   * A cache only (a new worker starts without it and reads instead).
   */
  #device: string | undefined;
  readonly #closing = new Set<number>();
  /** While a page's message is handled: the windows its step closes, kept until it has its reply. */
  #afterReply: Effect[] | null = null;

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  /** Handles one input and what follows from it; resolves with the answer for a page. */
  handle(input: Input): Promise<unknown> {
    return this.#serial(() => this.#run(input));
  }

  /**
   * A page's message, handled as `handle` does, except that a window its
   * step closes (the prompt that sent Done) goes only once the reply is on
   * its way: closed first, the page would lose its reply ("Promise rejected
   * after context unloaded", #28.13). The reply is handed over in promise
   * callbacks; the windows go in the next task, in the queue.
   */
  handlePage(message: PageMessage): Promise<unknown> {
    return this.#serial(async () => {
      this.#afterReply = [];
      try {
        return await this.#run(message);
      } finally {
        const closes = this.#afterReply;
        this.#afterReply = null;
        if (closes.length > 0) {
          setTimeout(() => {
            void this.#serial(() => this.#perform(closes));
          }, 0);
        }
      }
    });
  }

  #isEcho(input: Input): boolean {
    if (input.type === 'window-closed') return this.#closing.delete(input.windowId);
    const device = this.#device;
    if (!device) return false;
    if (input.type === 'others-synced') {
      const keys = Object.keys(input.changes);
      return ownKeys(keys, device).length === keys.length;
    }
    if (input.type === 'settings-synced') {
      return (input.value as { writer?: unknown } | undefined)?.writer === device;
    }
    return false;
  }

  async #gather(input: Input): Promise<Gathered> {
    const gathered: Gathered = {};
    await Promise.all(
      (GATHERS[input.type] ?? []).map(async (what) => {
        const gatherer = this.#platform.gather[what];
        if (gatherer) (gathered as Record<Gather, unknown>)[what] = await gatherer();
      }),
    );
    return gathered;
  }

  async #run(input: Input): Promise<unknown> {
    if (this.#isEcho(input)) return null;
    const event: PipelineEvent = {
      input,
      at: this.#platform.now(),
      gathered: await this.#gather(input),
    };
    const ctx = { library: moveLabels, random: this.#platform.random };
    const outcome = await runStep(
      keysFor(input),
      (values) => daysFor(event, values),
      (
        values,
        buckets,
        allDays,
      ): { writes: Outcome['writes']; clearAll: boolean; result: Outcome } => {
        const out = handle(event, values, buckets, allDays, ctx);
        this.#device = out.clearAll
          ? undefined
          : (out.writes.device ?? values.device ?? this.#device);
        return { writes: out.writes, clearAll: out.clearAll, result: out };
      },
    );
    const followUps = await this.#perform(outcome.effects);
    if (outcome.again) return this.#run(input);
    for (const next of [...followUps, ...outcome.next]) await this.#run(next);
    return outcome.reply;
  }

  /** The effects, each by its executor: the alarm alongside, the rest in order. */
  async #perform(effects: readonly Effect[]): Promise<Input[]> {
    const followUps: Input[] = [];
    const act = async (effect: Effect) => {
      if (effect.type === 'close-window' && this.#afterReply) {
        this.#afterReply.push(effect);
        return;
      }
      if (effect.type === 'close-window') this.#closing.add(effect.windowId);
      if (effect.type === 'migrate') {
        await prepareHistory(effect, () => this.#platform.now());
        return;
      }
      const execute = this.#platform.execute[effect.type] as (
        e: Effect,
      ) => Promise<Input | undefined>;
      const next = await execute(effect);
      if (next) followUps.push(next);
    };
    // The alarm goes alongside the rest: the window a user waits for does not wait on it.
    await Promise.all([
      ...effects.filter((e) => e.type === 'alarm').map(act),
      (async () => {
        for (const effect of effects) if (effect.type !== 'alarm') await act(effect);
      })(),
    ]);
    return followUps;
  }
}

export function createService(platform: Platform): Service {
  return new Service(platform);
}
