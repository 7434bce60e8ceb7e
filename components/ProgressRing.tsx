import type { ComponentChildren } from 'preact';

interface Props {
  value: number;
  max: number;
  size?: number;
  /** Accessible description, e.g. "2 of 3 stretches today". */
  label: string;
  children?: ComponentChildren;
}

export function ProgressRing({ value, max, size = 72, label, children }: Props) {
  const stroke = size / 9;
  const r = (size - stroke) / 2;
  const c = 2 * Math.PI * r;
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  // The track and the value are the same circle, drawn in two colours.
  const circle = { cx: size / 2, cy: size / 2, r, fill: 'none' };
  return (
    <div class="ring" style={{ width: size, height: size }} role="img" aria-label={label}>
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
        <circle {...circle} stroke="var(--heat-0)" stroke-width={stroke} />
        {fraction > 0 && (
          <circle
            class="ring-value"
            {...circle}
            stroke="var(--accent)"
            stroke-width={stroke}
            stroke-linecap="round"
            stroke-dasharray={`${c * fraction} ${c}`}
            transform={`rotate(-90 ${size / 2} ${size / 2})`}
          />
        )}
      </svg>
      <div class="ring-inner" aria-hidden="true">
        {children}
      </div>
    </div>
  );
}
