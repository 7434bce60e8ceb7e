import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages';

interface Props {
  onDeleted: () => void;
}

/**
 * "Delete all data…" and its confirmation. Keyboard focus follows it: onto
 * Cancel when it opens, back to the button when it closes.
 */
export function DeleteAllData({ onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) {
      asked.current = true;
      cancel.current?.focus();
    } else if (asked.current) {
      button.current?.focus();
    }
  }, [confirming]);

  return (
    <div class="danger">
      {confirming ? (
        <div class="row" role="group" aria-label={t('deleteConfirmTitle')}>
          <p>{t('deleteConfirm')}</p>
          <button
            type="button"
            class="btn btn-danger"
            onClick={() =>
              void send({ type: 'delete-all' }).then(() => {
                setConfirming(false);
                onDeleted();
              })
            }
          >
            {t('deleteYes')}
          </button>
          <button
            ref={cancel}
            type="button"
            class="btn"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={button}
          type="button"
          class="btn btn-danger"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('deleteAll')}
        </button>
      )}
    </div>
  );
}
