/**
 * The background's one service. Each event is one step: read what is stored,
 * let the pure `applyStep` (core/apply-step.ts) decide, write its writes in
 * one transaction, then act on its actions through `Platform`. Everything it
 * touches outside itself comes through `Platform`, so tests drive it with
 * fakes and the e2e build with a virtual clock.
 */
import { moveLabels } from '@/content/catalog';
import {
  applyStep,
  badgeStreak,
  dayContext,
  settingsForToday,
  type Action,
  type StepInput,
} from '@/core/apply-step';
import { dayKey } from '@/core/days';
import type { StretchEvent } from '@/core/history';
import type { ExportedDay } from '@/core/export';
import type { PromptView } from '@/core/prompt-view';
import { pickStretch, remember } from '@/core/rotation';
import { changeSettings, readSettings, type Settings } from '@/core/settings';
import { isWholeHistory } from '@/core/history-schema';
import { dayBucketKey } from '@/core/stored';
import { buildSummary, readableSummary, withOthers } from '@/core/summary';
import { changedSince } from '@/core/sync';
import { DAY, MINUTE } from '@/core/time';
import type { IdleState, TrackerEvent, TrackerState } from '@/core/tracker';
import { clearAll, read, transact } from '@/lib/db';
import type { ImportReply, Message, PauseLength, SaveResult } from '@/lib/messages';
import { importHistory, prepareHistory, rebuildSummary, type Readiness } from './history-store';
import {
  deviceId,
  publishAll,
  publishChanged,
  readShared,
  unpublish,
  type Shared,
  type SyncArea,
} from './sync-store';

export interface Observation {
  idle: IdleState;
  focused: boolean;
  busy: boolean;
  /** A meeting tab is open (false when Unsit was not asked to look). */
  meeting: boolean;
}

export type ObserveReason = Extract<TrackerEvent, { type: 'observe' }>['reason'];
export type AlarmName = 'tracker';

export interface Platform {
  now(): number;
  /**
   * Presence and "not now" signals at this moment; meeting tabs only when
   * asked to look (and only seen with the meeting sites' permission).
   */
  observe(lookForMeetings: boolean): Promise<Observation>;
  /** Keeps exactly one alarm of this name at `at`, or none for null. */
  setAlarm(name: AlarmName, at: number | null): Promise<void>;
  /** Focuses the window if it still exists; false when it does not. */
  focusWindow(windowId: number): Promise<boolean>;
  /** Whether the prompt page is still open in that window (after a browser start it never is). */
  promptWindowOpen(windowId: number): Promise<boolean>;
  /** Whether the quiet notification is still on screen. */
  notificationShown(): Promise<boolean>;
  /** Opens the prompt window; the view lets the page render before it reads anything. */
  openPromptWindow(view: PromptView | null): Promise<number | null>;
  closeWindow(windowId: number): Promise<void>;
  notify(kind: 'prompt' | 'heads-up', dueAt?: number): Promise<void>;
  clearNotification(kind: 'prompt' | 'heads-up'): Promise<void>;
  setBadge(streak: number): Promise<void>;
  /** The synced settings, salvaged field by field, with the fields that fell back. */
  loadSettings(): Promise<{ settings: Settings; rejected: string[] }>;
  storeSettings(settings: Settings): Promise<void>;
  /** The browser's synced storage, where browsers share their days (core/sync.ts). */
  sync: SyncArea;
  clearSettings(): Promise<void>;
  /** [0, 1), like Math.random. */
  random: () => number;
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

function pauseEnd(length: PauseLength, at: number): number {
  if (length === 'hour') return at + DAY / 24;
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * One worker's service. Methods that handle a browser event run one after
 * another (`serial`): each reads, steps and writes without interleaving.
 */
export class Service {
  readonly #serial = queue();
  #ready: Promise<Readiness> | null = null;

  readonly #platform: Platform;

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  /** The settings mirror, or the synced settings when the mirror is missing or damaged. */
  async #currentSettings(): Promise<Settings> {
    const [mirror] = await read(['settings'] as const);
    if (mirror !== undefined) {
      const checked = readSettings(mirror);
      if (checked.rejected.length === 0) return checked.settings;
    }
    const { settings, rejected } = await this.#platform.loadSettings();
    await transact([] as const, () => ({
      writes: rejected.length > 0 ? { settings, settingsReset: rejected } : { settings },
      result: undefined,
    }));
    return settings;
  }

  /** What other browsers shared, for a summary built again; nothing with sharing off. */
  #shared(settings: Settings, at: number): Promise<Shared> {
    return readShared(this.#platform.sync, settings, this.#platform.random, at);
  }

  /** Builds the summary again from every day (and what other browsers shared), then the badge. */
  async #rebuild(settings: Settings, at: number): Promise<void> {
    await rebuildSummary(dayContext(settings), at, await this.#shared(settings, at));
    await this.#refreshBadge(settings);
  }

  /** Once per worker start: the stored version (moving older history), then the summary. */
  #prepare(settings: Settings): Promise<Readiness> {
    const now = () => this.#platform.now();
    this.#ready ??= (async () => {
      const readiness = await prepareHistory(dayContext(settings), now);
      const [summary] = await read(['summary'] as const);
      if (readiness === 'ready' && !readableSummary(summary)) await this.#rebuild(settings, now());
      return readiness;
    })().catch((error: unknown) => {
      this.#ready = null;
      throw error;
    });
    return this.#ready;
  }

  /** One tracker step: read, decide, write atomically, then act. Null when history is a newer Unsit's. */
  async #runStep(
    makeEvent: (at: number, settings: Settings) => Promise<TrackerEvent> | TrackerEvent,
  ): Promise<TrackerState | null> {
    const settings = await this.#currentSettings();
    if ((await this.#prepare(settings)) === 'newer') return null;
    const event = await makeEvent(this.#platform.now(), settings);
    const ctx = { settings, library: moveLabels, random: this.#platform.random };
    const applied = await transact(
      ['tracker', 'prompt', 'rotation', 'quarantine', 'safetySeen'] as const,
      async ([tracker, prompt, rotation, quarantine, safetySeen], get) => {
        const input: StepInput = { tracker, prompt, rotation, quarantine, safetySeen };
        for (;;) {
          const out = applyStep(input, event, ctx);
          if (!('need' in out)) return { writes: out.writes, result: out };
          const summary = readableSummary(await get('summary'));
          const buckets: Record<string, unknown> = { ...input.history?.buckets };
          for (const day of out.need) buckets[day] = await get(dayBucketKey(day));
          input.history = { buckets, summary: summary ?? buildSummary({}, [], dayKey(event.at)) };
        }
      },
    );
    if (applied.rebuildSummary) await this.#rebuild(settings, event.at);
    await this.#perform(applied.actions);
    if (settings.shareHistory) {
      const device = () => deviceId(this.#platform.random);
      await publishChanged(this.#platform.sync, device, applied.writes, event.at);
    }
    return applied.state;
  }

  /** The actions of a step, each by its platform call: the alarm at once, the rest in order. */
  async #perform(actions: readonly Action[]): Promise<void> {
    const p = this.#platform;
    const run: { [T in Action['type']]: (action: Extract<Action, { type: T }>) => Promise<void> } =
      {
        alarm: (a) => p.setAlarm('tracker', a.at),
        'show-prompt': (a) => this.#showPromptWindow(a.windowId, a.view),
        'close-window': (a) => p.closeWindow(a.windowId),
        notify: (a) => p.notify(a.kind, a.dueAt),
        'clear-notification': (a) => p.clearNotification(a.kind),
        badge: (a) => p.setBadge(a.streak),
      };
    const act = (a: Action) => (run[a.type] as (a: Action) => Promise<void>)(a);
    // The alarm goes alongside the rest: the window a user waits for does not wait on it.
    await Promise.all([
      ...actions.filter((a) => a.type === 'alarm').map(act),
      (async () => {
        for (const action of actions) if (action.type !== 'alarm') await act(action);
      })(),
    ]);
  }

  /** One prompt window at a time: focus the open one, or open it and remember its id. */
  async #showPromptWindow(windowId: number | null, view: PromptView | null): Promise<void> {
    if (windowId !== null && (await this.#platform.focusWindow(windowId))) return;
    const opened = await this.#platform.openPromptWindow(view);
    await transact(['prompt'] as const, ([current]) => ({
      writes: current ? { prompt: { ...current, windowId: opened } } : {},
      result: undefined,
    }));
  }

  async #refreshBadge(settings: Settings): Promise<void> {
    const [summary] = await read(['summary'] as const);
    const known = readableSummary(summary);
    if (known) await this.#platform.setBadge(badgeStreak(known, this.#platform.now(), settings));
  }

  #observe(reason: ObserveReason) {
    return this.#runStep(async (at, settings) => ({
      type: 'observe',
      at,
      reason,
      ...(await this.#platform.observe(settings.callsGuard)),
    }));
  }

  /**
   * After a browser start: a prompt whose window or notification is gone (the
   * browser quit, crashed or lost power with it open, and no "closed" event
   * came) is over.
   */
  async #endVanishedPrompt(): Promise<void> {
    const [prompt] = await read(['prompt'] as const);
    if (!prompt) return;
    const still =
      prompt.windowId === null
        ? await this.#platform.notificationShown()
        : await this.#platform.promptWindowOpen(prompt.windowId);
    if (!still) await this.#runStep((at) => ({ type: 'prompt-gone', at }));
  }

  /** The one path every settings change takes, from options or from another synced browser. */
  async #applySettings(settings: Settings, store: boolean): Promise<void> {
    const before = await this.#currentSettings();
    if (store) await this.#platform.storeSettings(settings);
    const today = dayKey(this.#platform.now());
    await transact(['summary'] as const, async ([raw], get) => {
      const summary = readableSummary(raw);
      const forToday =
        summary && settingsForToday(today, await get(dayBucketKey(today)), summary, settings);
      return {
        writes: { settings, settingsReset: undefined, ...forToday?.writes },
        result: undefined,
      };
    });
    await this.#observe('settings');
    if (before.shareHistory !== settings.shareHistory) await this.#sharing(settings);
    await this.#refreshBadge(settings);
  }

  /** Sharing turned on: publish every day; off: take this browser's days out of sync. Then the summary. */
  async #sharing(settings: Settings): Promise<void> {
    const at = this.#platform.now();
    const device = await deviceId(this.#platform.random);
    if (settings.shareHistory) await publishAll(this.#platform.sync, device, at);
    else await unpublish(this.#platform.sync, device);
    await this.#rebuild(settings, at);
  }

  /**
   * Other browsers published days (storage.sync changed). Days the summary
   * keeps as records are replaced; a change to an older day (a browser that
   * was offline for weeks) means folding the streak again from every day.
   */
  async #othersChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    const settings = await this.#currentSettings();
    if (!settings.shareHistory || (await this.#prepare(settings)) === 'newer') return;
    // This browser's own publishing comes back here after every Done: it is
    // told apart by the device id alone, before anything else is read.
    const earliest = changedSince(changes, await deviceId(this.#platform.random));
    if (earliest === null) return;
    const at = this.#platform.now();
    const shared = await this.#shared(settings, at);
    const [raw] = await read(['summary'] as const);
    const summary = readableSummary(raw);
    if (!summary || earliest < summary.from || summary.device !== shared.device) {
      await rebuildSummary(dayContext(settings), at, shared);
    } else {
      await transact([] as const, () => ({
        writes: { summary: withOthers(summary, shared.others) },
        result: undefined,
      }));
    }
    await this.#refreshBadge(settings);
  }

  async #saveSettings(change: Record<string, unknown>): Promise<SaveResult> {
    const result = changeSettings(await this.#currentSettings(), change);
    if (!result.ok) return result;
    await this.#applySettings(result.settings, true);
    return { ok: true };
  }

  /** Settings changed in storage.sync: ours come back here too, and change nothing. */
  async #syncedSettings(value: unknown): Promise<void> {
    const [mirror] = await read(['settings'] as const);
    if (JSON.stringify(mirror) === JSON.stringify(value)) return;
    const { settings, rejected } = readSettings(value);
    await this.#applySettings(settings, false);
    if (rejected.length > 0) {
      await transact([] as const, () => ({
        writes: { settingsReset: rejected },
        result: undefined,
      }));
    }
  }

  async #importEvents(events: StretchEvent[], days: ExportedDay[]): Promise<ImportReply> {
    // The page validated the file; a message that lost its shape on the way merges nothing.
    if (!isWholeHistory(events, days))
      return { ok: false, reason: 'The import did not arrive whole.' };
    const settings = await this.#currentSettings();
    if ((await this.#prepare(settings)) === 'newer') {
      return { ok: false, reason: 'The stored history belongs to a newer Unsit.' };
    }
    const rows = new Map(days.map(({ day, ...snapshot }) => [day, snapshot]));
    const at = this.#platform.now();
    const shared = await this.#shared(settings, at);
    const added = await importHistory(events, rows, dayContext(settings), at, shared);
    if (settings.shareHistory) await publishAll(this.#platform.sync, shared.device, at);
    await this.#refreshBadge(settings);
    return { ok: true, added };
  }

  async #deleteAll(): Promise<void> {
    const p = this.#platform;
    const [prompt] = await read(['prompt'] as const);
    if (prompt?.windowId != null) await p.closeWindow(prompt.windowId);
    await p.setAlarm('tracker', null);
    await p.clearNotification('prompt');
    await p.clearNotification('heads-up');
    const [device] = await read(['device'] as const);
    await unpublish(p.sync, device ?? '');
    await clearAll();
    await p.clearSettings();
    this.#ready = null;
    await p.setBadge(0);
  }

  async #anotherStretch(): Promise<string | null> {
    const settings = await this.#currentSettings();
    return transact(['prompt', 'rotation'] as const, ([prompt, rotation]) => {
      if (!prompt) return { writes: {}, result: null };
      const recent = remember(rotation ?? [], prompt.stretchId);
      const chosen = pickStretch(moveLabels, recent, settings, this.#platform.random);
      if (!chosen || chosen.id === prompt.stretchId) return { writes: {}, result: null };
      return {
        writes: {
          prompt: { ...prompt, stretchId: chosen.id },
          rotation: remember(recent, chosen.id),
        },
        result: chosen.id,
      };
    });
  }

  #step(event: (at: number) => TrackerEvent): Promise<null> {
    return this.#serial(() => this.#runStep(event)).then(() => null);
  }

  // ---- What the browser calls (entrypoints/background/index.ts) ------------

  /** Install, update or browser start: nothing before it is known; alarms may be gone. */
  startup(): Promise<void> {
    return this.#serial(async () => {
      await this.#endVanishedPrompt();
      await this.#observe('startup');
      await this.#refreshBadge(await this.#currentSettings());
    });
  }

  alarm(_name: string) {
    return this.#serial(() => this.#observe('alarm'));
  }

  idleChanged() {
    return this.#serial(() => this.#observe('idle'));
  }

  focusChanged() {
    return this.#serial(() => this.#observe('focus'));
  }

  /**
   * The meeting sites' permission was taken back (the browser's extensions
   * page, or options): the user no longer wants Unsit to look, so the
   * setting turns itself off (and syncs so).
   */
  meetingAccessLost() {
    return this.#serial(async () => {
      const settings = await this.#currentSettings();
      if (settings.callsGuard) await this.#applySettings({ ...settings, callsGuard: false }, true);
    });
  }

  /** A tab closed: with a meeting open, it may have been the call (seen now, not at the next look). */
  tabClosed() {
    return this.#serial(async () => {
      const [tracker] = await read(['tracker'] as const);
      if (tracker?.meetingOpen) await this.#observe('tab');
    });
  }

  /** storage.sync changed: other browsers' days, besides the settings. */
  othersChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    return this.#serial(() => this.#othersChanged(changes));
  }

  settingsSynced(value: unknown) {
    return this.#serial(() => this.#syncedSettings(value));
  }

  windowClosed(windowId: number) {
    return this.#serial(async () => {
      const [prompt] = await read(['prompt'] as const);
      if (prompt?.windowId === windowId)
        await this.#runStep((at) => ({ type: 'answer', at, answer: 'closed' }));
    });
  }

  /** A click on the quiet notification opens its stretch as the prompt window. */
  notificationClicked() {
    return this.#step((at) => ({ type: 'open-notified', at }));
  }

  /**
   * The quiet notification dismissed by the user: like closing the prompt
   * window. One that merely expired (Firefox does not say who closed it)
   * is offered again after the snooze length (core/tracker.ts).
   */
  notificationClosed(byUser: boolean | undefined) {
    return this.#serial(async () => {
      if (byUser !== true) return;
      const [tracker] = await read(['tracker'] as const);
      if (tracker?.phase !== 'prompting' || tracker.promptVia !== 'notification') return;
      await this.#runStep((at) => ({ type: 'answer', at, answer: 'closed' }));
    });
  }

  command(name: string) {
    return this.#step((at) =>
      name === 'snooze-next' ? { type: 'snooze-next', at } : { type: 'stretch-now', at },
    );
  }

  message(message: Message): Promise<unknown> {
    switch (message.type) {
      case 'stretch-now':
        return this.#step((at) => ({ type: 'stretch-now', at }));
      case 'answer':
        return this.#step((at) => ({ type: 'answer', at, answer: message.answer }));
      case 'pause':
        return this.#step((at) => ({ type: 'pause', at, until: pauseEnd(message.length, at) }));
      case 'quiet':
        return this.#step((at) => ({ type: 'quiet', at, until: at + message.minutes * MINUTE }));
      case 'resume':
        return this.#step((at) => ({ type: 'resume', at }));
      case 'another-stretch':
        return this.#serial(() => this.#anotherStretch());
      case 'save-settings':
        return this.#serial(() => this.#saveSettings(message.change));
      case 'import':
        return this.#serial(() => this.#importEvents(message.events, message.days));
      case 'delete-all':
        return this.#serial(() => this.#deleteAll()).then(() => null);
      case 'safety-seen':
        return transact([] as const, () => ({ writes: { safetySeen: true }, result: null }));
    }
  }
}

export function createService(platform: Platform): Service {
  return new Service(platform);
}
