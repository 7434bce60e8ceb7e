import { UNDO_MS, type LastAnswer } from '@/core/stored';
import { t } from '@/lib/i18n';

interface Props {
  last: LastAnswer | undefined;
  /** Now, on the extension's clock (the popup ticks every second). */
  at: number;
  onUndo: () => void;
}

/** "Undo the last Done" (or Skip), for UNDO_MS after it; nothing after that. */
export function UndoLast({ last, at, onUndo }: Props) {
  if (!last || at < last.at || at - last.at > UNDO_MS) return null;
  const label = last.kind === 'skipped' ? t('undoSkip') : t('undoDone');
  return (
    <p class="undo">
      <button type="button" class="btn" onClick={onUndo}>
        {label}
      </button>
    </p>
  );
}
