/**
 * The week as a small chart: the longest sitting spell of each day as a bar,
 * the interval as a dashed line (a band in varied mode), and the stretches
 * done as dots below the day. Hidden from assistive technology: the table
 * beside it carries every figure.
 */
import { chartScale, type InsightDay } from '@/core/insights';
import { t } from '@/lib/i18n';
import { formatInterval, formatMinutes, formatNumber, shortWeekday, type Locale } from './words';

interface Props {
  week: InsightDay[];
  interval: readonly [number, number];
  locale: Locale;
  today: string;
}

const LEFT = 56;
const COLUMN = 48;
const WIDTH = LEFT + COLUMN * 7 + 8;
const PLOT_TOP = 22;
const PLOT_HEIGHT = 180;
const BASE = PLOT_TOP + PLOT_HEIGHT;
const LABEL_Y = BASE + 18;
const DOTS_Y = LABEL_Y + 16;
const HEIGHT = DOTS_Y + 24;
const BAR = 22;
/** Dots drawn one per stretch up to this many; a number beyond. */
const MAX_DOTS = 10;
const DOTS_PER_ROW = 5;

const center = (i: number) => LEFT + COLUMN * i + COLUMN / 2;

/** The scale's lines and their minutes, and the interval's line or band. */
function Scale({ top, ticks, interval, locale }: Omit<Props, 'week' | 'today'> & Scaled) {
  const y = (m: number) => BASE - (m / top) * PLOT_HEIGHT;
  const [min, max] = interval;
  return (
    <g>
      {ticks.map((m) => (
        <g key={m}>
          <line class="grid" x1={LEFT} x2={WIDTH - 8} y1={y(m)} y2={y(m)} />
          <text class="tick" x={LEFT - 6} y={y(m) + 4} text-anchor="end">
            {formatMinutes(m, locale)}
          </text>
        </g>
      ))}
      {min !== max && (
        <rect class="band" x={LEFT} width={WIDTH - 8 - LEFT} y={y(max)} height={y(min) - y(max)} />
      )}
      {[...new Set([min, max])].map((m) => (
        <line key={m} class="interval" x1={LEFT} x2={WIDTH - 8} y1={y(m)} y2={y(m)} />
      ))}
    </g>
  );
}

interface Scaled {
  top: number;
  ticks: number[];
}

/** One day's column: its bar (or a dash when not measured), its name and its stretches. */
function Day({ day, i, top, today, locale }: { day: InsightDay; i: number; top: number } & Props) {
  const x = center(i);
  const height = (day.longest / top) * PLOT_HEIGHT;
  return (
    <g class={day.day === today ? 'day today' : 'day'}>
      {day.measured ? (
        <>
          <rect class="bar" x={x - BAR / 2} y={BASE - height} width={BAR} height={height} rx={2} />
          <text class="value" x={x} y={BASE - height - 5} text-anchor="middle">
            {formatNumber(day.longest, locale)}
          </text>
        </>
      ) : (
        !day.future && <line class="unmeasured" x1={x - 6} x2={x + 6} y1={BASE - 4} y2={BASE - 4} />
      )}
      <text class="weekday" x={x} y={LABEL_Y} text-anchor="middle">
        {shortWeekday(day.day, locale)}
      </text>
      <Dots done={day.done} x={x} locale={locale} />
    </g>
  );
}

function Dots({ done, x, locale }: { done: number; x: number; locale: Locale }) {
  if (done === 0) return null;
  if (done > MAX_DOTS) {
    return (
      <text class="done-count" x={x} y={DOTS_Y + 8} text-anchor="middle">
        {formatNumber(done, locale)}
      </text>
    );
  }
  return (
    <>
      {Array.from({ length: done }, (_, k) => {
        const row = Math.floor(k / DOTS_PER_ROW);
        const inRow = Math.min(DOTS_PER_ROW, done - row * DOTS_PER_ROW);
        const col = k % DOTS_PER_ROW;
        return (
          <circle
            key={k}
            class="dot"
            cx={x + (col - (inRow - 1) / 2) * 9}
            cy={DOTS_Y + row * 9}
            r={3.5}
          />
        );
      })}
    </>
  );
}

export function WeekChart(props: Props) {
  const { week, interval, locale } = props;
  const { top, ticks } = chartScale(
    week.map((d) => d.longest),
    interval[1],
  );
  return (
    <div class="chart" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
        <Scale top={top} ticks={ticks} interval={interval} locale={locale} />
        {week.map((day, i) => (
          <Day key={day.day} {...props} day={day} i={i} top={top} />
        ))}
      </svg>
      <ul class="legend">
        <li>
          <span class="swatch swatch-bar" />
          {t('insightsLegendLongest')}
        </li>
        <li>
          <span class="swatch swatch-dot" />
          {t('insightsLegendDone')}
        </li>
        <li>
          <span class="swatch swatch-line" />
          {t('insightsLegendInterval', formatInterval(interval, locale))}
        </li>
        {week.some((d) => !d.future && !d.measured) && (
          <li>
            <span class="swatch swatch-unmeasured" />
            {t('insightsLegendUnmeasured')}
          </li>
        )}
      </ul>
    </div>
  );
}
