import { catalog } from '@/content/catalog';
import { moveName } from '@/components/move-words';
import { leftOutBy } from '@/core/rotation';
import { SETTING_LABELS } from '@/core/settings';
import { t } from '@/lib/i18n';
import { LockedNote, Section } from '@/components/settings-fields';
import { FILTERS_ERROR_ID, filtersError, StretchFilters } from '@/components/StretchFilters';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
}

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** A checkbox in a table cell, named by its label. */
function TableCheck({
  label,
  checked,
  onChange,
  leftOut,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: () => void;
  /** Why a filter leaves the move out: then it is shown unticked and cannot be ticked (#24, item 7). */
  leftOut?: string | null;
  /** Set by the organisation (core/policy.ts). */
  disabled?: boolean | undefined;
}) {
  return (
    <td>
      <input
        type="checkbox"
        aria-label={label}
        checked={checked && !leftOut}
        disabled={Boolean(leftOut) || disabled}
        onChange={onChange}
      />
      {leftOut && <span class="muted small"> {leftOut}</span>}
    </td>
  );
}

/** Which stretches may come, and favourites; choices that leave too few are refused with the reason. */
export function StretchesSection({ form }: Props) {
  const { shown, change, errors } = form;
  const disabled = shown('disabledStretches');
  const favourites = shown('favourites');
  const error = filtersError(errors);
  const locked = form.locked?.('disabledStretches');
  return (
    <Section id="h-stretches" title={t('sectionStretches')}>
      <StretchFilters form={form} keys={['chairRolls', 'noKneeling', 'seatedOnly']} />
      <table class="stretch-table" aria-describedby={error ? FILTERS_ERROR_ID : undefined}>
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
            const filter = leftOutBy(s, {
              seatedOnly: shown('seatedOnly'),
              noKneeling: shown('noKneeling'),
              chairRolls: shown('chairRolls'),
            });
            const favourite = favourites.includes(s.id);
            const name = moveName(s.id);
            return (
              <tr key={s.id}>
                <th scope="row">
                  {name} <span class="muted">· {t(`position_${s.position}`)}</span>
                </th>
                <TableCheck
                  label={t('enableStretch', name)}
                  checked={enabled}
                  leftOut={filter && t('leftOutBy', t(SETTING_LABELS[filter]))}
                  disabled={locked}
                  onChange={() => {
                    change('disabledStretches', toggled(disabled, s.id, enabled));
                  }}
                />
                <TableCheck
                  label={t('favouriteStretch', name)}
                  checked={favourite}
                  onChange={() => {
                    change('favourites', toggled(favourites, s.id, !favourite));
                  }}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
      <LockedNote id="field-disabledStretches" locked={locked} />
    </Section>
  );
}
