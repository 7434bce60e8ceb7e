// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { locale, useEnglish, useMessages } from './locale';
import { blankRecord, type DayRecord, type Days } from '@/core/history';
import { Insights, type InsightsProps } from '@/entrypoints/insights/Insights';

// A Wednesday: this week is Monday 16 to Sunday 22 November 2026.
const TODAY = '2026-11-18';

function rec(longest: number, longSpells: number, done: number): DayRecord {
  return {
    ...blankRecord(3, true),
    browsed: true,
    done,
    spells: longest > 0 ? 4 : 0,
    longestSpell: longest,
    longSpells,
  };
}

/** The week before in full (its Thursday is not compared yet), this week to Wednesday. */
const DAYS: Days = {
  '2026-11-09': rec(95, 3, 2),
  '2026-11-10': rec(70, 2, 3),
  '2026-11-11': rec(60, 1, 3),
  '2026-11-12': rec(120, 4, 1),
  '2026-11-16': rec(52, 1, 3),
  '2026-11-17': rec(0, 0, 2),
  '2026-11-18': rec(40, 0, 1),
};

/** A stretch done at `hour` local time on `day`. */
function done(day: string, hour: number) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { at: new Date(y, m - 1, d, hour, 20).getTime(), kind: 'done' };
}

function props(overrides: Partial<InsightsProps> = {}): InsightsProps {
  return {
    days: DAYS,
    from: '2026-05-12',
    today: TODAY,
    interval: [45, 45],
    locale: 'en',
    loadBuckets: vi.fn((days: string[]) =>
      Promise.resolve(
        days.map((day) =>
          day === '2026-11-16'
            ? { events: [done(day, 10), done(day, 14)] }
            : day === '2026-11-18'
              ? { events: [done(day, 10)] }
              : undefined,
        ),
      ),
    ),
    ...overrides,
  };
}

/** The visible text of each body row, cell by cell (a dash reads with its reason). */
function bodyRows(): string[][] {
  const table = screen.getByRole('table');
  const body = table.querySelector('tbody');
  if (!body) throw new Error('no table body');
  return [...body.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()),
  );
}

function footRows(): string[][] {
  const foot = screen.getByRole('table').querySelector('tfoot');
  if (!foot) throw new Error('no table foot');
  return [...foot.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()),
  );
}

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('Insights page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglish();
  });
  afterEach(() => {
    cleanup();
  });

  it('compares this week so far with the same days of the week before', async () => {
    render(<Insights {...props()} />);
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Your sitting, week by week',
    );
    const week = screen.getByRole('heading', { level: 2, name: /^This week/ });
    expect(week.textContent).toMatch(/November 16\s–\s22, 2026/);
    // Spells past the interval 6 → 1 is the largest change; Thursday's 4 are not compared yet.
    expect(
      screen.getByText(
        '5 fewer spells ran past your interval than the week before (1 instead of 6).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Compared with the same days of the week before, Monday to Wednesday.'),
    ).toBeTruthy();
  });

  it('lists every day in the table, saying why a figure is missing', async () => {
    render(<Insights {...props()} />);
    await settle();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent.trim());
    expect(headers).toEqual([
      'Day',
      'Longest spell',
      'Spells past your interval (45 min)',
      'Stretches done',
    ]);
    expect(bodyRows()).toEqual([
      ['Monday, Nov 16', '52 min', '1', '3'],
      // A day after the first spell without one of its own measured none (#24, item 9).
      ['Tuesday, Nov 17', '0 min', '0', '2'],
      ['Wednesday, Nov 18', '40 min', '0', '1'],
      ['Thursday, Nov 19', '–not yet', '–not yet', '–not yet'],
      ['Friday, Nov 20', '–not yet', '–not yet', '–not yet'],
      ['Saturday, Nov 21', '–not yet', '–not yet', '–not yet'],
      ['Sunday, Nov 22', '–not yet', '–not yet', '–not yet'],
    ]);
    expect(footRows()).toEqual([
      ['Week so far', '52 min', '1', '6'],
      ['Same days, week before', '95 min', '6', '8'],
    ]);
    const today = screen.getAllByRole('row').filter((r) => r.getAttribute('aria-current'));
    expect(today.map((r) => r.getAttribute('aria-current'))).toEqual(['date']);
    expect(within(today[0]!).getByRole('rowheader').textContent).toBe('Wednesday, Nov 18');
  });

  it("names today's interval in the header of the current week only (#24, item 4)", async () => {
    render(<Insights {...props()} />);
    await settle();
    const header = () => screen.getAllByRole('columnheader')[2]?.textContent.trim();
    expect(header()).toBe('Spells past your interval (45 min)');
    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    await settle();
    expect(header()).toBe('Spells past your interval');
  });

  it('starts the week on the locale’s first day: Sunday (#24, item 9)', async () => {
    render(<Insights {...props({ firstDay: 0 })} />);
    await settle();
    expect(bodyRows()[0]?.[0]).toBe('Sunday, Nov 15');
    expect(bodyRows()[6]?.[0]).toBe('Saturday, Nov 21');
  });

  it('draws a bar for each measured day only, the chart hidden behind its table', async () => {
    const { container } = render(<Insights {...props()} />);
    await settle();
    const chart = container.querySelector('.chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    // Tuesday had no spell after the first one was measured: a bar of 0 minutes.
    expect(container.querySelectorAll('.chart .bar')).toHaveLength(3);
    expect(container.querySelectorAll('.chart .unmeasured')).toHaveLength(0);
    // One dot a stretch: 3 + 2 + 1.
    expect(container.querySelectorAll('.chart .dot')).toHaveLength(6);
    expect(container.querySelectorAll('.chart .interval')).toHaveLength(1);
    expect(screen.getByText('Your interval (45 min)')).toBeTruthy();
  });

  it('shows a band and a range for a varied interval', async () => {
    const { container } = render(<Insights {...props({ interval: [30, 60] })} />);
    await settle();
    expect(container.querySelectorAll('.chart .band')).toHaveLength(1);
    expect(container.querySelectorAll('.chart .interval')).toHaveLength(2);
    expect(screen.getByText('Your interval (30–60 min)')).toBeTruthy();
  });

  it('says when the stretches were done, from the week’s day buckets', async () => {
    const p = props();
    render(<Insights {...p} />);
    await settle();
    expect(p.loadBuckets).toHaveBeenCalledWith([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(screen.getByText(/^Most often 10:00\s?–\s?11:00\sAM \(2 stretches\)\.$/)).toBeTruthy();
    const hours = screen.getByRole('heading', { name: 'When you stretched' }).parentElement;
    const items = within(hours!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatch(/^2:00\s?–\s?3:00\sPM: 1 stretch$/);
  });

  it('goes back a week and forward again, never past this week or the kept records', async () => {
    const p = props({ from: '2026-11-02' });
    render(<Insights {...p} />);
    await settle();
    const back = screen.getByRole('button', { name: /Previous week/ });
    const forward = screen.getByRole('button', { name: /Next week/ });
    expect(forward.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(forward);
    expect(screen.getByRole('heading', { level: 2, name: /^This week/ })).toBeTruthy();

    fireEvent.click(back);
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: /^Last week/ })).toBeTruthy();
    expect(
      screen.getByText(
        'The week before has no sitting spells to compare with. Your longest that week: 120 minutes.',
      ),
    ).toBeTruthy();
    expect(footRows()[0]?.[0]).toBe('Whole week');
    expect(p.loadBuckets).toHaveBeenLastCalledWith(expect.arrayContaining(['2026-11-09']));
    // Records start on 2 November: the week of the 9th is the first with a whole week before it.
    expect(back.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(back);
    expect(screen.getByRole('heading', { level: 2, name: /^Last week/ })).toBeTruthy();

    expect(forward.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(forward);
    expect(screen.getByRole('heading', { level: 2, name: /^This week/ })).toBeTruthy();
  });

  it('says there is nothing to compare yet on a history without sitting figures', async () => {
    const days: Days = { '2026-11-10': rec(0, 0, 3), '2026-11-16': rec(0, 0, 2) };
    const { container } = render(
      <Insights {...props({ days, loadBuckets: () => Promise.resolve([]) })} />,
    );
    await settle();
    expect(screen.getByText(/^No sitting spells measured yet\./)).toBeTruthy();
    expect(screen.queryByText(/^Compared with/)).toBeNull();
    expect(screen.getByText('No stretches done this week yet.')).toBeTruthy();
    expect(container.querySelectorAll('.chart .bar')).toHaveLength(0);
    expect(footRows()[1]).toEqual([
      'Same days, week before',
      '–not measured',
      '–not measured',
      '3',
    ]);
  });

  it('shows only this week, without a chart, before anything is recorded', async () => {
    const { container } = render(
      <Insights {...props({ days: {}, loadBuckets: () => Promise.resolve([]) })} />,
    );
    await settle();
    expect(screen.getByText(/^No sitting spells measured yet\./)).toBeTruthy();
    expect(container.querySelector('.chart')).toBeNull();
    expect(bodyRows()).toHaveLength(7);
    expect(
      screen.getByRole('button', { name: /Previous week/ }).getAttribute('aria-disabled'),
    ).toBe('true');
  });

  it('counts a week without a spell after the first measured one as measured: none past the interval (#24, item 9)', async () => {
    const days: Days = { '2026-11-09': rec(95, 2, 3), '2026-11-16': rec(0, 0, 2) };
    render(<Insights {...props({ days })} />);
    await settle();
    expect(
      screen.getByText(
        '2 fewer spells ran past your interval than the week before (0 instead of 2).',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/not measured/)).toBeNull();
  });

  it('says one more spell in the singular, and the longest spell when it moved most', async () => {
    const one: Days = { '2026-11-09': rec(50, 1, 3), '2026-11-16': rec(52, 2, 3) };
    render(<Insights {...props({ days: one, today: '2026-11-16' })} />);
    await settle();
    expect(
      screen.getByText(
        '1 more spell ran past your interval than the week before (2 instead of 1).',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Compared with Monday of the week before.')).toBeTruthy();
    cleanup();

    const longer: Days = { '2026-11-09': rec(50, 4, 3), '2026-11-16': rec(95, 4, 3) };
    render(<Insights {...props({ days: longer, today: '2026-11-16' })} />);
    await settle();
    expect(screen.getByText('Your longest sitting spell rose from 50 to 95 minutes.')).toBeTruthy();
  });

  it('speaks Spanish, with dates and numbers in Spanish', async () => {
    useMessages(locale('es'), 'es-ES');
    render(<Insights {...props({ locale: 'es' })} />);
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: /^Esta semana/ }).textContent).toMatch(
      /^Esta semana 16–22 de noviembre de 2026$/,
    );
    expect(
      screen.getByText(
        '5 periodos menos pasaron de tu intervalo que la semana anterior (1 en vez de 6).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Comparado con los mismos días de la semana anterior, de lunes a miércoles.',
      ),
    ).toBeTruthy();
    expect(bodyRows()[0]).toEqual(['lunes, 16 nov', '52 min', '1', '3']);
    expect(bodyRows()[1]?.[1]).toBe('0 min');
    expect(screen.getByText(/^Sobre todo 10:00–11:00 \(2 estiramientos\)\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Semana anterior/ })).toBeTruthy();
  });
});
