/**
 * Messages from pages to the background. Hand-written rather than a
 * messaging library: a union type and two small functions cover it, on top
 * of the promise-based runtime API the polyfill already provides.
 */
import { browser } from 'wxt/browser';
import type { ImportedHistory } from '@/core/export';
import type { SettingsErrors } from '@/core/settings';

export type PauseLength = 'hour' | 'tomorrow';
/** Quiet for a call, in minutes: a due stretch waits for its end. */
export type QuietLength = 30 | 60 | 90;
export const QUIET_LENGTHS: readonly QuietLength[] = [30, 60, 90];

export type Message =
  | { type: 'stretch-now' }
  | { type: 'answer'; answer: 'done' | 'snooze' | 'skip' }
  | { type: 'another-stretch' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'quiet'; minutes: QuietLength }
  /** Ends a pause or a quiet period. */
  | { type: 'resume' }
  /** Only the fields that change; the background validates them once. */
  | { type: 'save-settings'; change: Record<string, unknown> }
  /** A history already parsed and validated by the page that read the file. */
  | ({ type: 'import' } & ImportedHistory)
  | { type: 'delete-all' }
  | { type: 'safety-seen' };

export type SaveResult = { ok: true } | { ok: false; errors: SettingsErrors };
/** The background's answer to an import: how many events were new, or why nothing was merged. */
export type ImportReply = { ok: true; added: number } | { ok: false; reason: string };

export interface Replies {
  'stretch-now': null;
  answer: null;
  'another-stretch': string | null;
  pause: null;
  quiet: null;
  resume: null;
  'save-settings': SaveResult;
  import: ImportReply;
  'delete-all': null;
  'safety-seen': null;
}

export function send<M extends Message>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage<M, Replies[M['type']]>(message);
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}
