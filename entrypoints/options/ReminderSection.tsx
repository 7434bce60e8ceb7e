import { IntervalFields } from '@/components/IntervalFields';
import { t } from '@/lib/i18n';
import { CheckSetting, ChoiceSetting, NumberSetting, Section } from '@/components/settings-fields';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
}

/** How often and how Unsit reminds. */
export function ReminderSection({ form }: Props) {
  return (
    <Section id="h-reminders" title={t('sectionReminders')}>
      <ChoiceSetting form={form} name="intervalMode" />
      <IntervalFields form={form} />
      <NumberSetting form={form} name="naturalBreakMinutes" hint={t('hintNaturalBreak')} />
      <ChoiceSetting form={form} name="presenceMode" />
      <ChoiceSetting form={form} name="promptStyle" />
      <ChoiceSetting form={form} name="snoozeMinutes" />
      <NumberSetting form={form} name="snoozeCap" hint={t('hintSnoozeCap')} />
      <CheckSetting form={form} name="headsUp" />
      <CheckSetting form={form} name="chime" />
    </Section>
  );
}
