import { GoalSection, HoursSection } from '@/components/HoursSection';
import { IntervalFields } from '@/components/IntervalFields';
import { MeetingsSection } from '@/components/MeetingsSection';
import { SafetyNotice } from '@/components/SafetyNotice';
import { PlanSection, Section } from '@/components/settings-fields';
import { StretchFilters } from '@/components/StretchFilters';
import { OrgMessage } from '@/components/PolicyNotice';
import { isLocked, NO_POLICY, type Policy } from '@/core/policy';
import type { Settings } from '@/core/settings';
import { language, t } from '@/lib/i18n';
import { PinHelp } from './PinHelp';
import { StartSection } from './StartSection';
import { useWelcomeForm } from './welcome-form';

/**
 * The page installing Unsit opens (DESIGN.md, "First run"): what Unsit does,
 * the safety notice, the few choices that matter with their defaults set, an
 * optional plan, web meetings, the toolbar button, then Start.
 */
export function Welcome({ initial, policy = NO_POLICY }: { initial: Settings; policy?: Policy }) {
  const locale = language();
  const form = useWelcomeForm(initial, (key) => isLocked(policy, key));
  return (
    <main class="welcome settings-page">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeWhat')}</p>
        <p class="lead">{t('welcomeWhy')}</p>
      </header>
      <OrgMessage text={policy.org.welcomeMessage} />
      <SafetyNotice />
      <p class="muted choices-intro">{t('welcomeChoices')}</p>
      <Section id="h-reminders" title={t('sectionReminders')}>
        <IntervalFields form={form} />
      </Section>
      <HoursSection form={form} locale={locale} />
      <GoalSection form={form} />
      <Section id="h-stretches" title={t('sectionStretches')}>
        <StretchFilters form={form} keys={['chairRolls', 'noKneeling']} />
      </Section>
      <PlanSection form={form} />
      <MeetingsSection form={form} />
      <PinHelp />
      <StartSection form={form} />
    </main>
  );
}
