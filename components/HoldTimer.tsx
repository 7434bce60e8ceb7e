import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { planFor, sideEnds, viewAt, type TimerPlan, type TimerView } from './hold-timer';
import { MoveSide } from './move-side';
import { ProgressRing } from './ProgressRing';
import { timerWords } from './timer-words';

interface Props {
  /** the move: how its timer runs (hold, repetitions or movement), per side or not, the switch */
  move: Pick<Stretch, 'timer' | 'perSide' | 'switchSeconds'>;
  /** Time to get into position before side one (the guided session's set-up steps). */
  positionMs?: number;
  /** Called when a side ends, and at the very end (the chime). */
  onSideEnd?: () => void;
  /** Where the timer stands, on every tick (null before it starts). */
  onView?: (view: TimerView | null) => void;
  /** Injected in tests; the page passes performance.now. */
  clock?: () => number;
}

const pageClock = () => performance.now();

/** A run of the timer: time banked by earlier stretches of running, and since when it runs now. */
interface Run {
  /** when this run began (a new value plays the figure from the start) */
  began: number;
  banked: number;
  since: number | null;
}

/** The timer's run: started, paused, resumed, finished; ticking five times a second while it runs. */
function useRun(plan: TimerPlan, clock: () => number, onSideEnd?: () => void) {
  const [run, setRun] = useState<Run | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const chimed = useRef(0);

  useEffect(() => {
    if (run?.since == null) return;
    const since = run.since;
    const ends = sideEnds(plan);
    const tick = () => {
      const e = run.banked + clock() - since;
      setElapsed(e);
      while (chimed.current < ends.length && e >= (ends[chimed.current] ?? Infinity)) {
        chimed.current += 1;
        onSideEnd?.();
      }
      if (viewAt(plan, e).phase === 'finished') {
        clearInterval(id);
        setRun({ began: run.began, banked: e, since: null });
      }
    };
    const id = setInterval(tick, 200);
    return () => {
      clearInterval(id);
    };
  }, [run, plan, onSideEnd, clock]);

  const view = run === null ? null : viewAt(plan, elapsed);
  const finished = view?.phase === 'finished';
  const running = run !== null && run.since !== null;
  /** Start (again), pause or resume, as the button says. */
  const press = () => {
    if (run === null || finished) {
      chimed.current = 0;
      setElapsed(0);
      const at = clock();
      setRun({ began: at, banked: 0, since: at });
    } else if (running) {
      setRun({ ...run, banked: run.banked + clock() - (run.since ?? clock()), since: null });
    } else {
      setRun({ ...run, since: clock() });
    }
  };
  const label =
    run === null
      ? 'timerStart'
      : finished
        ? 'timerRestart'
        : running
          ? 'timerPause'
          : 'timerResume';
  return { view, began: run?.began ?? 0, press, label };
}

export function HoldTimer({ move, positionMs = 0, onSideEnd, onView, clock = pageClock }: Props) {
  const plan = useMemo(() => planFor(move, positionMs), [move, positionMs]);
  const { view, began, press, label } = useRun(plan, clock, onSideEnd);
  const tellSide = useContext(MoveSide);
  useEffect(() => {
    onView?.(view);
  });
  // The figure shows the side being done; during the switch, the side to come.
  const side: 1 | 2 =
    view === null ||
    view.phase === 'position' ||
    (view.phase === 'active' && view.side === 1) ||
    !plan.perSide
      ? 1
      : 2;
  useEffect(() => {
    tellSide?.({ side, run: began });
  }, [tellSide, side, began]);

  const words = timerWords(plan, view);
  const fraction =
    view === null || view.phase === 'position' ? 0 : view.phase === 'active' ? view.fraction : 1;
  const phase = view?.phase ?? 'ready';

  return (
    <div class={`hold-timer timer-${phase} timer-kind-${plan.kind}`}>
      <ProgressRing value={fraction} max={1} size={64} label={words.label}>
        <span class="timer-big">{words.big}</span>
      </ProgressRing>
      <div class="timer-text">
        <p class="timer-label" aria-hidden="true">
          {words.label}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {words.announce}
        </p>
        <button type="button" class={view === null ? 'btn btn-start' : 'btn'} onClick={press}>
          {t(label)}
        </button>
      </div>
    </div>
  );
}
