import type { SettingsErrors } from '@/core/settings';
import { CheckSetting, FieldError, type SettingsFields } from './settings-fields';

export type FilterKey = 'chairRolls' | 'noKneeling' | 'seatedOnly';

/** The id of the message shown when the filters leave too few moves. */
export const FILTERS_ERROR_ID = 'field-stretches-error';

/** Why a choice of moves was refused: the fields of one rule, so one message. */
export function filtersError(errors: SettingsErrors): string | undefined {
  return errors.disabledStretches ?? errors.seatedOnly ?? errors.chairRolls ?? errors.noKneeling;
}

/**
 * The filters on which moves may come (a rolling chair, no kneeling, seated
 * only) and, under them, the reason a choice that leaves too few was refused.
 */
export function StretchFilters({
  form,
  keys,
}: {
  form: SettingsFields;
  keys: readonly FilterKey[];
}) {
  return (
    <>
      {keys.map((key) => (
        <CheckSetting key={key} form={form} name={key} />
      ))}
      <FieldError id={FILTERS_ERROR_ID} error={filtersError(form.errors)} />
    </>
  );
}
