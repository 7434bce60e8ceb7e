import { useEffect, useRef } from 'preact/hooks';
import { safetyNotice } from '@/content/safety';
import { t } from '@/lib/i18n';

interface Props {
  locale: 'en' | 'es';
  /** Without it the notice is shown inline with no button (options page). */
  onClose?: () => void;
}

export function SafetyNotice({ locale, onClose }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <section class="safety" aria-labelledby="safety-title">
      <h2 id="safety-title">{safetyNotice.title[locale]}</h2>
      {safetyNotice.paragraphs.map((p, i) => (
        <p key={i}>{p[locale]}</p>
      ))}
      {onClose && (
        <button ref={button} type="button" class="btn btn-primary" onClick={onClose}>
          {t('safetyUnderstood')}
        </button>
      )}
    </section>
  );
}
