import { t } from '@/lib/i18n';
import { CheckField, NumberField, SelectField } from './fields';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
}

/** How often and how Unsit reminds. In varied mode the fixed interval is not shown: it has no effect. */
export function ReminderSection({ form }: Props) {
  const { shown, change, errors } = form;
  const varied = shown('intervalMode') === 'varied';
  return (
    <section aria-labelledby="h-reminders">
      <h2 id="h-reminders">{t('sectionReminders')}</h2>
      <SelectField
        id="field-intervalMode"
        label={t('fieldIntervalMode')}
        value={shown('intervalMode')}
        options={[
          ['fixed', t('intervalFixed')],
          ['varied', t('intervalVaried')],
        ]}
        onChange={(v) => {
          change('intervalMode', v);
        }}
      />
      {varied ? (
        <div class="pair">
          <NumberField
            id="field-variedMinMinutes"
            label={t('fieldVariedMin')}
            value={shown('variedMinMinutes')}
            error={errors.variedMinMinutes}
            onChange={(v) => {
              change('variedMinMinutes', v);
            }}
          />
          <NumberField
            id="field-variedMaxMinutes"
            label={t('fieldVariedMax')}
            value={shown('variedMaxMinutes')}
            error={
              errors.variedMaxMinutes !== errors.variedMinMinutes
                ? errors.variedMaxMinutes
                : undefined
            }
            onChange={(v) => {
              change('variedMaxMinutes', v);
            }}
          />
        </div>
      ) : (
        <NumberField
          id="field-intervalMinutes"
          label={t('fieldInterval')}
          value={shown('intervalMinutes')}
          error={errors.intervalMinutes}
          hint={t('hintInterval')}
          onChange={(v) => {
            change('intervalMinutes', v);
          }}
        />
      )}
      <NumberField
        id="field-naturalBreakMinutes"
        label={t('fieldNaturalBreak')}
        value={shown('naturalBreakMinutes')}
        error={errors.naturalBreakMinutes}
        hint={t('hintNaturalBreak')}
        onChange={(v) => {
          change('naturalBreakMinutes', v);
        }}
      />
      <SelectField
        id="field-presenceMode"
        label={t('fieldPresence')}
        value={shown('presenceMode')}
        options={[
          ['browser', t('presenceBrowser')],
          ['computer', t('presenceComputer')],
        ]}
        onChange={(v) => {
          change('presenceMode', v);
        }}
      />
      <SelectField
        id="field-promptStyle"
        label={t('fieldPromptStyle')}
        value={shown('promptStyle')}
        options={[
          ['window', t('promptWindow')],
          ['notification', t('promptNotification')],
        ]}
        onChange={(v) => {
          change('promptStyle', v);
        }}
      />
      <SnoozeFields form={form} />
      <CheckField
        id="field-headsUp"
        label={t('fieldHeadsUp')}
        checked={shown('headsUp')}
        onChange={(v) => {
          change('headsUp', v);
        }}
      />
      <CheckField
        id="field-chime"
        label={t('fieldChime')}
        checked={shown('chime')}
        onChange={(v) => {
          change('chime', v);
        }}
      />
    </section>
  );
}

function SnoozeFields({ form: { shown, change, errors } }: Props) {
  return (
    <>
      <SelectField
        id="field-snoozeMinutes"
        label={t('fieldSnooze')}
        value={shown('snoozeMinutes')}
        options={[
          [5, t('minutes', '5')],
          [10, t('minutes', '10')],
        ]}
        onChange={(v) => {
          change('snoozeMinutes', v);
        }}
      />
      <NumberField
        id="field-snoozeCap"
        label={t('fieldSnoozeCap')}
        value={shown('snoozeCap')}
        error={errors.snoozeCap}
        hint={t('hintSnoozeCap')}
        onChange={(v) => {
          change('snoozeCap', v);
        }}
      />
    </>
  );
}
