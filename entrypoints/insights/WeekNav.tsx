import { t } from '@/lib/i18n';

interface Props {
  canBack: boolean;
  canForward: boolean;
  onBack: () => void;
  onForward: () => void;
}

/**
 * Previous and next week. A button that cannot go further says so with
 * aria-disabled and stays focusable, so focus never drops to the page when
 * the last week is reached.
 */
export function WeekNav({ canBack, canForward, onBack, onForward }: Props) {
  return (
    <nav class="week-nav" aria-label={t('insightsWeeks')}>
      <button
        type="button"
        class="btn"
        aria-disabled={!canBack}
        onClick={() => {
          if (canBack) onBack();
        }}
      >
        <span aria-hidden="true">← </span>
        {t('insightsPrevious')}
      </button>
      <button
        type="button"
        class="btn"
        aria-disabled={!canForward}
        onClick={() => {
          if (canForward) onForward();
        }}
      >
        {t('insightsNext')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
