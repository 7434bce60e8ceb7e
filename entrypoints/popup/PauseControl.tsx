import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedFocusEvent } from 'preact';
import type { DayKey } from '@/core/days';
import { t } from '@/lib/i18n';
import { HolidayForm } from './HolidayForm';
import { QUIET_LENGTHS, type PauseLength, type QuietLength } from '@/lib/messages';

export const PAUSES = [
  ['hour', 'pauseHour'],
  ['tomorrow', 'pauseTomorrow'],
  ['holiday', 'pauseHoliday'],
] as const satisfies readonly (readonly [PauseLength | 'holiday', string])[];

/** "Quiet for a call" lengths and their labels. */
export const QUIETS = QUIET_LENGTHS.map((m) => [m, `quiet${m}`] as const);

interface MenuProps<T extends string | number> {
  id: string;
  label: string;
  items: readonly (readonly [T, string])[];
  onChoose: (value: T) => void;
}

/**
 * Arrow keys, Home and End move focus between a menu's choices (#24, item
 * 10), wrapping round at the ends.
 */
export function moveFocus(list: HTMLElement, key: string): boolean {
  const items = [...list.querySelectorAll<HTMLButtonElement>('button')];
  const at = items.findIndex((b) => b === document.activeElement);
  const next =
    key === 'ArrowDown' || key === 'ArrowRight'
      ? (at + 1) % items.length
      : key === 'ArrowUp' || key === 'ArrowLeft'
        ? (at - 1 + items.length) % items.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : -1;
  if (next < 0 || items.length === 0) return false;
  items[next]?.focus();
  return true;
}

/**
 * A button with a menu of choices. The first choice is focused on open; the
 * arrow keys move between them; Escape, Tab away or a click outside closes
 * it (Escape returns focus to its button).
 */
function MenuButton<T extends string | number>({ id, label, items, onChoose }: MenuProps<T>) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // Focus moves with the render that opens the menu, before a next key press.
  useLayoutEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (list.current && moveFocus(list.current, e.key)) {
        e.preventDefault();
        return;
      }
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
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={id} ref={list} class="menu-list" role="group" aria-label={label}>
          {items.map(([value, itemLabel]) => (
            <button
              key={value}
              type="button"
              class="btn"
              onClick={() => {
                setOpen(false);
                onChoose(value);
              }}
            >
              {t(itemLabel)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

interface Props {
  paused: boolean;
  quiet: boolean;
  at: number;
  onPause: (length: PauseLength) => void;
  onHoliday: (until: DayKey) => void;
  onQuiet: (minutes: QuietLength) => void;
  onResume: () => void;
}

/**
 * "Pause" with its menu, or "Resume" while paused; beside it "Quiet for a
 * call" (time keeps counting, a due stretch waits for the end of the call),
 * or "End quiet" while it lasts.
 */
export function PauseControl({ paused, quiet, at, onPause, onHoliday, onQuiet, onResume }: Props) {
  const [planning, setPlanning] = useState(false);
  if (planning) {
    return (
      <HolidayForm
        at={at}
        onStart={(until) => {
          setPlanning(false);
          onHoliday(until);
        }}
        onCancel={() => {
          setPlanning(false);
        }}
      />
    );
  }
  if (paused) {
    return (
      <button type="button" class="btn" onClick={onResume}>
        {t('resume')}
      </button>
    );
  }
  return (
    <>
      <MenuButton
        id="pause-menu"
        label={t('pause')}
        items={PAUSES}
        onChoose={(length) => {
          if (length === 'holiday') setPlanning(true);
          else onPause(length);
        }}
      />
      {quiet ? (
        <button type="button" class="btn" onClick={onResume}>
          {t('endQuiet')}
        </button>
      ) : (
        <MenuButton id="quiet-menu" label={t('quiet')} items={QUIETS} onChoose={onQuiet} />
      )}
    </>
  );
}
