import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import {
  CheckField,
  FieldError,
  LockedNote,
  NumberSetting,
  Section,
  TimeSetting,
  type SettingsFields,
} from './settings-fields';

interface Props {
  form: SettingsFields;
  locale: string;
}

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function weekdayName(day: number, locale: string): string {
  // 2024-01-07 was a Sunday.
  return new Date(2024, 0, 7 + day).toLocaleDateString(locale, { weekday: 'long' });
}

/** Working days and hours; a conflict between start and end shows once, under both. */
export function HoursSection({ form, locale }: Props) {
  const workDays = form.shown('workDays');
  const hoursError = form.errors.workStartMinute ?? form.errors.workEndMinute;
  return (
    <Section id="h-hours" title={t('sectionHours')}>
      <fieldset class="days">
        <legend>{t('fieldWorkDays')}</legend>
        {WEEK_ORDER.map((d) => (
          <CheckField
            key={d}
            id={`day-${d}`}
            label={weekdayName(d, locale)}
            checked={workDays.includes(d)}
            disabled={form.locked?.('workDays')}
            onChange={(on) => {
              form.change(
                'workDays',
                on ? [...workDays, d].sort() : workDays.filter((x) => x !== d),
              );
            }}
          />
        ))}
        <FieldError id="field-workDays-error" error={form.errors.workDays} />
        <LockedNote id="field-workDays" locked={form.locked?.('workDays')} />
      </fieldset>
      <div class="pair">
        <TimeSetting
          form={form}
          name="workStartMinute"
          label={t('fieldWorkStart')}
          errorId="field-hours-error"
        />
        <TimeSetting
          form={form}
          name="workEndMinute"
          label={t('fieldWorkEnd')}
          errorId="field-hours-error"
        />
      </div>
      <FieldError id="field-hours-error" error={hoursError} />
    </Section>
  );
}

/** The daily goal, and on a page that has them, more choices about the streak. */
export function GoalSection({
  form,
  children,
}: {
  form: SettingsFields;
  children?: ComponentChildren;
}) {
  return (
    <Section id="h-goal" title={t('sectionGoal')}>
      <NumberSetting
        form={form}
        name="dailyGoal"
        label={t('fieldDailyGoal')}
        hint={t('hintDailyGoal')}
      />
      {children}
    </Section>
  );
}
