/**
 * Settings fields, each bound to one setting of a form: a label, the control,
 * and under it the reason a value was refused and a hint. The options page
 * saves each change as it is made; the welcome page keeps them until Start.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren, InputHTMLAttributes, TargetedEvent } from 'preact';
import {
  MAX_PLAN_LENGTH,
  minuteFromTimeField,
  SETTING_LABELS,
  timeFieldValue,
  type SettingKey,
  type Settings,
  type SettingsErrors,
} from '@/core/settings';
import { plural, t } from '@/lib/i18n';

/** What a field needs of its form: the value to show, where a change goes, and why one was refused. */
export interface SettingsFields {
  errors: SettingsErrors;
  /** The value a field shows: the one not saved yet, else the saved one. */
  shown: <K extends SettingKey>(key: K) => Settings[K];
  change: (key: SettingKey, value: unknown) => void;
  /** Set by the organisation's policy (core/policy.ts): shown, not changeable. */
  locked?: (key: SettingKey) => boolean;
}

/** "Set by your organisation", under a locked field. */
export function LockedNote({ id, locked }: { id: string; locked: boolean | undefined }) {
  if (!locked) return null;
  return (
    <p id={`${id}-locked`} class="hint locked">
      {t('errorLocked')}
    </p>
  );
}

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
  locked?: boolean | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  children: ComponentChildren;
}

/** A labelled control with its error and hint below it. */
export function Field({ id, label, error, hint, locked, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      <LockedNote id={id} locked={locked} />
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
  form: SettingsFields;
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

type ChoiceKey =
  | 'intervalMode'
  | 'presenceMode'
  | 'promptStyle'
  | 'snoozeMinutes'
  | 'theme'
  | 'waitForPauseMinutes';

/** The choices of each select, with their labels (i18n keys; with a count, the key of its plural forms). */
export const CHOICES: { [K in ChoiceKey]: readonly (readonly [Settings[K], string, number?])[] } = {
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
    [5, 'minutes', 5],
    [10, 'minutes', 10],
  ],
  waitForPauseMinutes: [
    [0, 'waitAtOnce'],
    [1, 'waitUpTo', 1],
    [2, 'waitUpTo', 2],
    [3, 'waitUpTo', 3],
    [5, 'waitUpTo', 5],
    [10, 'waitUpTo', 10],
  ],
  theme: [
    ['system', 'themeSystem'],
    ['light', 'themeLight'],
    ['dark', 'themeDark'],
  ],
};

interface TextInputProps extends SettingProps<SettingKey> {
  /** What the field shows at first. */
  text: string;
  /** The value the typed text stands for. */
  parse: (text: string) => unknown;
  input: InputHTMLAttributes;
}

/** A one-line text field: what the user typed stays in view beside the message that explains a refusal. */
function TextInputSetting({ form, name, label, hint, text, parse, input }: TextInputProps) {
  const id = `field-${name}`;
  const error = form.errors[name];
  const locked = form.locked?.(name);
  return (
    <Field
      id={id}
      label={label ?? t(SETTING_LABELS[name])}
      error={error}
      hint={hint}
      locked={locked}
    >
      <input
        {...input}
        id={id}
        disabled={locked}
        type="text"
        autoComplete="off"
        defaultValue={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={described(error && `${id}-error`, hint && `${id}-hint`)}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          form.change(name, parse(e.currentTarget.value));
        }}
      />
    </Field>
  );
}

/** A text field with a numeric keyboard rather than type="number", so what was typed stays visible. */
export function NumberSetting(props: SettingProps<KeysOf<number>>) {
  const value = props.form.shown(props.name);
  return (
    <TextInputSetting
      {...props}
      text={Number.isFinite(value) ? String(value) : ''}
      parse={fromNumberField}
      input={{ inputMode: 'numeric', spellcheck: false, size: 6 }}
    />
  );
}

/**
 * The user's plan in their own words, shown with each stretch; saved
 * trimmed. A counter says how many characters it has as it is typed, and
 * says so at once when it is too long (#24, item 10).
 */
export function PlanSection({ form }: { form: SettingsFields }) {
  const [length, setLength] = useState(() => form.shown('plan').trim().length);
  const over = length > MAX_PLAN_LENGTH;
  return (
    <Section id="h-plan" title={t('sectionPlan')}>
      <TextInputSetting
        form={form}
        name="plan"
        hint={t('hintPlan', String(MAX_PLAN_LENGTH))}
        text={form.shown('plan')}
        parse={(text) => text.trim()}
        input={{
          class: 'wide',
          placeholder: t('placeholderPlan'),
          onInput: (e: TargetedEvent<HTMLInputElement>) => {
            setLength(e.currentTarget.value.trim().length);
          },
        }}
      />
      <p class={over ? 'error plan-count' : 'hint plan-count'} aria-live="polite">
        {t(over ? 'planCountOver' : 'planCount', [String(length), String(MAX_PLAN_LENGTH)])}
      </p>
    </Section>
  );
}

export function ChoiceSetting({ form, name, hint }: SettingProps<ChoiceKey>) {
  const id = `field-${name}`;
  const options = CHOICES[name];
  const locked = form.locked?.(name);
  return (
    <Field id={id} label={t(SETTING_LABELS[name])} locked={locked} hint={hint}>
      <select
        id={id}
        disabled={locked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={String(form.shown(name))}
        onChange={(e: TargetedEvent<HTMLSelectElement>) => {
          const chosen = options.find(([v]) => String(v) === e.currentTarget.value);
          if (chosen) form.change(name, chosen[0]);
        }}
      >
        {options.map(([v, key, count]) => (
          <option key={String(v)} value={String(v)}>
            {count === undefined ? t(key) : plural(key, count)}
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
  /** The id of what says more about the choice. */
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
}

export function CheckField({ id, label, checked, onChange, describedBy, disabled }: CheckProps) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          onChange(e.currentTarget.checked);
        }}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A checkbox bound to a setting, with a hint under it when given. */
export function CheckSetting({ form, name, label, hint }: SettingProps<KeysOf<boolean>>) {
  const id = `field-${name}`;
  const locked = form.locked?.(name);
  return (
    <>
      <CheckField
        id={id}
        label={label ?? t(SETTING_LABELS[name])}
        checked={form.shown(name)}
        disabled={locked}
        describedBy={hint && `${id}-hint`}
        onChange={(v) => {
          form.change(name, v);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint check-hint">
          {hint}
        </p>
      )}
      <LockedNote id={id} locked={locked} />
    </>
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
  const locked = form.locked?.(name);
  return (
    <Field id={id} label={t(SETTING_LABELS[name])} locked={locked}>
      <input
        id={id}
        disabled={locked}
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
