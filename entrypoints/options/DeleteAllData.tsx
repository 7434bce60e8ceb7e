import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '@/components/Button';
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

  const ask = (on: boolean) => () => {
    setConfirming(on);
  };
  return (
    <div class="danger">
      {confirming ? (
        <div class="row" role="group" aria-label={t('deleteConfirmTitle')}>
          <p>{t('deleteConfirm')}</p>
          <Button
            variant="danger"
            label={t('deleteYes')}
            onClick={() =>
              send({ type: 'delete-all' }).then(() => {
                setConfirming(false);
                onDeleted();
              })
            }
          />
          <Button buttonRef={cancel} label={t('cancel')} onClick={ask(false)} />
        </div>
      ) : (
        <Button buttonRef={button} variant="danger" label={t('deleteAll')} onClick={ask(true)} />
      )}
    </div>
  );
}
