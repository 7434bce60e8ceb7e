import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { dayKey, type DayKey } from '@/core/days';
import { holidayEnd, holidayRange, MAX_HOLIDAY_DAYS } from '@/core/holiday';
import { t } from '@/lib/i18n';

interface Props {
  at: number;
  onStart: (until: DayKey) => void;
  onCancel: () => void;
}

/**
 * A holiday: the day the user is back, from tomorrow to 30 days ahead. The
 * date field writes the date the browser's way; a day out of range is
 * refused with a message and nothing is sent.
 */
export function HolidayForm({ at, onStart, onCancel }: Props) {
  const { first, last } = holidayRange(dayKey(at));
  const [until, setUntil] = useState<string>(first);
  const [error, setError] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    field.current?.focus();
  }, []);

  return (
    <form
      class="holiday"
      onSubmit={(e) => {
        e.preventDefault();
        if (holidayEnd(at, until) === null) {
          setError(true);
          return;
        }
        onStart(until);
      }}
    >
      <label for="holiday-until">{t('holidayUntil')}</label>
      <input
        ref={field}
        id="holiday-until"
        type="date"
        min={first}
        max={last}
        value={until}
        aria-invalid={error}
        aria-describedby="holiday-hint"
        onInput={(e: TargetedEvent<HTMLInputElement>) => {
          setUntil(e.currentTarget.value);
          setError(false);
        }}
      />
      <p
        id="holiday-hint"
        class={error ? 'holiday-error small' : 'muted small'}
        role={error ? 'alert' : undefined}
      >
        {error ? t('holidayOutOfRange', String(MAX_HOLIDAY_DAYS)) : t('holidayHint')}
      </p>
      <div class="row">
        <button type="submit" class="btn btn-primary">
          {t('holidayStart')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
