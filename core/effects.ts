/**
 * What the background does after a step has written its writes: one list,
 * each kind with one executor (entrypoints/background/platform.ts). A rule in
 * core/ emits them as data; nothing decides again while carrying them out.
 * An executor may hand back an input that goes through the pipeline next
 * (the id of a window it opened, a write the browser refused).
 */
import type { PromptView } from './prompt-view';
import type { Settings } from './settings';

export type NotificationKind = 'prompt' | 'heads-up';

/** Settings as they travel through `storage.sync`, with the browser that wrote them. */
export type SyncedSettings = Settings & { writer: string };

export type Effect =
  /** Keep exactly one alarm at `at`, or none. */
  | { type: 'alarm'; at: number | null }
  /** Focus the prompt window if it still exists, else open one showing `view`. */
  /**
   * `asked`: the user asked for it (Stretch now, the notification): the window
   * may take the keyboard. A due stretch never does (issue #22).
   */
  | { type: 'show-prompt'; windowId: number | null; view: PromptView; asked: boolean }
  | { type: 'close-window'; windowId: number }
  | { type: 'notify'; kind: NotificationKind; dueAt?: number }
  | { type: 'clear-notification'; kind: NotificationKind }
  | { type: 'badge'; streak: number }
  /** The settings to other browsers, through `storage.sync`. */
  | { type: 'sync-settings'; settings: SyncedSettings }
  | { type: 'clear-synced-settings' }
  /** This browser's day items to `storage.sync`; `retry` after one was refused. */
  | { type: 'sync-set'; items: Record<string, string>; retry: boolean }
  /**
   * Give back every meeting site's permission: one site taken back (Firefox
   * has a switch per site) turns the feature off, and off holds none (#28.12).
   */
  | { type: 'drop-meeting-access' }
  /** How soon the idle API reports the user idle: 15 s while a stretch waits for a pause, else 60 (#27). */
  | { type: 'idle-detection'; seconds: number }
  /** Every item of this device out of `storage.sync`. */
  | { type: 'sync-unpublish'; device: string }
  /** History from an older Unsit is moved (in steps of its own), then the input runs again. */
  | { type: 'migrate'; dailyGoal: number; workDays: number[] };

export type EffectType = Effect['type'];
