import { Section } from '@/components/settings-fields';
import { t } from '@/lib/i18n';

/** How to keep Unsit's button in the toolbar, in this browser's words. */
export function PinHelp() {
  return (
    <Section id="h-pin" title={t('sectionPin')}>
      <p>{import.meta.env.FIREFOX ? t('pinFirefox') : t('pinChromium')}</p>
    </Section>
  );
}
