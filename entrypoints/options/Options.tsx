import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageSetting } from '@/components/LanguageSetting';
import { LostMessage } from '@/components/LostMessage';
import { PolicyProblems } from '@/components/PolicyNotice';
import { SafetyNotice } from '@/components/SafetyNotice';
import { applyPolicy, isLocked, NO_POLICY, startingSettings, type Policy } from '@/core/policy';
import {
  defaultSettings,
  SETTING_LABELS,
  isSettingKey,
  settingsForPage,
  type Settings,
} from '@/core/settings';
import type { QuarantineEntry } from '@/core/stored';
import { read } from '@/lib/db';
import { language, t } from '@/lib/i18n';
import { DataSection } from './DataSection';
import { GoalSection, HoursSection } from '@/components/HoursSection';
import { AskingSection, ReminderSection } from './ReminderSection';
import { CheckSetting, ChoiceSetting, PlanSection, Section } from '@/components/settings-fields';
import { MeetingsSection } from '@/components/MeetingsSection';
import { useSettingsForm } from './settings-form';
import { StretchesSection } from './StretchesSection';

interface Props {
  initial: Settings;
  /** Fields that were invalid when read and fell back to their defaults. */
  reset: string[];
  quarantine: QuarantineEntry[];
  /** The organisation's policy (core/policy.ts): locked fields, its problems, its choices. */
  policy?: Policy;
}

/** "Reminder interval, Snooze length": the fields as the user knows them. */
export function resetFieldNames(fields: readonly string[]): string {
  return fields.map((f) => (isSettingKey(f) ? t(SETTING_LABELS[f]) : t('settingsAll'))).join(', ');
}

export function Options({ initial, reset, quarantine, policy = NO_POLICY }: Props) {
  const locale = language();
  const form = useSettingsForm(initial, (key) => isLocked(policy, key));
  // Bumped when stored settings are replaced, to re-create the uncontrolled fields.
  const [generation, setGeneration] = useState(0);

  return (
    <main class="options settings-page">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted intro">{t('optionsIntro')}</p>
        {/* Fixed at the bottom of the window, so it shows beside any field. */}
        <p class="saved-toast" role="status">
          {form.savedNote ? t('saved') : ''}
        </p>
        {form.lost && (
          <div class="lost-toast">
            <LostMessage onRetry={form.lost} />
          </div>
        )}
      </header>

      <PolicyProblems problems={policy.problems} />

      {reset.length > 0 && (
        <p class="error" role="alert">
          {t('settingsReset', resetFieldNames(reset))}
        </p>
      )}

      <div key={generation}>
        <ReminderSection form={form} />
        <AskingSection form={form} />
        <HoursSection form={form} locale={locale} />
        <GoalSection form={form}>
          <CheckSetting form={form} name="shareHistory" hint={t('hintShareHistory')} />
        </GoalSection>
        <PlanSection form={form} />
        <MeetingsSection form={form} />
        <StretchesSection form={form} />
        <Section id="h-look" title={t('sectionLook')}>
          <LanguageSetting form={form} browserLanguage={browser.i18n.getUILanguage()} />
          <ChoiceSetting form={form} name="theme" />
        </Section>
      </div>

      <DataSection
        settings={form.saved}
        quarantine={quarantine}
        locale={locale}
        deleteAll={!policy.org.hideDeleteAll}
        onDeleted={() => {
          // As the background starts again: the organisation's defaults, then its locks.
          form.reset(applyPolicy(startingSettings(defaultSettings, policy), policy));
          setGeneration((g) => g + 1);
        }}
        onSettingsRestored={() => {
          void read(['settings'] as const).then(([stored]) => {
            form.reset(settingsForPage(stored));
            setGeneration((g) => g + 1);
          });
        }}
      />

      <SafetyNotice />
    </main>
  );
}
