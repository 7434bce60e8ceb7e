/**
 * The options form's state: what is saved, what the user changed that is not
 * saved (invalid, or in conflict with another field), and why. What a field
 * shows is always either the saved value or a pending one with its error in
 * view, so nothing that looks saved is not.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsFields } from '@/components/settings-fields';
import type { SettingKey, Settings, SettingsErrors } from '@/core/settings';
import { send } from '@/lib/messages';
import { applyTheme } from '@/lib/page';

export type Pending = Partial<Record<SettingKey, unknown>>;

/** A refusal that is undone rather than kept pending: there is no other field to fix it with. */
const UNDONE = new Set(['errorTooFewMoves']);

function without(pending: Pending, keys: Iterable<string>): Pending {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(pending).filter(([k]) => !drop.has(k)));
}

export interface SettingsForm extends SettingsFields {
  saved: Settings;
  pending: Pending;
  /** "Saved." for a few seconds after a save. */
  savedNote: boolean;
  /** The last save did not reach the background: send it again. */
  lost: (() => void) | null;
  reset: (settings: Settings) => void;
}

export function useSettingsForm(
  initial: Settings,
  locked?: (key: SettingKey) => boolean,
): SettingsForm {
  const [saved, setSaved] = useState(initial);
  const [pending, setPending] = useState<Pending>({});
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [savedAt, setSavedAt] = useState(0);
  const [lost, setLost] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!savedAt) return;
    const id = setTimeout(() => {
      setSavedAt(0);
    }, 4000);
    return () => {
      clearTimeout(id);
    };
  }, [savedAt]);

  /** Sends every pending field in one message: the fields that are fine are saved, the rest come back refused. */
  async function save(all: Pending, current: Settings) {
    const sent = await send({ type: 'save-settings', change: all, partial: true });
    if (!sent.delivered) {
      setPending(all);
      setLost(() => () => void save(all, current));
      return;
    }
    setLost(null);
    const result = sent.reply;
    const refused = result.ok ? {} : result.errors;
    const kept = Object.fromEntries(result.saved.map((k) => [k, all[k]]));
    const savedNow = { ...current, ...kept };
    const undone = Object.keys(refused).filter((k) => UNDONE.has(refused[k as SettingKey] ?? ''));
    setSaved(savedNow);
    setPending(without(all, [...result.saved, ...undone]));
    setErrors(refused);
    if (result.saved.length > 0) {
      setSavedAt(Date.now());
      applyTheme(savedNow.theme);
    }
  }

  return {
    saved,
    pending,
    errors,
    shown: (key) =>
      (Object.hasOwn(pending, key) ? pending[key] : saved[key]) as Settings[typeof key],
    change: (key, value) => void save({ ...pending, [key]: value }, saved),
    savedNote: savedAt > 0,
    ...(locked ? { locked } : {}),
    lost,
    reset: (settings) => {
      setSaved(settings);
      setPending({});
      setErrors({});
      setLost(null);
      applyTheme(settings.theme);
    },
  };
}
