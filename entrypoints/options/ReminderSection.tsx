import { IntervalFields } from '@/components/IntervalFields';
import { t } from '@/lib/i18n';
import { CheckSetting, ChoiceSetting, NumberSetting, Section } from '@/components/settings-fields';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
}

/** How often Unsit reminds: the interval and what counts as time at the desk. */
export function ReminderSection({ form }: Props) {
  return (
    <Section id="h-reminders" title={t('sectionReminders')}>
      <ChoiceSetting form={form} name="intervalMode" />
      <IntervalFields form={form} />
      <NumberSetting form={form} name="naturalBreakMinutes" hint={t('hintNaturalBreak')} />
      <ChoiceSetting form={form} name="presenceMode" />
    </Section>
  );
}

/**
 * How Unsit asks, in one place (#27): a heads-up before, the window or a
 * notification, how long a due stretch may wait for a pause, the one
 * reminder for an ignored window, snoozes, the chime.
 */
export function AskingSection({ form }: Props) {
  return (
    <Section id="h-asking" title={t('sectionAsking')}>
      <p class="hint">{t('askingIntro')}</p>
      <CheckSetting form={form} name="headsUp" />
      <ChoiceSetting form={form} name="promptStyle" />
      <ChoiceSetting form={form} name="waitForPauseMinutes" hint={t('hintWaitForPause')} />
      <CheckSetting form={form} name="remindIgnored" hint={t('hintRemindIgnored')} />
      <ChoiceSetting form={form} name="snoozeMinutes" />
      <NumberSetting form={form} name="snoozeCap" hint={t('hintSnoozeCap')} />
      <CheckSetting form={form} name="chime" />
    </Section>
  );
}
