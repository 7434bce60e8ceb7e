import { minuteFromTimeField, timeFieldValue } from '@/core/settings';
import { t } from '@/lib/i18n';
import { CheckField, FieldError, NumberField, TimeField } from './fields';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
  locale: string;
}

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function weekdayName(day: number, locale: string): string {
  // 2024-01-07 was a Sunday.
  return new Date(2024, 0, 7 + day).toLocaleDateString(locale, { weekday: 'long' });
}

/** Working days and hours; a conflict between start and end shows once, under both. */
export function HoursSection({ form, locale }: Props) {
  const { shown, change, errors } = form;
  const workDays = shown('workDays');
  const hoursError = errors.workStartMinute ?? errors.workEndMinute;
  return (
    <section aria-labelledby="h-hours">
      <h2 id="h-hours">{t('sectionHours')}</h2>
      <fieldset class="days">
        <legend>{t('fieldWorkDays')}</legend>
        {WEEK_ORDER.map((d) => (
          <CheckField
            key={d}
            id={`day-${d}`}
            label={weekdayName(d, locale)}
            checked={workDays.includes(d)}
            onChange={(on) => {
              change('workDays', on ? [...workDays, d].sort() : workDays.filter((x) => x !== d));
            }}
          />
        ))}
        <FieldError id="field-workDays-error" error={errors.workDays} />
      </fieldset>
      <div class="pair">
        <TimeField
          id="field-workStart"
          label={t('fieldWorkStart')}
          value={timeFieldValue(shown('workStartMinute'))}
          invalid={Boolean(hoursError)}
          errorId="field-hours-error"
          onChange={(v) => {
            change('workStartMinute', minuteFromTimeField(v));
          }}
        />
        <TimeField
          id="field-workEnd"
          label={t('fieldWorkEnd')}
          value={timeFieldValue(shown('workEndMinute'))}
          invalid={Boolean(hoursError)}
          errorId="field-hours-error"
          onChange={(v) => {
            change('workEndMinute', minuteFromTimeField(v, true));
          }}
        />
      </div>
      <FieldError id="field-hours-error" error={hoursError} />
    </section>
  );
}

export function GoalSection({ form: { shown, change, errors } }: { form: SettingsForm }) {
  return (
    <section aria-labelledby="h-goal">
      <h2 id="h-goal">{t('sectionGoal')}</h2>
      <NumberField
        id="field-dailyGoal"
        label={t('fieldDailyGoal')}
        value={shown('dailyGoal')}
        error={errors.dailyGoal}
        hint={t('hintDailyGoal')}
        onChange={(v) => {
          change('dailyGoal', v);
        }}
      />
    </section>
  );
}
