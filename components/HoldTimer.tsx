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

const pageClock = () => performance.now();

export function HoldTimer({ holdSeconds, perSide, reps, onHoldEnd, clock = pageClock }: Props) {
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
      if (timerAt(e, holdSeconds, perSide).phase === 'finished') clearInterval(id);
    }, 200);
    return () => {
      clearInterval(id);
    };
  }, [startedAt, holdSeconds, perSide, onHoldEnd, clock]);

  const view = startedAt === null ? null : timerAt(elapsed, holdSeconds, perSide);
  const seconds = (ms: number) => String(Math.ceil(ms / 1000));

  // `label` follows the seconds (on screen and in the ring's name, read on
  // demand); `announce` changes only with the phase, so a screen reader hears
  // each side, the switch and the end once instead of every second.
  let label: string;
  let announce = '';
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
    announce = perSide
      ? t('timerSide', [String(view.side), String(holdSeconds)])
      : t('timerHold', String(holdSeconds));
    big = seconds(view.remainingMs);
    fraction = view.fraction;
  } else if (view.phase === 'switch') {
    label = t('timerSwitch');
    announce = label;
    big = seconds(view.remainingMs);
    fraction = 1;
  } else {
    label = t('timerFinished');
    announce = label;
    big = '✓';
    fraction = 1;
  }
  const phase = view?.phase ?? 'ready';

  return (
    <div class={`hold-timer timer-${phase}`}>
      <ProgressRing value={fraction} max={1} size={84} label={label}>
        <span class="timer-big">{big}</span>
      </ProgressRing>
      <div class="timer-text">
        <p class="timer-label" aria-hidden="true">
          {label}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {announce}
        </p>
        {reps !== undefined && <p class="muted">{t('timerReps', String(reps))}</p>}
        <button
          type="button"
          class="btn"
          onClick={() => {
            chimed.current = 0;
            setElapsed(0);
            setStartedAt(clock());
          }}
        >
          {t(startedAt === null ? 'timerStart' : 'timerRestart')}
        </button>
      </div>
    </div>
  );
}
