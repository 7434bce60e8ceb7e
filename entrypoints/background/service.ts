/**
 * The background's one service: turns browser events into tracker steps and
 * the tracker's decisions into alarms, windows, notifications and writes.
 * Everything it touches outside itself comes through `Platform`, so tests
 * drive it with fakes and the e2e build with a virtual clock.
 */
import { catalog } from '@/content/catalog';
import { dayKey } from '@/core/days';
import {
  addToDays,
  markBrowsed,
  mergeImport,
  newEventId,
  readableDays,
  type DayContext,
  type ExportedDay,
  type StretchEvent,
} from '@/core/history';
import { migrate, SCHEMA_VERSION } from '@/core/migrate';
import { pickStretch, remember } from '@/core/rotation';
import { changeSettings, readSettings, type Settings } from '@/core/settings';
import { summarize } from '@/core/streaks';
import { DAY } from '@/core/time';
import {
  initialTracker,
  step,
  type Effect,
  type IdleState,
  type TrackerEvent,
  type TrackerState,
} from '@/core/tracker';
import { parseTracker } from '@/core/tracker-schema';
import { quarantineWrites, read, transact, clearAll, type Writes } from '@/lib/db';
import type { ImportResult, Message, PauseLength, SaveResult } from '@/lib/messages';

export interface Observation {
  idle: IdleState;
  focused: boolean;
  busy: boolean;
}

export type ObserveReason = Extract<TrackerEvent, { type: 'observe' }>['reason'];

export interface Platform {
  now(): number;
  /** Presence and "not now" signals at this moment. */
  observe(): Promise<Observation>;
  /** Keeps exactly one alarm of this name at `at`, or none for null. */
  setAlarm(name: AlarmName, at: number | null): Promise<void>;
  /** Focuses the window if it still exists; false when it does not. */
  focusWindow(windowId: number): Promise<boolean>;
  openPromptWindow(): Promise<number | null>;
  closeWindow(windowId: number): Promise<void>;
  notify(kind: 'prompt' | 'heads-up', dueAt?: number): Promise<void>;
  clearNotification(kind: 'prompt' | 'heads-up'): Promise<void>;
  setBadge(streak: number): Promise<void>;
  loadSettings(): Promise<Settings>;
  storeSettings(settings: Settings): Promise<void>;
  clearSettings(): Promise<void>;
  /** [0, 1), like Math.random. */
  random: () => number;
}

export type AlarmName = 'tracker' | 'midnight';

/** Runs tasks one after another: each reads, steps and writes without interleaving. */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** True when stored history does not have the shape it must have. */
function historyDamaged(events: unknown, days: unknown): boolean {
  if (events !== undefined && !Array.isArray(events)) return true;
  if (days === undefined) return false;
  if (typeof days !== 'object' || days === null) return true;
  return Object.keys(readableDays(days)).length !== Object.keys(days).length;
}

function dayContext(s: Settings): DayContext {
  return { dailyGoal: s.dailyGoal, workDays: s.workDays };
}

function nextMidnight(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 1).getTime();
}

export function createService(platform: Platform) {
  const serial = queue();
  let ready: Promise<void> | null = null;

  /** Migrates stored history once per worker start. */
  function prepare(settings: Settings): Promise<void> {
    ready ??= transact(
      ['meta', 'events', 'days', 'quarantine'] as const,
      ([meta, events, days, list]) => {
        const at = platform.now();
        const result = migrate({ meta, events, days }, dayContext(settings));
        if (result.tooNew || !result.changed) return { writes: {}, result: undefined };
        let writes: Partial<Writes> = {
          meta: result.meta,
          events: result.events,
          days: result.days,
        };
        let quarantine = list;
        for (const q of result.quarantined) {
          const w = quarantineWrites(quarantine, q.key, q.value, q.reason, at);
          quarantine = w.quarantine;
          writes = { ...writes, ...w };
        }
        return { writes, result: undefined };
      },
    ).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  async function settingsNow(): Promise<Settings> {
    const [mirror] = await read(['settings'] as const);
    if (mirror !== undefined) {
      const checked = readSettings(mirror);
      if (checked.rejected.length === 0) return checked.settings;
    }
    // No mirror yet, or a damaged one: the synced settings are the source.
    const settings = await platform.loadSettings();
    await transact([] as const, () => ({ writes: { settings }, result: undefined }));
    return settings;
  }

  /** One tracker step: read, decide, write atomically, then act. */
  async function advance(makeEvent: (at: number) => Promise<TrackerEvent> | TrackerEvent) {
    const settings = await settingsNow();
    await prepare(settings);
    const event = await makeEvent(platform.now());
    const ctx = dayContext(settings);
    const outcome = await transact(
      ['tracker', 'prompt', 'rotation', 'days', 'recent', 'quarantine'] as const,
      async ([rawTracker, prompt, rotation, days, recent, list], get) => {
        let writes: Partial<Writes> = {};
        let tracker = parseTracker(rawTracker);
        if (!tracker) {
          if (rawTracker !== undefined) {
            writes = quarantineWrites(
              list,
              'tracker',
              rawTracker,
              'unreadable tracker state',
              event.at,
            );
          }
          tracker = initialTracker(event.at, settings);
        }
        const result = step(tracker, event, settings);
        writes.tracker = result.state;
        // The event log (years of it) is read only when this step adds to it
        // or the day records need rebuilding from it, not on every wake-up.
        const recording = result.effects.some((e) => e.type === 'record');
        const events =
          recording || historyDamaged(undefined, days) ? await get('events') : undefined;
        let history = { events: events ?? [], days: days ?? {}, recent: recent ?? [] };
        let historyChanged = false;
        let eventsChanged = false;
        // A cheap shape check on every step; a damaged value is repaired by
        // the migration's validation, with what it cannot read set aside.
        if (historyDamaged(events, days)) {
          const repaired = migrate({ meta: { schemaVersion: SCHEMA_VERSION }, events, days }, ctx);
          if (!repaired.tooNew) {
            history = { ...history, events: repaired.events, days: repaired.days };
            historyChanged = true;
            eventsChanged = true;
            let quarantine = writes.quarantine ?? list;
            for (const q of repaired.quarantined) {
              const w = quarantineWrites(quarantine, q.key, q.value, q.reason, event.at);
              quarantine = w.quarantine;
              writes = { ...writes, ...w };
            }
          }
        }
        let openPrompt = prompt ?? null;
        for (const effect of result.effects) {
          if (effect.type === 'record') {
            const e: StretchEvent = {
              id: newEventId(effect.at, platform.random),
              at: effect.at,
              kind: effect.kind,
              stretchId: openPrompt?.stretchId ?? prompt?.stretchId ?? null,
            };
            history = {
              events: [...history.events, e],
              days: addToDays(history.days, [e], ctx),
              recent:
                e.kind === 'done'
                  ? [{ at: e.at, stretchId: e.stretchId }, ...history.recent].slice(0, 3)
                  : history.recent,
            };
            historyChanged = true;
            eventsChanged = true;
          } else if (effect.type === 'browsed') {
            const next = markBrowsed(history.days, effect.day, ctx);
            if (next !== history.days) {
              history = { ...history, days: next };
              historyChanged = true;
            }
          } else if (effect.type === 'open-prompt' || effect.type === 'notify') {
            if (!openPrompt) {
              const chosen = pickStretch(catalog, rotation ?? [], settings, platform.random);
              if (chosen) {
                openPrompt = { stretchId: chosen.id, windowId: null, openedAt: event.at };
                writes.rotation = remember(rotation ?? [], chosen.id);
              }
            }
          } else if (effect.type === 'close-prompt') {
            openPrompt = null;
          }
        }
        if (result.state.phase !== 'prompting') openPrompt = null;
        if (openPrompt !== (prompt ?? null)) writes.prompt = openPrompt;
        if (historyChanged) {
          if (eventsChanged) writes.events = history.events;
          writes.days = history.days;
          writes.recent = history.recent;
        }
        return {
          writes,
          result: {
            step: result,
            before: prompt ?? null,
            after: openPrompt,
            historyChanged,
            days: history.days,
          },
        };
      },
    );
    await act(outcome.step.effects, outcome.before, outcome.after, outcome.step.alarmAt);
    if (outcome.historyChanged) await updateBadge(settings, outcome.days);
    return outcome.step.state;
  }

  async function act(
    effects: Effect[],
    before: { windowId: number | null } | null,
    after: { windowId: number | null; stretchId: string } | null,
    alarmAt: number | null,
  ) {
    await platform.setAlarm('tracker', alarmAt);
    for (const effect of effects) {
      switch (effect.type) {
        case 'open-prompt':
          await showPromptWindow(after);
          break;
        case 'close-prompt':
          if (before?.windowId != null) await platform.closeWindow(before.windowId);
          await platform.clearNotification('prompt');
          break;
        case 'notify':
          await platform.notify('prompt');
          break;
        case 'heads-up':
          await platform.notify('heads-up', effect.dueAt);
          break;
        case 'record':
        case 'browsed':
          break;
      }
    }
  }

  /** One prompt window at a time: focus the open one, or open it and remember its id. */
  async function showPromptWindow(prompt: { windowId: number | null } | null) {
    if (!prompt) return;
    if (prompt.windowId !== null && (await platform.focusWindow(prompt.windowId))) return;
    const windowId = await platform.openPromptWindow();
    await transact(['prompt'] as const, ([current]) => ({
      writes: current ? { prompt: { ...current, windowId } } : {},
      result: undefined,
    }));
  }

  async function updateBadge(settings: Settings, days?: Awaited<ReturnType<typeof readDays>>) {
    const known = days ?? (await readDays());
    const today = dayKey(platform.now());
    const summary = summarize(known, today, {
      todayGoal: settings.dailyGoal,
      todayWorkday: settings.workDays.includes(new Date(platform.now()).getDay()),
    });
    await platform.setBadge(summary.current);
  }

  async function readDays() {
    const [days] = await read(['days'] as const);
    return days ?? {};
  }

  function observe(reason: ObserveReason) {
    return serial(() =>
      advance(async (at) => ({ type: 'observe', at, reason, ...(await platform.observe()) })),
    );
  }

  function pauseUntil(length: PauseLength, at: number): number {
    if (length === 'hour') return at + DAY / 24;
    const d = new Date(at);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }

  /**
   * Mirrors settings for the pages, and lets a new daily goal or working-day
   * choice apply to today as well (past days keep what they had).
   */
  async function keepSettings(settings: Settings): Promise<void> {
    const today = dayKey(platform.now());
    await transact(['days'] as const, ([days]) => {
      const record = days?.[today];
      const workday = settings.workDays.includes(new Date(platform.now()).getDay());
      const writes: Partial<Writes> = { settings };
      if (days && record && (record.goal !== settings.dailyGoal || record.workday !== workday)) {
        writes.days = { ...days, [today]: { ...record, goal: settings.dailyGoal, workday } };
      }
      return { writes, result: undefined };
    });
    await updateBadge(settings);
  }

  async function saveSettings(change: Partial<Settings>): Promise<SaveResult> {
    const current = await settingsNow();
    const result = changeSettings(current, change);
    if (!result.ok) return result;
    await platform.storeSettings(result.settings);
    await keepSettings(result.settings);
    await advance(async (at) => ({
      type: 'observe',
      at,
      reason: 'settings',
      ...(await platform.observe()),
    }));
    return { ok: true };
  }

  /**
   * Merges a history the options page has parsed and validated (parsing
   * stays out of the worker to keep it small); atomic, merged by event id.
   */
  async function importHistory(parsed: {
    events: StretchEvent[];
    days: ExportedDay[];
  }): Promise<ImportResult> {
    if (!Array.isArray(parsed.events) || !Array.isArray(parsed.days)) {
      return { ok: false, reason: 'The import did not arrive whole.' };
    }
    const settings = await settingsNow();
    await prepare(settings);
    const added = await transact(['events', 'days'] as const, ([events, days]) => {
      const merged = mergeImport(
        { events: events ?? [], days: days ?? {} },
        { events: parsed.events, days: parsed.days },
        dayContext(settings),
      );
      return { writes: { events: merged.events, days: merged.days }, result: merged.added };
    });
    await updateBadge(settings);
    return { ok: true, added };
  }

  async function deleteAll(): Promise<void> {
    const [prompt] = await read(['prompt'] as const);
    if (prompt?.windowId != null) await platform.closeWindow(prompt.windowId);
    await platform.setAlarm('tracker', null);
    await clearAll();
    await platform.clearSettings();
    ready = null;
    await platform.setBadge(0);
  }

  return {
    /** Install, update or browser start: nothing before it is known; alarms may be gone. */
    startup: () =>
      serial(async () => {
        await advance(async (at) => ({
          type: 'observe',
          at,
          reason: 'startup',
          ...(await platform.observe()),
        }));
        await platform.setAlarm('midnight', nextMidnight(platform.now()));
        await updateBadge(await settingsNow());
      }),
    alarm: (name: string) =>
      name === 'midnight'
        ? serial(async () => {
            await platform.setAlarm('midnight', nextMidnight(platform.now()));
            await updateBadge(await settingsNow());
          })
        : observe('alarm'),
    idleChanged: () => observe('idle'),
    focusChanged: () => observe('focus'),
    settingsChanged: (settings: Settings) =>
      serial(async () => {
        await keepSettings(settings);
        await advance(async (at) => ({
          type: 'observe',
          at,
          reason: 'settings',
          ...(await platform.observe()),
        }));
      }),
    windowClosed: (windowId: number) =>
      serial(async () => {
        const [prompt] = await read(['prompt'] as const);
        if (prompt?.windowId !== windowId) return;
        await advance((at) => ({ type: 'answer', at, answer: 'closed' }));
      }),
    /** A click on the quiet notification opens the prompt window. */
    notificationClicked: () => serial(() => advance((at) => ({ type: 'stretch-now', at }))),
    /**
     * The quiet notification dismissed by the user: like closing the prompt
     * window. One that merely expired (Firefox does not say who closed it)
     * leaves the stretch waiting in the popup until answered or until a
     * natural break starts a new cycle.
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
    message: (message: Message): Promise<unknown> => {
      switch (message.type) {
        case 'stretch-now':
          return serial(() => advance((at) => ({ type: 'stretch-now', at }))).then(() => null);
        case 'answer':
          return serial(() =>
            advance((at) => ({ type: 'answer', at, answer: message.answer })),
          ).then(() => null);
        case 'pause':
          return serial(() =>
            advance((at) => ({ type: 'pause', at, until: pauseUntil(message.length, at) })),
          ).then(() => null);
        case 'resume':
          return serial(() => advance((at) => ({ type: 'resume', at }))).then(() => null);
        case 'another-stretch':
          return serial(() => anotherStretch());
        case 'save-settings':
          return serial(() => saveSettings(message.change));
        case 'import':
          return serial(() => importHistory(message));
        case 'delete-all':
          return serial(() => deleteAll()).then(() => null);
        case 'safety-seen':
          return transact([] as const, () => ({ writes: { safetySeen: true }, result: null }));
      }
    },
  };

  async function anotherStretch(): Promise<string | null> {
    const settings = await settingsNow();
    return transact(['prompt', 'rotation'] as const, ([prompt, rotation]) => {
      if (!prompt) return { writes: {}, result: null };
      const chosen = pickStretch(catalog, rotation ?? [], settings, platform.random);
      if (!chosen) return { writes: {}, result: null };
      return {
        writes: {
          prompt: { ...prompt, stretchId: chosen.id },
          rotation: remember(rotation ?? [], chosen.id),
        },
        result: chosen.id,
      };
    });
  }
}

export type Service = ReturnType<typeof createService>;
export type { TrackerState };
