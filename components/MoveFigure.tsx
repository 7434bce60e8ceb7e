import { useEffect, useRef, useState } from 'preact/hooks';
import type { Figure } from '@/content/figure/types';
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
 * or still on its clearest pose when the user prefers reduced motion.
 */
export function MoveFigure({ figure, label, mirrored, run = 0, reducedMotion = pageQuery }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const still = useReducedMotion(reducedMotion);

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

  return (
    <figure class="illustration">
      <div
        ref={box}
        role="img"
        aria-label={label}
        class={mirrored ? 'figure-box mirrored' : 'figure-box'}
        data-motion={still ? 'still' : 'moving'}
      />
    </figure>
  );
}
