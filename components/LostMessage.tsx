import { t } from '@/lib/i18n';

interface Props {
  /** Sends the same message again. */
  onRetry: () => void;
}

/**
 * What a page says when a message did not reach the background (its worker
 * was stopped mid-request, lib/messages.ts): nothing happened, and it can
 * be tried again.
 */
export function LostMessage({ onRetry }: Props) {
  return (
    <p class="lost" role="alert">
      {t('messageLost')}{' '}
      <button type="button" class="btn-link" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </p>
  );
}
