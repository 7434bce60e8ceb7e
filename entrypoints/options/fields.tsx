/** The options page's field components: a label, the control, its error and hint. */
import type { ComponentChildren, TargetedEvent } from 'preact';
import { t } from '@/lib/i18n';

/** A number field's text as a number; anything that is not a plain number is NaN. */
export function fromNumberField(value: string): number {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function described(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="error" role="alert">
      {t(error)}
    </p>
  );
}

interface NumberProps {
  id: string;
  label: string;
  value: number;
  error?: string | undefined;
  hint?: string | undefined;
  onChange: (value: number) => void;
}

/**
 * A text field with a numeric keyboard rather than type="number": what the
 * user typed stays visible next to the message that explains it.
 */
export function NumberField({ id, label, value, error, hint, onChange }: NumberProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
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
          onChange(fromNumberField(e.currentTarget.value));
        }}
      />
      <FieldError id={`${id}-error`} error={error} />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
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

interface SelectProps<V extends string | number> {
  id: string;
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}

export function SelectField<V extends string | number>({
  id,
  label,
  value,
  options,
  onChange,
}: SelectProps<V>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e: TargetedEvent<HTMLSelectElement>) => {
          const chosen = options.find(([v]) => String(v) === e.currentTarget.value);
          if (chosen) onChange(chosen[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={String(v)}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TimeProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  errorId: string;
  onChange: (value: string) => void;
}

export function TimeField({ id, label, value, invalid, errorId, onChange }: TimeProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        defaultValue={value}
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e: TargetedEvent<HTMLInputElement>) => {
          onChange(e.currentTarget.value);
        }}
      />
    </div>
  );
}
