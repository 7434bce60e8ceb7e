/**
 * The options page's fields, each bound to one setting of the form: a label,
 * the control, and under it the reason a value was refused and a hint.
 */
import type { ComponentChildren, TargetedEvent } from 'preact';
import {
  minuteFromTimeField,
  SETTING_LABELS,
  timeFieldValue,
  type SettingKey,
  type Settings,
} from '@/core/settings';
import { t } from '@/lib/i18n';
import type { SettingsForm } from './settings-form';

type KeysOf<T> = { [K in SettingKey]: Settings[K] extends T ? K : never }[SettingKey];

/** A number field's text as a number; anything that is not a plain number is NaN. */
export function fromNumberField(value: string): number {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="error" role="alert">
      {t(error)}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ComponentChildren;
}

/** A labelled control with its error and hint below it. */
function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      <FieldError id={`${id}-error`} error={error} />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

const described = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

interface SettingProps<K extends SettingKey> {
  form: SettingsForm;
  name: K;
  /** The field's label; by default its name in SETTING_LABELS. */
  label?: string;
  hint?: string;
}

/** An options section: a heading and what it names. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

type ChoiceKey = 'intervalMode' | 'presenceMode' | 'promptStyle' | 'snoozeMinutes' | 'theme';

/** The choices of each select, with their labels (i18n keys, substituted). */
export const CHOICES: { [K in ChoiceKey]: readonly (readonly [Settings[K], string, string?])[] } = {
  intervalMode: [
    ['fixed', 'intervalFixed'],
    ['varied', 'intervalVaried'],
  ],
  presenceMode: [
    ['browser', 'presenceBrowser'],
    ['computer', 'presenceComputer'],
  ],
  promptStyle: [
    ['window', 'promptWindow'],
    ['notification', 'promptNotification'],
  ],
  snoozeMinutes: [
    [5, 'minutes', '5'],
    [10, 'minutes', '10'],
  ],
  theme: [
    ['system', 'themeSystem'],
    ['light', 'themeLight'],
    ['dark', 'themeDark'],
  ],
};

/**
 * A text field with a numeric keyboard rather than type="number": what the
 * user typed stays visible next to the message that explains it.
 */
export function NumberSetting({ form, name, label, hint }: SettingProps<KeysOf<number>>) {
  const id = `field-${name}`;
  label ??= t(SETTING_LABELS[name]);
  const error = form.errors[name];
  const value = form.shown(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        size={6}
        defaultValue={Number.isFinite(value) ? String(value) : ''}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={described(error && `${id}-error`, hint && `${id}-hint`)}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          form.change(name, fromNumberField(e.currentTarget.value));
        }}
      />
    </Field>
  );
}

export function ChoiceSetting({ form, name }: SettingProps<ChoiceKey>) {
  const id = `field-${name}`;
  const options = CHOICES[name];
  return (
    <Field id={id} label={t(SETTING_LABELS[name])}>
      <select
        id={id}
        value={String(form.shown(name))}
        onChange={(e: TargetedEvent<HTMLSelectElement>) => {
          const chosen = options.find(([v]) => String(v) === e.currentTarget.value);
          if (chosen) form.change(name, chosen[0]);
        }}
      >
        {options.map(([v, key, sub]) => (
          <option key={String(v)} value={String(v)}>
            {t(key, sub)}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface CheckProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckField({ id, label, checked, onChange }: CheckProps) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          onChange(e.currentTarget.checked);
        }}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

export function CheckSetting({ form, name, label }: SettingProps<KeysOf<boolean>>) {
  return (
    <CheckField
      id={`field-${name}`}
      label={label ?? t(SETTING_LABELS[name])}
      checked={form.shown(name)}
      onChange={(v) => {
        form.change(name, v);
      }}
    />
  );
}

/** A time of day; an end at 23:59 means the end of the day (core/settings.ts). */
export function TimeSetting({
  form,
  name,
  errorId,
}: SettingProps<'workStartMinute' | 'workEndMinute'> & { errorId: string }) {
  const id = `field-${name}`;
  const invalid = Boolean(form.errors.workStartMinute ?? form.errors.workEndMinute);
  return (
    <Field id={id} label={t(SETTING_LABELS[name])}>
      <input
        id={id}
        type="time"
        defaultValue={timeFieldValue(form.shown(name))}
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          form.change(name, minuteFromTimeField(e.currentTarget.value, name === 'workEndMinute'));
        }}
      />
    </Field>
  );
}
