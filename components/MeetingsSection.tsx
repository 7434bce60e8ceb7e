import { useState } from 'preact/hooks';
import { MEETING_SITES } from '@/core/meetings';
import { formatList, t } from '@/lib/i18n';
import { dropMeetingAccess, requestMeetingAccess } from '@/lib/meeting-access';
import { CheckField, LockedNote, Section, type SettingsFields } from './settings-fields';

/**
 * "Hold stretches during web meetings" (DESIGN.md, "Calls and meetings"). On
 * needs the browser's permission for the meeting sites, asked for while the
 * click is handled; only when it is granted does the choice change. Off gives
 * the permission back. The sites are named, so the user knows what they allow.
 */
interface Asked {
  /** Clicks that asked; each one re-renders the box, so it shows what is saved, never the click. */
  times: number;
  answer: 'waiting' | 'granted' | 'refused' | null;
}

export function MeetingsSection({ form }: { form: SettingsFields }) {
  const [asked, setAsked] = useState<Asked>({ times: 0, answer: null });
  const sites = formatList(MEETING_SITES.map((site) => site.name));

  function turnOn() {
    // First thing, before any await: Firefox refuses a request made after one.
    const request = requestMeetingAccess();
    setAsked((a) => ({ times: a.times + 1, answer: 'waiting' }));
    void request
      .catch(() => false)
      .then((granted) => {
        if (granted) form.change('callsGuard', true);
        setAsked((a) => ({ ...a, answer: granted ? 'granted' : 'refused' }));
      });
  }

  return (
    <Section id="h-meetings" title={t('sectionMeetings')}>
      <CheckField
        id="field-callsGuard"
        label={t('fieldCallsGuard')}
        checked={form.shown('callsGuard')}
        describedBy="meetings-sites"
        disabled={form.locked?.('callsGuard')}
        onChange={(on) => {
          if (on) {
            turnOn();
            return;
          }
          setAsked((a) => ({ ...a, answer: null }));
          form.change('callsGuard', false);
          void dropMeetingAccess().catch(() => undefined);
        }}
      />
      <LockedNote id="field-callsGuard" locked={form.locked?.('callsGuard')} />
      <p id="meetings-sites" class="hint">
        {t('meetingSites', sites)}
      </p>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p class={asked.answer === 'refused' ? 'error' : 'hint'} role="status">
        {asked.answer === 'waiting' && t('meetingAccessAsking')}
        {asked.answer === 'refused' && t('meetingAccessRefused')}
      </p>
    </Section>
  );
}
