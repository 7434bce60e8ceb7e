import { useEffect, useRef, useState } from 'preact/hooks';
import type { Figure } from '@/content/figure/types';
import { t } from '@/lib/i18n';
import { figureSvg } from './figure-svg';
import './move-figure.css';

interface Props {
  figure: Figure;
  /** the alt text: the wrapper is the image, the drawing its decoration */
  label: string;
  /** the second side: the drawing is mirrored */
  mirrored: boolean;
  /** a new value plays the motion again (a new side, a restarted timer) */
  run?: number;
  /** Injected in tests; the page asks the browser. */
  reducedMotion?: () => MediaQueryList;
}

const QUERY = '(prefers-reduced-motion: reduce)';
const pageQuery = () => matchMedia(QUERY);

/** The user's motion preference, followed live. */
function useReducedMotion(query: () => MediaQueryList): boolean {
  const [reduce, setReduce] = useState(() => query().matches);
  useEffect(() => {
    const list = query();
    const onChange = () => {
      setReduce(list.matches);
    };
    list.addEventListener('change', onChange);
    return () => {
      list.removeEventListener('change', onChange);
    };
  }, [query]);
  return reduce;
}

/**
 * The move in motion (SMIL, played a few times, then resting on the move),
 * or still on its clearest pose when the user prefers reduced motion. A
 * button pauses and plays it (WCAG 2.2.2); under reduced motion it starts
 * still and plays only when asked.
 */
export function MoveFigure({ figure, label, mirrored, run = 0, reducedMotion = pageQuery }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const reduced = useReducedMotion(reducedMotion);
  // null: as the user's preference says; true/false: what the button asked for.
  const [asked, setAsked] = useState<boolean | null>(null);
  const playing = asked ?? !reduced;
  const still = reduced && !playing;

  useEffect(() => {
    const target = box.current;
    if (!target) return;
    // Parsed as SVG and adopted as nodes (no innerHTML): the markup is built
    // from numbers and fixed names only (components/figure-svg.ts).
    const parsed = new DOMParser().parseFromString(figureSvg(figure, { still }), 'image/svg+xml');
    const svg = document.importNode(parsed.documentElement, true);
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    // A fresh drawing starts its animation from the beginning.
    target.replaceChildren(svg);
  }, [figure, still, run, mirrored]);

  useEffect(() => {
    const svg = box.current?.querySelector('svg');
    if (!svg || typeof svg.pauseAnimations !== 'function') return;
    if (playing) svg.unpauseAnimations();
    else svg.pauseAnimations();
  }, [playing, figure, still, run, mirrored]);

  return (
    <div class="figure-wrap">
      <figure class="illustration">
        <div
          ref={box}
          role="img"
          aria-label={label}
          class={mirrored ? 'figure-box mirrored' : 'figure-box'}
          data-motion={playing ? 'moving' : 'still'}
        />
      </figure>
      <button
        type="button"
        class="figure-play"
        aria-label={t(playing ? 'figurePause' : 'figurePlay')}
        title={t(playing ? 'figurePause' : 'figurePlay')}
        onClick={() => {
          setAsked(!playing);
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          {playing ? (
            <path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" />
          ) : (
            <path d="M5 3l8 5-8 5z" fill="currentColor" />
          )}
        </svg>
      </button>
    </div>
  );
}
