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
import type { DaySnapshot, StretchEvent } from '@/core/history';
import { pickStretch, remember } from '@/core/rotation';
import { changeSettings, readSettings, type Settings } from '@/core/settings';
import { isWholeHistory } from '@/core/history-schema';
import { dayBucketKey } from '@/core/stored';
import { buildSummary, readableSummary } from '@/core/summary';
import { DAY } from '@/core/time';
import type { IdleState, TrackerEvent, TrackerState } from '@/core/tracker';
import { clearAll, read, transact } from '@/lib/db';
import type { ImportReply, Message, PauseLength, SaveResult } from '@/lib/messages';
import { importHistory, prepareHistory, rebuildSummary, type Readiness } from './history-store';

export interface Observation {
  idle: IdleState;
  focused: boolean;
  busy: boolean;
}

export type ObserveReason = Extract<TrackerEvent, { type: 'observe' }>['reason'];
export type AlarmName = 'tracker';

export interface Platform {
  now(): number;
  /** Presence and "not now" signals at this moment. */
  observe(): Promise<Observation>;
  /** Keeps exactly one alarm of this name at `at`, or none for null. */
  setAlarm(name: AlarmName, at: number | null): Promise<void>;
  /** Focuses the window if it still exists; false when it does not. */
  focusWindow(windowId: number): Promise<boolean>;
  /** Whether the prompt page is still open in that window (after a browser start it never is). */
  promptWindowOpen(windowId: number): Promise<boolean>;
  /** Whether the quiet notification is still on screen. */
  notificationShown(): Promise<boolean>;
  openPromptWindow(): Promise<number | null>;
  closeWindow(windowId: number): Promise<void>;
  notify(kind: 'prompt' | 'heads-up', dueAt?: number): Promise<void>;
  clearNotification(kind: 'prompt' | 'heads-up'): Promise<void>;
  setBadge(streak: number): Promise<void>;
  /** The synced settings, salvaged field by field, with the fields that fell back. */
  loadSettings(): Promise<{ settings: Settings; rejected: string[] }>;
  storeSettings(settings: Settings): Promise<void>;
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

export function createService(platform: Platform) {
  const serial = queue();
  let ready: Promise<Readiness> | null = null;

  /** The settings mirror, or the synced settings when the mirror is missing or damaged. */
  async function currentSettings(): Promise<Settings> {
    const [mirror] = await read(['settings'] as const);
    if (mirror !== undefined) {
      const checked = readSettings(mirror);
      if (checked.rejected.length === 0) return checked.settings;
    }
    const { settings, rejected } = await platform.loadSettings();
    await transact([] as const, () => ({
      writes: rejected.length > 0 ? { settings, settingsReset: rejected } : { settings },
      result: undefined,
    }));
    return settings;
  }

  /** Once per worker start: the stored version (moving older history), then the summary. */
  function prepare(settings: Settings): Promise<Readiness> {
    ready ??= (async () => {
      const readiness = await prepareHistory(dayContext(settings), () => platform.now());
      if (readiness === 'ready') {
        const [summary] = await read(['summary'] as const);
        if (!readableSummary(summary)) await rebuildSummary(dayContext(settings), platform.now());
      }
      return readiness;
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  /** One tracker step: read, decide, write atomically, then act. Null when history is a newer Unsit's. */
  async function advance(
    makeEvent: (at: number) => Promise<TrackerEvent> | TrackerEvent,
  ): Promise<TrackerState | null> {
    const settings = await currentSettings();
    if ((await prepare(settings)) === 'newer') return null;
    const event = await makeEvent(platform.now());
    const ctx = { settings, library: moveLabels, random: platform.random };
    const applied = await transact(
      ['tracker', 'prompt', 'rotation', 'quarantine'] as const,
      async ([tracker, prompt, rotation, quarantine], get) => {
        const input: StepInput = { tracker, prompt, rotation, quarantine };
        for (;;) {
          const out = applyStep(input, event, ctx);
          if (!('need' in out)) return { writes: out.writes, result: out };
          const summary = readableSummary(await get('summary'));
          input.history = {
            day: out.need,
            bucket: await get(dayBucketKey(out.need)),
            summary: summary ?? buildSummary({}, [], out.need),
          };
        }
      },
    );
    if (applied.rebuildSummary) {
      await rebuildSummary(dayContext(settings), event.at);
      await refreshBadge(settings);
    }
    await perform(applied.actions);
    return applied.state;
  }

  async function perform(actions: readonly Action[]): Promise<void> {
    for (const action of actions) {
      switch (action.type) {
        case 'alarm':
          await platform.setAlarm('tracker', action.at);
          break;
        case 'show-prompt':
          await showPromptWindow(action.windowId);
          break;
        case 'close-window':
          await platform.closeWindow(action.windowId);
          break;
        case 'notify':
          await platform.notify(action.kind, action.dueAt);
          break;
        case 'clear-notification':
          await platform.clearNotification(action.kind);
          break;
        case 'badge':
          await platform.setBadge(action.streak);
          break;
      }
    }
  }

  /** One prompt window at a time: focus the open one, or open it and remember its id. */
  async function showPromptWindow(windowId: number | null): Promise<void> {
    if (windowId !== null && (await platform.focusWindow(windowId))) return;
    const opened = await platform.openPromptWindow();
    await transact(['prompt'] as const, ([current]) => ({
      writes: current ? { prompt: { ...current, windowId: opened } } : {},
      result: undefined,
    }));
  }

  async function refreshBadge(settings: Settings): Promise<void> {
    const [summary] = await read(['summary'] as const);
    const known = readableSummary(summary);
    if (known) await platform.setBadge(badgeStreak(known, platform.now(), settings));
  }

  const observe = (reason: ObserveReason) =>
    advance(async (at) => ({ type: 'observe', at, reason, ...(await platform.observe()) }));

  /**
   * After a browser start: a prompt whose window or notification is gone (the
   * browser quit, crashed or lost power with it open, and no "closed" event
   * came) is over.
   */
  async function endVanishedPrompt(): Promise<void> {
    const [prompt] = await read(['prompt'] as const);
    if (!prompt) return;
    const still =
      prompt.windowId === null
        ? await platform.notificationShown()
        : await platform.promptWindowOpen(prompt.windowId);
    if (!still) await advance((at) => ({ type: 'prompt-gone', at }));
  }

  /** The one path every settings change takes, from options or from another synced browser. */
  async function applySettings(settings: Settings, store: boolean): Promise<void> {
    if (store) await platform.storeSettings(settings);
    const today = dayKey(platform.now());
    await transact(['summary'] as const, async ([raw], get) => {
      const summary = readableSummary(raw);
      const forToday =
        summary && settingsForToday(today, await get(dayBucketKey(today)), summary, settings);
      return {
        writes: { settings, settingsReset: undefined, ...forToday?.writes },
        result: undefined,
      };
    });
    await observe('settings');
    await refreshBadge(settings);
  }

  async function saveSettings(change: Record<string, unknown>): Promise<SaveResult> {
    const result = changeSettings(await currentSettings(), change);
    if (!result.ok) return result;
    await applySettings(result.settings, true);
    return { ok: true };
  }

  /** Settings changed in storage.sync: ours come back here too, and change nothing. */
  async function settingsSynced(value: unknown): Promise<void> {
    const [mirror] = await read(['settings'] as const);
    if (JSON.stringify(mirror) === JSON.stringify(value)) return;
    const { settings, rejected } = readSettings(value);
    await applySettings(settings, false);
    if (rejected.length > 0) {
      await transact([] as const, () => ({
        writes: { settingsReset: rejected },
        result: undefined,
      }));
    }
  }

  async function importEvents(events: StretchEvent[], days: (DaySnapshot & { day: string })[]) {
    // The page validated the file; a message that lost its shape on the way merges nothing.
    if (!isWholeHistory(events, days))
      return { ok: false, reason: 'The import did not arrive whole.' } satisfies ImportReply;
    const settings = await currentSettings();
    if ((await prepare(settings)) === 'newer') {
      return {
        ok: false,
        reason: 'The stored history belongs to a newer Unsit.',
      } satisfies ImportReply;
    }
    const rows = new Map(days.map(({ day, ...snapshot }) => [day, snapshot]));
    const added = await importHistory(events, rows, dayContext(settings), platform.now());
    await refreshBadge(settings);
    return { ok: true, added } satisfies ImportReply;
  }

  async function deleteAll(): Promise<void> {
    const [prompt] = await read(['prompt'] as const);
    if (prompt?.windowId != null) await platform.closeWindow(prompt.windowId);
    await platform.setAlarm('tracker', null);
    await platform.clearNotification('prompt');
    await platform.clearNotification('heads-up');
    await clearAll();
    await platform.clearSettings();
    ready = null;
    await platform.setBadge(0);
  }

  async function anotherStretch(): Promise<string | null> {
    const settings = await currentSettings();
    return transact(['prompt', 'rotation'] as const, ([prompt, rotation]) => {
      if (!prompt) return { writes: {}, result: null };
      const recent = remember(rotation ?? [], prompt.stretchId);
      const chosen = pickStretch(moveLabels, recent, settings, platform.random);
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

  function onMessage(message: Message): Promise<unknown> {
    const step = (event: (at: number) => TrackerEvent) =>
      serial(() => advance(event)).then(() => null);
    switch (message.type) {
      case 'stretch-now':
        return step((at) => ({ type: 'stretch-now', at }));
      case 'answer':
        return step((at) => ({ type: 'answer', at, answer: message.answer }));
      case 'pause':
        return step((at) => ({ type: 'pause', at, until: pauseEnd(message.length, at) }));
      case 'resume':
        return step((at) => ({ type: 'resume', at }));
      case 'another-stretch':
        return serial(anotherStretch);
      case 'save-settings':
        return serial(() => saveSettings(message.change));
      case 'import':
        return serial(() => importEvents(message.events, message.days));
      case 'delete-all':
        return serial(deleteAll).then(() => null);
      case 'safety-seen':
        return transact([] as const, () => ({ writes: { safetySeen: true }, result: null }));
    }
  }

  return {
    /** Install, update or browser start: nothing before it is known; alarms may be gone. */
    startup: () =>
      serial(async () => {
        await endVanishedPrompt();
        await observe('startup');
        await refreshBadge(await currentSettings());
      }),
    alarm: (_name: string) => serial(() => observe('alarm')),
    idleChanged: () => serial(() => observe('idle')),
    focusChanged: () => serial(() => observe('focus')),
    settingsSynced: (value: unknown) => serial(() => settingsSynced(value)),
    windowClosed: (windowId: number) =>
      serial(async () => {
        const [prompt] = await read(['prompt'] as const);
        if (prompt?.windowId === windowId)
          await advance((at) => ({ type: 'answer', at, answer: 'closed' }));
      }),
    /** A click on the quiet notification opens its stretch as the prompt window. */
    notificationClicked: () => serial(() => advance((at) => ({ type: 'open-notified', at }))),
    /**
     * The quiet notification dismissed by the user: like closing the prompt
     * window. One that merely expired (Firefox does not say who closed it)
     * is offered again after the snooze length (core/tracker.ts).
     */
    notificationClosed: (byUser: boolean | undefined) =>
      serial(async () => {
        if (byUser !== true) return;
        const [tracker] = await read(['tracker'] as const);
        if (tracker?.phase !== 'prompting' || tracker.promptVia !== 'notification') return;
        await advance((at) => ({ type: 'answer', at, answer: 'closed' }));
      }),
    command: (name: string) =>
      serial(() =>
        advance((at) =>
          name === 'snooze-next' ? { type: 'snooze-next', at } : { type: 'stretch-now', at },
        ),
      ),
    message: onMessage,
  };
}

export type Service = ReturnType<typeof createService>;
