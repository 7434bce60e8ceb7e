/**
 * Everything that comes into the background, as data: browser events, page
 * messages, and what an effect hands back. The pipeline (core/pipeline.ts)
 * takes one at a time.
 */
import type { DayKey } from './days';
import type { ImportedHistory } from './export';

/** Merge: events joined by id, nothing counted twice. Replace: the file's history instead of this one. */
export type ImportMode = 'merge' | 'replace';
import type { IdleState } from './tracker';

export type PauseLength = 'hour' | 'tomorrow';
/** Quiet for a call, in minutes: a due stretch waits for its end. */
export type QuietLength = 30 | 60 | 90;
export const QUIET_LENGTHS: readonly QuietLength[] = [30, 60, 90];

/** What a page asks the background for (lib/messages.ts sends them). */
export type PageMessage =
  | { type: 'stretch-now' }
  /** `felt`: where a Done was felt, from the tap after the session (checked by the rule). */
  | { type: 'answer'; answer: 'done' | 'snooze' | 'skip'; felt?: string }
  | { type: 'another-stretch' }
  | { type: 'pause'; length: PauseLength }
  /** A holiday: paused until the start of `until` (the day the user is back, core/holiday.ts). */
  | { type: 'holiday'; until: DayKey }
  | { type: 'quiet'; minutes: QuietLength }
  /** Ends a pause or a quiet period. */
  | { type: 'resume' }
  /**
   * Only the fields that change; checked once, here. With `partial`, the
   * fields that are fine on their own are saved and the rest refused, in
   * one message.
   */
  | { type: 'save-settings'; change: Record<string, unknown>; partial?: boolean }
  /**
   * A history already parsed and validated by the page that read the file:
   * merged into this browser's by event id, or replacing it; its settings,
   * when sent, restored field by field like any save.
   */
  | ({ type: 'import'; mode?: ImportMode } & ImportedHistory)
  | { type: 'delete-all' }
  | { type: 'safety-seen' }
  /** Takes back the last Done or Skip (for UNDO_MS after it). */
  | { type: 'undo' };

export type BrowserInput =
  /** Install, update or browser start: nothing before it is known, alarms may be gone. */
  | { type: 'startup' }
  | { type: 'alarm' }
  | { type: 'idle' }
  | { type: 'focus' }
  | { type: 'tab-closed' }
  | { type: 'window-closed'; windowId: number }
  | { type: 'notification-clicked' }
  /** Chromium says whether the user dismissed it; Firefox does not (then nothing happens). */
  | { type: 'notification-closed'; byUser: boolean }
  | { type: 'command'; name: string }
  /** The meeting sites' permission was taken back (the extensions page, or options). */
  | { type: 'meeting-access-lost' }
  /** `storage.sync`'s settings changed (another browser, or this one's own write coming back). */
  | { type: 'settings-synced'; value: unknown }
  /** The organisation's policy (`storage.managed`) changed: read it again (core/policy.ts). */
  | { type: 'policy-changed' }
  /** Day items in `storage.sync` changed: key → old and new value. */
  | { type: 'others-synced'; changes: Record<string, { oldValue?: unknown; newValue?: unknown }> };

/** What the pipeline asks itself to do next, and what an effect hands back. */
export type FollowUp =
  /**
   * Look now: a tab closed while a meeting was open (it may have been the
   * call), or settings from another browser arrived.
   */
  | { type: 'look'; reason: 'tab' | 'settings' }
  /** The prompt window opened: its id (null when the browser refused). */
  | { type: 'prompt-opened'; windowId: number | null }
  /** Sharing was turned on or off: publish or withdraw every day, and build the summary again. */
  | { type: 'sharing-changed' }
  /** The summary is built again with what other browsers shared. */
  | { type: 'sync-refresh' }
  | { type: 'sync-refused'; reason: string }
  | { type: 'sync-written' };

export type Input = PageMessage | BrowserInput | FollowUp;
export type InputType = Input['type'];

/** Presence and "not now" signals at one moment. */
export interface Observation {
  idle: IdleState;
  focused: boolean;
  /** A fullscreen window or an audible tab. */
  busy: boolean;
  /** A meeting tab is open (seen only with the meeting sites' permission). */
  meeting: boolean;
  /** A meeting tab made a sound in the last seconds (a silent call page is a call that ended). */
  meetingHeard?: boolean;
  /** No input for the last 15 seconds (PAUSE_DETECTION_MS): a pause in the user's work. */
  paused?: boolean;
  /** The active tab of the last focused window (its id only: no `tabs` permission needed). */
  tab?: number | null;
}

/** What a browser start finds: the prompt windows still open, the quiet notification, the synced settings. */
export interface StartFacts {
  promptWindows: number[];
  notificationShown: boolean;
  syncedSettings: unknown;
}

/** What the background gathers from the browser before the step, as the input needs (`GATHERS`). */
export interface Gathered {
  observation?: Observation;
  start?: StartFacts;
  /** Every item in `storage.sync` (other browsers' days). */
  syncItems?: Record<string, unknown>;
  /**
   * Normal browser windows still open when the prompt window closed: none
   * means the browser itself is closing, which is no answer (#24, item 6).
   */
  browserWindows?: number;
  /**
   * `storage.managed` as the browser holds it (`{}` with no policy); null
   * when it cannot be read (no managed storage, as in Firefox without
   * policies): then what was stored stays.
   */
  policy?: Record<string, unknown> | null;
}

export type Gather = keyof Gathered;

const OBSERVE: readonly Gather[] = ['observation'];

/** For each input, what must be read from the browser first; nothing for the rest. */
export const GATHERS: Partial<Record<InputType, readonly Gather[]>> = {
  startup: ['observation', 'start', 'policy'],
  'policy-changed': ['observation', 'policy'],
  alarm: OBSERVE,
  idle: OBSERVE,
  focus: OBSERVE,
  look: OBSERVE,
  'save-settings': OBSERVE,
  'meeting-access-lost': OBSERVE,
  'others-synced': ['syncItems'],
  'sharing-changed': ['syncItems'],
  'sync-refresh': ['syncItems'],
  import: ['syncItems'],
  'window-closed': ['browserWindows'],
};
