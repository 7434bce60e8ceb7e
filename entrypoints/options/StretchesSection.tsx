import { catalog } from '@/content/catalog';
import { SETTING_LABELS } from '@/core/settings';
import { t } from '@/lib/i18n';
import { CheckField, FieldError } from './fields';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
  locale: 'en' | 'es';
}

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** Which stretches may come, and favourites; choices that leave too few are refused with the reason. */
export function StretchesSection({ form, locale }: Props) {
  const { shown, change, errors } = form;
  const disabled = shown('disabledStretches');
  const favourites = shown('favourites');
  const error =
    errors.disabledStretches ?? errors.seatedOnly ?? errors.chairRolls ?? errors.noKneeling;
  return (
    <section aria-labelledby="h-stretches">
      <h2 id="h-stretches">{t('sectionStretches')}</h2>
      {(['chairRolls', 'noKneeling', 'seatedOnly'] as const).map((key) => (
        <CheckField
          key={key}
          id={`field-${key}`}
          label={t(SETTING_LABELS[key])}
          checked={shown(key)}
          onChange={(v) => {
            change(key, v);
          }}
        />
      ))}
      <FieldError id="field-stretches-error" error={error} />
      <table class="stretch-table" aria-describedby={error ? 'field-stretches-error' : undefined}>
        <thead>
          <tr>
            <th scope="col">{t('colStretch')}</th>
            <th scope="col">{t('colEnabled')}</th>
            <th scope="col">{t('colFavourite')}</th>
          </tr>
        </thead>
        <tbody>
          {catalog.map((s) => {
            const enabled = !disabled.includes(s.id);
            const favourite = favourites.includes(s.id);
            const name = s.name[locale];
            return (
              <tr key={s.id}>
                <th scope="row">
                  {name} <span class="muted">· {t(`position_${s.position}`)}</span>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('enableStretch', name)}
                    checked={enabled}
                    onChange={() => {
                      change('disabledStretches', toggled(disabled, s.id, enabled));
                    }}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('favouriteStretch', name)}
                    checked={favourite}
                    onChange={() => {
                      change('favourites', toggled(favourites, s.id, !favourite));
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
