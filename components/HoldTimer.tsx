import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { planFor, sideEnds, viewAt } from './hold-timer';
import { MoveSide } from './move-side';
import { ProgressRing } from './ProgressRing';
import { timerWords } from './timer-words';

interface Props {
  /** the move: how its timer runs (hold, repetitions or movement), per side or not, the switch */
  move: Pick<Stretch, 'timer' | 'perSide' | 'switchSeconds'>;
  /** Called when a side ends, and at the very end (the chime). */
  onSideEnd?: () => void;
  /** Injected in tests; the page passes performance.now. */
  clock?: () => number;
}

const pageClock = () => performance.now();

export function HoldTimer({ move, onSideEnd, clock = pageClock }: Props) {
  const plan = useMemo(() => planFor(move), [move]);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const chimed = useRef(0);
  const tellSide = useContext(MoveSide);

  useEffect(() => {
    if (startedAt === null) return;
    const ends = sideEnds(plan);
    const id = setInterval(() => {
      const e = clock() - startedAt;
      setElapsed(e);
      while (chimed.current < ends.length && e >= (ends[chimed.current] ?? Infinity)) {
        chimed.current += 1;
        onSideEnd?.();
      }
      if (viewAt(plan, e).phase === 'finished') clearInterval(id);
    }, 200);
    return () => {
      clearInterval(id);
    };
  }, [startedAt, plan, onSideEnd, clock]);

  const view = startedAt === null ? null : viewAt(plan, elapsed);
  // The figure shows the side being done; during the switch, the side to come.
  const side: 1 | 2 =
    view === null || (view.phase === 'active' && view.side === 1) || !plan.perSide ? 1 : 2;
  useEffect(() => {
    tellSide?.({ side, run: startedAt ?? 0 });
  }, [tellSide, side, startedAt]);

  const words = timerWords(plan, view);
  const fraction = view === null ? 0 : view.phase === 'active' ? view.fraction : 1;
  const phase = view?.phase ?? 'ready';

  return (
    <div class={`hold-timer timer-${phase} timer-kind-${plan.kind}`}>
      <ProgressRing value={fraction} max={1} size={84} label={words.label}>
        <span class="timer-big">{words.big}</span>
      </ProgressRing>
      <div class="timer-text">
        <p class="timer-label" aria-hidden="true">
          {words.label}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {words.announce}
        </p>
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
