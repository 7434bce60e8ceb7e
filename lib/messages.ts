/**
 * Messages from pages to the background, typed both ways, with a failure
 * path. Hand-written rather than a messaging library: the union of requests
 * lives in core/inputs.ts, the replies here, and sending is one function on
 * top of the promise-based runtime API the polyfill provides.
 *
 * A message can be lost: the browser stops an idle worker, and one stopped
 * while it handled a message answers nothing (the reply is undefined, or the
 * promise is rejected: "message port closed", "receiving end does not
 * exist"). Every request is safe to send again (an answer counts once, an
 * import merges by event id, a save sets the same values), so `send` tries
 * once more, and then says it was lost: the page shows it and offers to try
 * again.
 */
import { browser } from 'wxt/browser';
import type { PageMessage } from '@/core/inputs';
import type { SettingKey, SettingsErrors } from '@/core/settings';

export type { PageMessage as Message, PauseLength, QuietLength } from '@/core/inputs';
export { QUIET_LENGTHS } from '@/core/inputs';

export type SaveResult =
  | { ok: true; saved: SettingKey[] }
  /** `saved`: the fields that were saved all the same (a partial save). */
  | { ok: false; errors: SettingsErrors; saved: SettingKey[]; newer?: boolean };
/** The background's answer to an import: how many events were new, or why nothing was merged. */
export type ImportReply =
  | {
      ok: true;
      added: number;
      /** The file's settings that were restored, and those refused (they kept their value). */
      settingsSaved?: SettingKey[];
      settingsRefused?: SettingKey[];
    }
  | { ok: false; reason: string };

export interface Replies {
  'stretch-now': null;
  answer: null;
  'another-stretch': string | null;
  pause: null;
  holiday: null;
  quiet: null;
  resume: null;
  'save-settings': SaveResult;
  import: ImportReply;
  'delete-all': null;
  'safety-seen': null;
  undo: { ok: true; undone: 'done' | 'skipped' } | { ok: false };
}

/** What came back: the reply, or nothing (the message was lost twice). */
export type Delivery<R> = { delivered: true; reply: R } | { delivered: false; error: string };

const PAGE_MESSAGES: ReadonlySet<string> = new Set<keyof Replies>([
  'stretch-now',
  'answer',
  'another-stretch',
  'pause',
  'holiday',
  'quiet',
  'resume',
  'save-settings',
  'import',
  'delete-all',
  'safety-seen',
  'undo',
]);

/** How long to wait before the second try: the browser starts the worker again meanwhile. */
const RETRY_AFTER_MS = 300;

type Transport = (message: PageMessage) => Promise<unknown>;
const runtimeSend: Transport = (message) => browser.runtime.sendMessage(message);

export async function send<M extends PageMessage>(
  message: M,
  transport: Transport = runtimeSend,
): Promise<Delivery<Replies[M['type']]>> {
  let error = 'no reply';
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    try {
      const reply = await transport(message);
      // Every reply is a value (null for "done"); undefined means nobody answered.
      if (reply !== undefined) return { delivered: true, reply: reply as Replies[M['type']] };
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  return { delivered: false, error };
}

/** A message a page may send (the background's own follow-ups are not among them). */
export function isPageMessage(value: unknown): value is PageMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    PAGE_MESSAGES.has(String((value as { type?: unknown }).type))
  );
}
