import type { TargetedEvent } from 'preact';
import { chooseLanguage, LANGUAGES, languageTag } from '@/core/languages';
import { SETTING_LABELS } from '@/core/settings';
import { t } from '@/lib/i18n';
import { Field, type SettingsFields } from './settings-fields';

/** A language's name in itself ("Español", "Deutsch"), from Intl.DisplayNames. */
export function ownName(folder: string): string {
  const tag = languageTag(folder);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    // "español" → "Español": names head a list, the way a language menu shows them.
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * The language picker: "Same as the browser (English)" and every shipped
 * language named in its own name, in the order of those names. The
 * languages are the folders of _locales (core/languages.ts).
 */
export function LanguageSetting({
  form,
  browserLanguage,
}: {
  form: SettingsFields;
  /** The browser's UI language (`i18n.getUILanguage()`). */
  browserLanguage: string;
}) {
  const id = 'field-language';
  const error = form.errors.language;
  const named = [...LANGUAGES]
    .map((folder) => [folder, ownName(folder)] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <Field id={id} label={t(SETTING_LABELS.language)} error={error} hint={t('languageHint')}>
      <select
        id={id}
        value={form.shown('language')}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error && `${id}-error`, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(e: TargetedEvent<HTMLSelectElement>) => {
          form.change('language', e.currentTarget.value);
        }}
      >
        <option value="auto">
          {t('languageAuto', ownName(chooseLanguage('auto', [browserLanguage])))}
        </option>
        {named.map(([folder, name]) => (
          <option key={folder} value={folder} lang={languageTag(folder)}>
            {name}
          </option>
        ))}
      </select>
    </Field>
  );
}
