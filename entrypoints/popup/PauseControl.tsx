import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedFocusEvent } from 'preact';
import { t } from '@/lib/i18n';
import type { PauseLength } from '@/lib/messages';

export const PAUSES = [
  ['hour', 'pauseHour'],
  ['tomorrow', 'pauseTomorrow'],
] as const satisfies readonly (readonly [PauseLength, string])[];

interface Props {
  paused: boolean;
  onPause: (length: PauseLength) => void;
  onResume: () => void;
}

/**
 * "Pause" with its menu, or "Resume" while paused. The menu's first choice is
 * focused on open; Escape, Tab away or a click outside closes it (Escape
 * returns focus to its button).
 */
export function PauseControl({ paused, onPause, onResume }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    list.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: Event) => {
      const menu = list.current?.parentElement;
      if (menu && !menu.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (paused) {
    return (
      <button type="button" class="btn" onClick={onResume}>
        {t('resume')}
      </button>
    );
  }
  const choose = (length: PauseLength) => {
    setOpen(false);
    onPause(length);
  };
  return (
    <div
      class="menu"
      onFocusOut={(e: TargetedFocusEvent<HTMLDivElement>) => {
        const to = e.relatedTarget as Node | null;
        if (to && !e.currentTarget.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="btn"
        aria-expanded={open}
        aria-controls="pause-menu"
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('pause')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id="pause-menu" ref={list} class="menu-list" role="group" aria-label={t('pause')}>
          {PAUSES.map(([length, label]) => (
            <button
              key={length}
              type="button"
              class="btn"
              onClick={() => {
                choose(length);
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
