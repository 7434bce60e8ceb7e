import { t } from '@/lib/i18n';
import { NumberSetting, type SettingsFields } from './settings-fields';

/** How long between stretches: the interval, or in varied mode the shortest and longest gap (the fixed interval has no effect then). */
export function IntervalFields({ form }: { form: SettingsFields }) {
  return form.shown('intervalMode') === 'varied' ? (
    <div class="pair">
      <NumberSetting form={form} name="variedMinMinutes" />
      <NumberSetting form={form} name="variedMaxMinutes" />
    </div>
  ) : (
    <NumberSetting form={form} name="intervalMinutes" hint={t('hintInterval')} />
  );
}
