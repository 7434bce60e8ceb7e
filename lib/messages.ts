/**
 * Messages from pages to the background. Hand-written rather than a
 * messaging library: a union type and two small functions cover it, on top
 * of the promise-based runtime API the polyfill already provides.
 */
import { browser } from 'wxt/browser';
import type { ExportedDay, StretchEvent } from '@/core/history';
import type { Settings } from '@/core/settings';

export type PauseLength = 'hour' | 'tomorrow';

export type Message =
  | { type: 'stretch-now' }
  | { type: 'answer'; answer: 'done' | 'snooze' | 'skip' }
  | { type: 'another-stretch' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'save-settings'; change: Partial<Settings> }
  /** A history already parsed and validated by the page that read the file. */
  | { type: 'import'; events: StretchEvent[]; days: ExportedDay[] }
  | { type: 'delete-all' }
  | { type: 'safety-seen' };

export type SaveResult =
  { ok: true } | { ok: false; errors: Partial<Record<keyof Settings, string>> };
export type ImportResult = { ok: true; added: number } | { ok: false; reason: string };

export interface Replies {
  'stretch-now': null;
  answer: null;
  'another-stretch': string | null;
  pause: null;
  resume: null;
  'save-settings': SaveResult;
  import: ImportResult;
  'delete-all': null;
  'safety-seen': null;
}

export function send<M extends Message>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage<M, Replies[M['type']]>(message);
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}
