import { useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { weekday } from '@/core/days';
import type { HeatCell } from '@/core/streaks';
import { dateOf, monthName, shortDay, weekdayName } from '@/lib/format';
import { t } from '@/lib/i18n';

interface Props {
  cells: HeatCell[];
  /** The locale dates are written in (lib/i18n.ts dateLocale). */
  locale: string;
  /** The first day of the week, 0 = Sunday (lib/format.ts firstDayOfWeek). */
  firstDay: number;
  /** Today's day key: its cell is marked as the current date. */
  today?: string;
}

/** One accessible label per day, e.g. "Mon, Nov 3: 2 of 3 stretches, goal met". */
export function cellLabel(cell: HeatCell, locale: string): string {
  const parts = [t('heatDone', [String(cell.done), String(cell.goal)])];
  if (cell.met) parts.push(t('heatMet'));
  else if (cell.frozen) parts.push(t('heatFrozen'));
  else if (cell.rest) parts.push(t('heatRest'));
  return `${shortDay(dateOf(cell.day), locale)}: ${parts.join(', ')}`;
}

/** The cells as weeks (columns) of seven days from `firstDay`; null before the first day shown. */
export function heatWeeks(cells: readonly HeatCell[], firstDay: number): (HeatCell | null)[][] {
  const first = cells[0];
  if (!first) return [];
  const lead = (weekday(first.day) - firstDay + 7) % 7;
  const slots: (HeatCell | null)[] = [...Array<null>(lead).fill(null), ...cells];
  const weeks: (HeatCell | null)[][] = [];
  for (let i = 0; i < slots.length; i += 7) weeks.push(slots.slice(i, i + 7));
  return weeks;
}

/** Arrow keys move a day (up, down) or a week (left, right); Home and End go to the ends. */
function moved(key: string, index: number, count: number): number | null {
  const to =
    key === 'ArrowUp'
      ? index - 1
      : key === 'ArrowDown'
        ? index + 1
        : key === 'ArrowLeft'
          ? index - 7
          : key === 'ArrowRight'
            ? index + 7
            : key === 'Home'
              ? 0
              : key === 'End'
                ? count - 1
                : null;
  return to === null ? null : Math.min(count - 1, Math.max(0, to));
}

/**
 * The last weeks as a grid: a column per week under its month, a row per
 * weekday from the locale's first day. One cell is in the tab order (today
 * at first), the arrow keys move between them (a roving tabindex).
 */
/**
 * The month headers: one over the weeks of each month, from the week it
 * begins in; a month cut short at either end of the grid may get an empty
 * header, where its name would not fit.
 */
function monthHeads(
  weeks: readonly (readonly (HeatCell | null)[])[],
): { week: number; span: number; day: string | null }[] {
  const heads: { week: number; span: number; day: string | null }[] = [];
  weeks.forEach((week, w) => {
    const first =
      week.find((c) => c?.day.endsWith('-01')) ??
      (w === 0 ? week.find((c) => c !== null) : undefined);
    const last = heads.at(-1);
    if (first) heads.push({ week: w, span: 1, day: first.day });
    else if (last) last.span += 1;
    else heads.push({ week: w, span: 1, day: null });
  });
  // The first month, cut short, needs 3 weeks for its name; the last (this
  // month) 2; a name over fewer would run past the grid.
  return heads.map((h, i) =>
    (i === 0 && h.span < 3) || (i === heads.length - 1 && h.span < 2) ? { ...h, day: null } : h,
  );
}

export function Heatmap({ cells, locale, firstDay, today }: Props) {
  const weeks = heatWeeks(cells, firstDay);
  const [focused, setFocused] = useState(() => {
    const i = cells.findIndex((c) => c.day === today);
    return i >= 0 ? i : cells.length - 1;
  });
  const grid = useRef<HTMLTableElement>(null);
  const lead = weeks[0]?.filter((c) => c === null).length ?? 0;

  const onKey = (e: TargetedKeyboardEvent<HTMLTableElement>) => {
    const to = moved(e.key, focused, cells.length);
    if (to === null) return;
    e.preventDefault();
    setFocused(to);
    grid.current?.querySelector<HTMLElement>(`[data-i="${to}"]`)?.focus();
  };

  return (
    <table
      ref={grid}
      class="heatmap"
      role="grid"
      aria-readonly="true"
      aria-label={t('heatmapLabel', String(weeks.length))}
      onKeyDown={onKey}
    >
      <thead>
        <tr>
          <td role="presentation" />
          {monthHeads(weeks).map((h) =>
            h.day ? (
              <th key={h.week} scope="col" colSpan={h.span} class="heat-month">
                {monthName(dateOf(h.day), locale)}
              </th>
            ) : (
              <td key={h.week} colSpan={h.span} role="presentation" />
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: 7 }, (_, row) => (
          <tr key={row}>
            <th scope="row" class="heat-weekday">
              {/* Every other row's name is shown; each row is named for screen readers. */}
              <span class={row % 2 === 0 ? undefined : 'visually-hidden'}>
                {weekdayName(dateOf(dayOfRow(row, firstDay)), locale, true)}
              </span>
            </th>
            {weeks.map((week, w) => {
              const cell = week[row];
              if (!cell) return <td key={w} role="presentation" />;
              const i = w * 7 + row - lead;
              return (
                <td
                  key={cell.day}
                  role="gridcell"
                  data-i={i}
                  tabIndex={i === focused ? 0 : -1}
                  class={`heat heat-${cell.level}${cell.frozen ? ' heat-frozen' : ''}${cell.day === today ? ' heat-today' : ''}`}
                  aria-current={cell.day === today ? 'date' : undefined}
                  title={cellLabel(cell, locale)}
                  aria-label={cellLabel(cell, locale)}
                  onFocus={() => {
                    setFocused(i);
                  }}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A date whose weekday is the `row`th from `firstDay` (2023-01-01 was a Sunday). */
function dayOfRow(row: number, firstDay: number): string {
  return `2023-01-0${1 + ((firstDay + row) % 7)}`;
}

/** What the colours mean: none to the goal met, a freeze, today. */
export function HeatLegend() {
  return (
    <p class="heat-legend small muted">
      <span>{t('heatLegendNone')}</span>
      {[0, 1, 2, 3, 4].map((level) => (
        <span key={level} class={`heat heat-${level}`} aria-hidden="true" />
      ))}
      <span>{t('heatMet')}</span>
      <span class="heat heat-0 heat-frozen" aria-hidden="true" />
      <span>{t('heatFrozen')}</span>
      <span class="heat heat-0 heat-today" aria-hidden="true" />
      <span>{t('heatToday')}</span>
    </p>
  );
}
