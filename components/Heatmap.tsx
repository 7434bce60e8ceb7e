import { weekday } from '@/core/days';
import type { HeatCell } from '@/core/streaks';
import { t } from '@/lib/i18n';

interface Props {
  cells: HeatCell[];
  locale: string;
  /** Today's day key: its cell is marked as the current date. */
  today?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per locale: making one for each of 182 cells is what slows the popup. */
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' });
    formats.set(locale, format);
  }
  return format;
}

/** One accessible label per day, e.g. "Mon, Nov 3: 2 of 3 stretches, goal met". */
export function cellLabel(cell: HeatCell, locale: string): string {
  const [y, m, d] = cell.day.split('-').map(Number) as [number, number, number];
  const date = dateFormat(locale).format(new Date(y, m - 1, d));
  const parts = [t('heatDone', [String(cell.done), String(cell.goal)])];
  if (cell.met) parts.push(t('heatMet'));
  else if (cell.frozen) parts.push(t('heatFrozen'));
  else if (cell.rest) parts.push(t('heatRest'));
  return `${date}: ${parts.join(', ')}`;
}

/** Rows run Monday (1) to Sunday (7). */
function mondayRow(day: string): number {
  return ((weekday(day) + 6) % 7) + 1;
}

/** The last weeks as a grid: a column per week, a row per weekday. */
export function Heatmap({ cells, locale, today }: Props) {
  return (
    <div
      class="heatmap"
      role="list"
      aria-label={t('heatmapLabel', String(Math.ceil(cells.length / 7)))}
    >
      {cells.map((cell, i) => (
        <span
          key={cell.day}
          role="listitem"
          class={`heat heat-${cell.level}${cell.frozen ? ' heat-frozen' : ''}${cell.day === today ? ' heat-today' : ''}`}
          aria-current={cell.day === today ? 'date' : undefined}
          style={i === 0 ? { gridRowStart: mondayRow(cell.day) } : undefined}
          title={cellLabel(cell, locale)}
          aria-label={cellLabel(cell, locale)}
        />
      ))}
    </div>
  );
}
