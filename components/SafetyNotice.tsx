import { useEffect, useRef } from 'preact/hooks';
import { safetyNotice } from '@/content/safety';
import { t } from '@/lib/i18n';

interface Props {
  /** Without it the notice is shown inline with no button (options page). */
  onClose?: () => void;
  /** The heading level: 1 when the notice is the whole page (prompt), 2 inside options. */
  level?: 1 | 2;
}

export function SafetyNotice({ onClose, level = 2 }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <section class="safety" aria-labelledby="safety-title">
      <Heading id="safety-title">{t(safetyNotice.title)}</Heading>
      {safetyNotice.paragraphs.map((p) => (
        <p key={p}>{t(p)}</p>
      ))}
      {onClose && (
        <button ref={button} type="button" class="btn btn-primary" onClick={onClose}>
          {t('safetyUnderstood')}
        </button>
      )}
    </section>
  );
}
