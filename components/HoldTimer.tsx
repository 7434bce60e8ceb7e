import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { holdEnds, timerAt } from './hold-timer';
import { ProgressRing } from './ProgressRing';

interface Props {
  holdSeconds: number;
  perSide: boolean;
  reps?: number | undefined;
  /** Called at the end of each hold (the chime). */
  onHoldEnd?: () => void;
  /** Injected in tests; the page passes performance.now. */
  clock?: () => number;
}

export function HoldTimer({
  holdSeconds,
  perSide,
  reps,
  onHoldEnd,
  clock = () => performance.now(),
}: Props) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const chimed = useRef(0);

  useEffect(() => {
    if (startedAt === null) return;
    const id = setInterval(() => {
      const e = clock() - startedAt;
      setElapsed(e);
      const ends = holdEnds(holdSeconds, perSide);
      while (chimed.current < ends.length && e >= (ends[chimed.current] ?? Infinity)) {
        chimed.current += 1;
        onHoldEnd?.();
      }
    }, 200);
    return () => {
      clearInterval(id);
    };
  }, [startedAt, holdSeconds, perSide, onHoldEnd, clock]);

  const view = startedAt === null ? null : timerAt(elapsed, holdSeconds, perSide);
  const seconds = (ms: number) => String(Math.ceil(ms / 1000));

  let label: string;
  let big: string;
  let fraction = 0;
  if (view === null) {
    label = perSide
      ? t('timerReadyPerSide', String(holdSeconds))
      : t('timerReady', String(holdSeconds));
    big = String(holdSeconds);
  } else if (view.phase === 'hold') {
    label = perSide
      ? t('timerSide', [String(view.side), seconds(view.remainingMs)])
      : t('timerHold', seconds(view.remainingMs));
    big = seconds(view.remainingMs);
    fraction = view.fraction;
  } else if (view.phase === 'switch') {
    label = t('timerSwitch');
    big = seconds(view.remainingMs);
    fraction = 1;
  } else {
    label = t('timerFinished');
    big = '✓';
    fraction = 1;
  }

  return (
    <div class="hold-timer">
      <ProgressRing value={fraction} max={1} size={84} label={label}>
        <span class="timer-big">{big}</span>
      </ProgressRing>
      <div class="timer-text">
        <p class="timer-label" aria-live="polite">
          {label}
        </p>
        {reps !== undefined && <p class="muted">{t('timerReps', String(reps))}</p>}
        {startedAt === null ? (
          <button
            type="button"
            class="btn"
            onClick={() => {
              chimed.current = 0;
              setElapsed(0);
              setStartedAt(clock());
            }}
          >
            {t('timerStart')}
          </button>
        ) : (
          <button
            type="button"
            class="btn"
            onClick={() => {
              setStartedAt(null);
              setElapsed(0);
            }}
          >
            {t('timerRestart')}
          </button>
        )}
      </div>
    </div>
  );
}
