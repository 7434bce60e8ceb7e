import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { MAX_IMPORT_BYTES, parseImport, refuseTooLarge, type ImportMessage } from '@/core/export';
import type { ImportMode } from '@/core/inputs';
import { SETTING_LABELS, type SettingKey } from '@/core/settings';
import { now } from '@/lib/clock';
import { formatList, t } from '@/lib/i18n';
import { send, type ImportReply, type Message } from '@/lib/messages';
import { LostMessage } from '@/components/LostMessage';
import { CheckField } from '@/components/settings-fields';

export type Said = { text: string; error: boolean } | null;

interface Props {
  setMessage: (said: Said) => void;
  /** The stored settings changed (the file's were restored): the page shows them. */
  onSettingsRestored: () => void;
}

/**
 * Why an import was refused, in the UI language; the English reason when a
 * message is missing (t() then returns the key) or the background refused.
 */
export function refusal({ reason, message }: { reason: string; message?: ImportMessage }): string {
  if (!message) return reason;
  const { key, substitutions, problem } = message;
  const what = problem && t(problem.key, problem.substitutions);
  if (problem && what === problem.key) return reason;
  const text = t(key, what === undefined ? substitutions : [...substitutions, what]);
  return text === key ? reason : text;
}

/** "Imported 4 new events. Settings restored." with the fields that kept their value, if any. */
export function importedText(reply: Extract<ImportReply, { ok: true }>): string {
  const parts = [t('imported', String(reply.added))];
  const refused = reply.settingsRefused ?? [];
  if (reply.settingsSaved && reply.settingsSaved.length > 0) parts.push(t('importedSettings'));
  if (refused.length > 0) {
    const names = refused.map((k: SettingKey) => t(SETTING_LABELS[k]));
    const list = formatList(names);
    parts.push(t('importedSettingsRefused', list));
  }
  return parts.join(' ');
}

/**
 * Import: merge into this browser's history (an export from another browser:
 * events joined by id, nothing counted twice) or replace it, with the file's
 * settings or the history only. Read, checked and sent; a message the
 * background never got can be sent again.
 */
export function ImportHistory({ setMessage, onSettingsRestored }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [withSettings, setWithSettings] = useState(true);
  const [lost, setLost] = useState<(() => void) | null>(null);

  async function importFile(file: File | undefined) {
    if (!file) return;
    // Parsed and validated here, whole, before anything is sent to be merged;
    // a file over the limit is refused before it is read.
    const parsed =
      file.size > MAX_IMPORT_BYTES
        ? refuseTooLarge()
        : parseImport(await file.text(), MAX_IMPORT_BYTES, now());
    if (!parsed.ok) {
      setMessage({ text: t('importRefused', refusal(parsed)), error: true });
      return;
    }
    const { events, days, settings } = parsed;
    await sendImport({
      type: 'import',
      mode,
      events,
      days,
      ...(withSettings && settings ? { settings } : {}),
    });
  }

  async function sendImport(message: Extract<Message, { type: 'import' }>) {
    setLost(null);
    const sent = await send(message);
    if (!sent.delivered) {
      setMessage(null);
      setLost(() => () => void sendImport(message));
      return;
    }
    const result = sent.reply;
    if (result.ok && result.settingsSaved && result.settingsSaved.length > 0) onSettingsRestored();
    setMessage(
      result.ok
        ? { text: importedText(result), error: false }
        : { text: t('importRefused', refusal(result)), error: true },
    );
  }

  return (
    <>
      <ImportChoices
        mode={mode}
        setMode={setMode}
        withSettings={withSettings}
        setWithSettings={setWithSettings}
      />
      <div class="field">
        <label for="field-import">{t('fieldImport')}</label>
        <input
          id="field-import"
          type="file"
          accept="application/json,.json"
          onChange={(e: TargetedEvent<HTMLInputElement>) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {lost && <LostMessage onRetry={lost} />}
    </>
  );
}

interface ChoicesProps {
  mode: ImportMode;
  setMode: (mode: ImportMode) => void;
  withSettings: boolean;
  setWithSettings: (on: boolean) => void;
}

/** Merge or replace, and whether the file's settings come too. */
function ImportChoices({ mode, setMode, withSettings, setWithSettings }: ChoicesProps) {
  const choice = (value: ImportMode, label: string) => (
    <div class="check">
      <input
        id={`import-${value}`}
        type="radio"
        name="import-mode"
        value={value}
        checked={mode === value}
        onChange={() => {
          setMode(value);
        }}
      />
      <label for={`import-${value}`}>{label}</label>
    </div>
  );
  return (
    <fieldset class="import-choices">
      <legend>{t('importHow')}</legend>
      {choice('merge', t('importMerge'))}
      {choice('replace', t('importReplace'))}
      <CheckField
        id="import-settings"
        label={t('importSettingsToo')}
        checked={withSettings}
        onChange={setWithSettings}
      />
    </fieldset>
  );
}
