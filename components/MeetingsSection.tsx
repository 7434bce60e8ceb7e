import { useState } from 'preact/hooks';
import { MEETING_SITES } from '@/core/meetings';
import { contentLocale, t } from '@/lib/i18n';
import { dropMeetingAccess, requestMeetingAccess } from '@/lib/meeting-access';
import { CheckField, Section, type SettingsFields } from './settings-fields';

/**
 * "Hold stretches during web meetings" (DESIGN.md, "Calls and meetings"). On
 * needs the browser's permission for the meeting sites, asked for while the
 * click is handled; only when it is granted does the choice change. Off gives
 * the permission back. The sites are named, so the user knows what they allow.
 */
export function MeetingsSection({ form }: { form: SettingsFields }) {
  // Counted, so that every refusal re-renders the box and a refused click never leaves it ticked.
  const [refusals, setRefusals] = useState(0);
  const sites = new Intl.ListFormat(contentLocale(), { type: 'conjunction' }).format(
    MEETING_SITES.map((site) => site.name),
  );

  function turnOn() {
    // First thing, before any await: Firefox refuses a request made after one.
    void requestMeetingAccess()
      .catch(() => false)
      .then((granted) => {
        if (granted) form.change('callsGuard', true);
        setRefusals((n) => (granted ? 0 : n + 1));
      });
  }

  return (
    <Section id="h-meetings" title={t('sectionMeetings')}>
      <CheckField
        id="field-callsGuard"
        label={t('fieldCallsGuard')}
        checked={form.shown('callsGuard')}
        describedBy="meetings-sites"
        onChange={(on) => {
          if (on) {
            turnOn();
            return;
          }
          setRefusals(0);
          form.change('callsGuard', false);
          void dropMeetingAccess().catch(() => undefined);
        }}
      />
      <p id="meetings-sites" class="hint">
        {t('meetingSites', sites)}
      </p>
      {refusals > 0 && (
        <p class="error" role="alert">
          {t('meetingAccessRefused')}
        </p>
      )}
    </Section>
  );
}
