import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '@/components/Button';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import { LostMessage } from '@/components/LostMessage';

interface Props {
  onDeleted: () => void;
}

/**
 * "Delete all data…" and its confirmation. Keyboard focus follows it: onto
 * Cancel when it opens, back to the button when it closes.
 */
export function DeleteAllData({ onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [lost, setLost] = useState(false);
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

  async function remove() {
    const sent = await send({ type: 'delete-all' });
    setLost(!sent.delivered);
    if (!sent.delivered) return;
    setConfirming(false);
    onDeleted();
  }

  const ask = (on: boolean) => () => {
    setConfirming(on);
  };
  return (
    <div class="danger">
      {confirming ? (
        <div class="row" role="group" aria-label={t('deleteConfirmTitle')}>
          <p>{t('deleteConfirm')}</p>
          <Button variant="danger" label={t('deleteYes')} onClick={() => void remove()} />
          <Button buttonRef={cancel} label={t('cancel')} onClick={ask(false)} />
          {lost && <LostMessage onRetry={() => void remove()} />}
        </div>
      ) : (
        <Button buttonRef={button} variant="danger" label={t('deleteAll')} onClick={ask(true)} />
      )}
    </div>
  );
}
