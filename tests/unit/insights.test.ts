import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from '@/core/days';
import { blankRecord, type DayRecord, type Days } from '@/core/history';
import {
  calendarAdd,
  chartScale,
  compareWeeks,
  comparedDays,
  earliestWeek,
  intervalRange,
  localDay,
  MIN_LONGEST_CHANGE,
  peakHour,
  peakHours,
  readSittingDays,
  stretchHours,
  weekChange,
  weekDays,
  weekdayIndex,
  weekFigures,
  weekStart,
  weekView,
  type WeekFigures,
} from '@/core/insights';
import { defaultSettings } from '@/core/settings';
import { buildSummary, readableSummary, viewDays } from '@/core/summary';

/** A day with sitting figures (spells > 0 when `longest` is), and `done` stretches. */
function rec(
  longest: number,
  longSpells: number,
  done = 0,
  spells = longest > 0 ? 3 : 0,
): DayRecord {
  return {
    ...blankRecord(3, true),
    browsed: true,
    done,
    spells,
    longestSpell: longest,
    longSpells,
  };
}

const figures = (f: Partial<WeekFigures>): WeekFigures => ({
  measured: true,
  longest: 60,
  longSpells: 2,
  done: 10,
  ...f,
});

/** Any real calendar date from 1970 to 2100. */
const anyDay = fc
  .date({
    min: new Date(Date.UTC(1970, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('weeks', () => {
  it('run Monday to Sunday across a year end', () => {
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
    expect(weekStart('2025-12-29')).toBe('2025-12-29');
    expect(weekStart('2026-01-04')).toBe('2025-12-29');
    expect(weekStart('2026-01-05')).toBe('2026-01-05');
    expect(weekDays('2025-12-29')).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });

  it('count a leap day', () => {
    expect(weekStart('2024-03-01')).toBe('2024-02-26');
    expect(weekDays('2024-02-26')).toContain('2024-02-29');
    expect(weekDays('2024-02-26').at(-1)).toBe('2024-03-03');
  });

  it('hold seven dates across daylight-saving changes, in any time zone', () => {
    // Europe and the US spring forward and fall back; Lord Howe moves by half an hour.
    expect(weekDays(weekStart('2026-03-29'))).toEqual(weekDays('2026-03-23'));
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-03-09')).toBe('2026-03-09');
    expect(weekStart('2026-11-01')).toBe('2026-10-26');
    expect(weekStart('2026-10-04')).toBe('2026-09-28');
    expect(weekDays('2026-10-26')).toHaveLength(7);
    expect(new Set(weekDays('2026-10-26')).size).toBe(7);
  });

  it('keep a date the time zone skipped (Samoa, 2011-12-30) as one of seven', () => {
    expect(weekDays('2011-12-26')).toEqual([
      '2011-12-26',
      '2011-12-27',
      '2011-12-28',
      '2011-12-29',
      '2011-12-30',
      '2011-12-31',
      '2012-01-01',
    ]);
  });

  it('start on the Monday on or before any date, and hold it', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const start = weekStart(day);
        expect(weekdayIndex(start)).toBe(0);
        expect(start <= day).toBe(true);
        expect(calendarAdd(start, 6) >= day).toBe(true);
        const days = weekDays(start);
        expect(days).toContain(day);
        expect(days.map((d) => weekdayIndex(d))).toEqual([0, 1, 2, 3, 4, 5, 6]);
        expect(weekStart(calendarAdd(start, 7))).toBe(calendarAdd(start, 7));
        expect(weekStart(calendarAdd(start, -1))).toBe(calendarAdd(start, -7));
      }),
    );
  });

  it('agree with the local calendar on the weekday, whatever the zone', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        // Noon: a local date that exists even where midnight was skipped.
        const local = new Date(y, m - 1, d, 12);
        if (dayKey(local) !== day) return; // a date this zone skipped
        expect(weekdayIndex(day)).toBe((local.getDay() + 6) % 7);
      }),
    );
  });

  it('put a day record in the week of its date across a DST change', () => {
    const days: Days = { '2026-03-08': rec(50, 1, 2), '2026-03-09': rec(70, 2, 1) };
    const week = weekView(days, weekStart('2026-03-08'), '2026-03-20');
    expect(week.map((d) => d.longest)).toEqual([0, 0, 0, 0, 0, 0, 50]);
    const next = weekView(days, weekStart('2026-03-09'), '2026-03-20');
    expect(next[0]?.longest).toBe(70);
  });
});

describe('weekView', () => {
  const today = '2026-11-18'; // a Wednesday
  const start = '2026-11-16';

  it('marks days after today as to come, with nothing in them', () => {
    const days: Days = { '2026-11-19': rec(40, 1, 2) };
    const thursday = weekView(days, start, today)[3];
    expect(thursday).toMatchObject({ future: true, measured: false, longest: 0, done: 0 });
  });

  it('tells a day without sitting figures from one with them, and keeps its stretches', () => {
    const days: Days = { '2026-11-16': rec(0, 0, 2), '2026-11-17': rec(45, 1, 3) };
    const [monday, tuesday, wednesday] = weekView(days, start, today);
    expect(monday).toMatchObject({ measured: false, longest: 0, longSpells: 0, done: 2 });
    expect(tuesday).toMatchObject({ measured: true, longest: 45, longSpells: 1, done: 3 });
    // After the first day with a spell, a day without one measured none (#24, item 9).
    expect(wednesday).toMatchObject({ measured: true, future: false, longest: 0, done: 0 });
  });

  it('sums a week: the longest of the days, the rest added up', () => {
    const days: Days = {
      '2026-11-16': rec(30, 0, 2),
      '2026-11-17': rec(75, 2, 1),
      '2026-11-18': rec(0, 0, 4),
    };
    expect(weekFigures(weekView(days, start, today))).toEqual({
      measured: true,
      longest: 75,
      longSpells: 2,
      done: 7,
    });
    expect(weekFigures(weekView({}, start, today))).toEqual({
      measured: false,
      longest: 0,
      longSpells: 0,
      done: 0,
    });
  });
});

describe('comparedDays', () => {
  it('is every day of a week that is over, and the days so far of this one', () => {
    expect(comparedDays('2026-11-09', '2026-11-18')).toBe(7);
    expect(comparedDays('2026-11-16', '2026-11-16')).toBe(1);
    expect(comparedDays('2026-11-16', '2026-11-18')).toBe(3);
    expect(comparedDays('2026-11-16', '2026-11-22')).toBe(7);
    expect(comparedDays('2026-11-23', '2026-11-18')).toBe(0);
  });
});

describe('weekChange', () => {
  it('has nothing to compare without sitting figures in either week', () => {
    const none = figures({ measured: false, longest: 0, longSpells: 0 });
    expect(weekChange(none, none)).toEqual({ kind: 'no-figures' });
    // Stretches alone do not make a comparison of sitting.
    expect(weekChange({ ...none, done: 9 }, { ...none, done: 2 })).toEqual({ kind: 'no-figures' });
  });

  it('says so when only this week, or only the week before, has them', () => {
    const none = figures({ measured: false, longest: 0, longSpells: 0 });
    expect(weekChange(figures({ longest: 52 }), none)).toEqual({ kind: 'first-week', longest: 52 });
    expect(weekChange(none, figures({ longest: 95 }))).toEqual({ kind: 'none-yet', longest: 95 });
  });

  it('says the spells past the interval when they changed most', () => {
    // 6 → 3 is half; 95 → 52 minutes is less than half.
    expect(
      weekChange(figures({ longSpells: 3, longest: 52 }), figures({ longSpells: 6, longest: 95 })),
    ).toEqual({ kind: 'long-spells', from: 6, to: 3 });
    expect(weekChange(figures({ longSpells: 2 }), figures({ longSpells: 0 }))).toEqual({
      kind: 'long-spells',
      from: 0,
      to: 2,
    });
  });

  it('says the longest spell when it changed most', () => {
    // 10 → 9 is a tenth; 95 → 52 minutes is almost half.
    expect(
      weekChange(figures({ longSpells: 9, longest: 52 }), figures({ longSpells: 10, longest: 95 })),
    ).toEqual({ kind: 'longest', from: 95, to: 52 });
    expect(weekChange(figures({ longest: 80 }), figures({ longest: 50 }))).toEqual({
      kind: 'longest',
      from: 50,
      to: 80,
    });
  });

  it('gives a tie to the spells past the interval', () => {
    // 2 → 1 and 100 → 50: both halve.
    expect(
      weekChange(figures({ longSpells: 1, longest: 50 }), figures({ longSpells: 2, longest: 100 })),
    ).toEqual({ kind: 'long-spells', from: 2, to: 1 });
  });

  it(`counts the longest spell as changed from ${MIN_LONGEST_CHANGE} minutes on`, () => {
    const before = figures({ longest: 60, done: 8 });
    expect(weekChange(figures({ longest: 60 + MIN_LONGEST_CHANGE - 1 }), before)).toEqual({
      kind: 'done',
      from: 8,
      to: 10,
    });
    expect(weekChange(figures({ longest: 60 - MIN_LONGEST_CHANGE }), before)).toEqual({
      kind: 'longest',
      from: 60,
      to: 60 - MIN_LONGEST_CHANGE,
    });
  });

  it('says the stretches done only when sitting did not change', () => {
    expect(weekChange(figures({ done: 12 }), figures({ done: 9 }))).toEqual({
      kind: 'done',
      from: 9,
      to: 12,
    });
  });

  it('says it stayed the same when nothing changed enough', () => {
    expect(weekChange(figures({ longest: 62 }), figures({ longest: 60 }))).toEqual({
      kind: 'same',
      longest: 62,
    });
  });

  const measured = fc.record({
    measured: fc.constant(true),
    longest: fc.integer({ min: 5, max: 1440 }),
    longSpells: fc.integer({ min: 0, max: 40 }),
    done: fc.integer({ min: 0, max: 60 }),
  });

  it('names a change only where there is one, from the week before to this one', () => {
    fc.assert(
      fc.property(measured, measured, (current, previous) => {
        const change = weekChange(current, previous);
        const longestMoved = Math.abs(current.longest - previous.longest) >= MIN_LONGEST_CHANGE;
        const sittingMoved = longestMoved || current.longSpells !== previous.longSpells;
        switch (change.kind) {
          case 'long-spells':
            expect(change).toEqual({
              kind: 'long-spells',
              from: previous.longSpells,
              to: current.longSpells,
            });
            expect(change.from).not.toBe(change.to);
            break;
          case 'longest':
            expect(change).toEqual({
              kind: 'longest',
              from: previous.longest,
              to: current.longest,
            });
            expect(longestMoved).toBe(true);
            break;
          case 'done':
            expect(sittingMoved).toBe(false);
            expect(change).toEqual({ kind: 'done', from: previous.done, to: current.done });
            break;
          case 'same':
            expect(sittingMoved || current.done !== previous.done).toBe(false);
            break;
          default:
            throw new Error(`no-data answer for two measured weeks: ${change.kind}`);
        }
        if (sittingMoved) expect(['long-spells', 'longest']).toContain(change.kind);
      }),
    );
  });

  it('picks the same figure whichever way the weeks go', () => {
    fc.assert(
      fc.property(measured, measured, (a, b) => {
        const forth = weekChange(a, b);
        const back = weekChange(b, a);
        expect(back.kind).toBe(forth.kind);
        if ('from' in forth && 'from' in back) {
          expect([back.from, back.to]).toEqual([forth.to, forth.from]);
        }
      }),
    );
  });
});

describe('compareWeeks', () => {
  it('compares this week so far with the same days of the week before', () => {
    const days: Days = {
      // The week before: Monday to Wednesday, and a long Thursday that is not compared yet.
      '2026-11-09': rec(60, 2, 3),
      '2026-11-10': rec(55, 1, 2),
      '2026-11-11': rec(50, 1, 3),
      '2026-11-12': rec(200, 5, 0),
      // This week, to Wednesday.
      '2026-11-16': rec(58, 1, 3),
      '2026-11-17': rec(57, 1, 3),
      '2026-11-18': rec(50, 1, 3),
    };
    const result = compareWeeks(days, '2026-11-16', '2026-11-18');
    expect(result.compared).toBe(3);
    expect(result.previous).toEqual({ measured: true, longest: 60, longSpells: 4, done: 8 });
    expect(result.current).toEqual({ measured: true, longest: 58, longSpells: 3, done: 9 });
    expect(result.change).toEqual({ kind: 'long-spells', from: 4, to: 3 });
    expect(result.week).toHaveLength(7);
  });

  it('compares whole weeks once the week is over, across a year end', () => {
    const days: Days = {
      '2025-12-22': rec(90, 3, 1),
      '2025-12-28': rec(40, 0, 2),
      '2025-12-29': rec(45, 1, 2),
      '2026-01-04': rec(50, 1, 2),
    };
    const result = compareWeeks(days, '2025-12-29', '2026-01-10');
    expect(result.compared).toBe(7);
    expect(result.previous.longest).toBe(90);
    expect(result.current).toEqual({ measured: true, longest: 50, longSpells: 2, done: 4 });
    expect(result.change).toEqual({ kind: 'longest', from: 90, to: 50 });
  });

  it('on a Monday morning, "last week\'s longest" is the longest of the whole week before (#28.8)', () => {
    const days: Days = { '2026-11-09': rec(30, 0, 1), '2026-11-12': rec(95, 2, 2) };
    // Monday 16 November, nothing measured yet today.
    expect(compareWeeks(days, '2026-11-16', '2026-11-16').change).toEqual({
      kind: 'none-yet',
      longest: 95,
    });
  });

  it('on a Wednesday, a week before with spells only on Thursday and Saturday is no first week (#28.8)', () => {
    const days: Days = {
      '2026-11-12': rec(70, 2, 2),
      '2026-11-14': rec(40, 1, 1),
      '2026-11-16': rec(50, 1, 3),
    };
    const change = compareWeeks(days, '2026-11-16', '2026-11-18').change;
    expect(change.kind).not.toBe('first-week');
    // The same days (Monday to Wednesday) of the week before had no spells: one past the interval now.
    expect(change).toEqual({ kind: 'long-spells', from: 0, to: 1 });
  });

  it('has nothing to compare in a history from before Unsit kept sitting figures', () => {
    const days: Days = { '2026-11-10': rec(0, 0, 3), '2026-11-17': rec(0, 0, 4) };
    expect(compareWeeks(days, '2026-11-16', '2026-11-18').change).toEqual({ kind: 'no-figures' });
    expect(compareWeeks({}, '2026-11-16', '2026-11-16').change).toEqual({ kind: 'no-figures' });
  });
});

describe('earliestWeek', () => {
  it('is the first week whose week before is wholly kept', () => {
    // From a Monday: that week is whole, so the next can be compared with it.
    expect(earliestWeek('2026-05-18', '2026-11-18', '2026-05-18')).toBe('2026-05-25');
    // From a Wednesday: the first whole week starts the Monday after.
    expect(earliestWeek('2026-05-20', '2026-11-18', '2026-05-20')).toBe('2026-06-01');
  });

  it('is not before the week of the first record', () => {
    expect(earliestWeek('2026-05-18', '2026-11-18', '2026-10-07')).toBe('2026-10-05');
    expect(earliestWeek('2026-05-18', '2026-11-18', '2026-05-01')).toBe('2026-05-25');
    // No record at all: only this week.
    expect(earliestWeek('2026-05-18', '2026-11-18')).toBe('2026-11-16');
  });

  it('is never after the current week', () => {
    expect(earliestWeek('2026-11-18', '2026-11-18', '2026-11-18')).toBe('2026-11-16');
    expect(earliestWeek('2026-11-10', '2026-11-18', '2026-11-10')).toBe('2026-11-16');
    expect(earliestWeek('2026-05-18', '2026-11-18', '2026-11-20')).toBe('2026-11-16');
  });
});

describe('stretchHours', () => {
  const event = (at: number, kind: string, utcOffset?: number) => ({
    id: 'x',
    at,
    kind,
    utcOffset,
  });

  it('counts done stretches by the hour where they were recorded', () => {
    const at = Date.UTC(2026, 10, 16, 8, 15);
    const hours = stretchHours([
      { events: [event(at, 'done', 120), event(at, 'done', -300), event(at, 'skipped', 120)] },
      undefined,
      { events: [event(at + 60_000, 'done', 120)] },
    ]);
    expect(hours).toHaveLength(24);
    expect(hours[10]).toBe(2);
    expect(hours[3]).toBe(1);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('reads the local hour when an event has no offset', () => {
    const at = new Date(2026, 10, 16, 14, 30).getTime();
    expect(stretchHours([{ events: [{ at, kind: 'done' }] }])[14]).toBe(1);
  });

  it('leaves out what is not a bucket or not a done stretch with a time', () => {
    const hours = stretchHours([
      null,
      'day',
      { events: 'none' },
      {
        events: [
          null,
          4,
          { kind: 'done' },
          { kind: 'done', at: Number.NaN },
          { kind: 'done', at: 0, utcOffset: Number.NaN },
          { kind: 'done', at: 1e20 },
        ],
      },
    ]);
    expect(hours.every((n) => n === 0)).toBe(true);
  });
});

describe('peakHour', () => {
  it('is the busiest hour, the earliest of a tie, or null for none', () => {
    const hours = Array.from({ length: 24 }, () => 0);
    expect(peakHour(hours)).toBeNull();
    hours[15] = 3;
    hours[10] = 3;
    hours[9] = 1;
    expect(peakHour(hours)).toBe(10);
  });

  it('names every hour of a tie, not only the first (#24, item 10)', () => {
    const hours = Array.from({ length: 24 }, () => 0);
    expect(peakHours(hours)).toEqual([]);
    hours[15] = 3;
    hours[10] = 3;
    hours[9] = 1;
    expect(peakHours(hours)).toEqual([10, 15]);
  });
});

describe('chartScale', () => {
  it('reaches past the longest spell and the interval in a few round steps', () => {
    expect(chartScale([], 45)).toEqual({ top: 60, ticks: [0, 30, 60] });
    expect(chartScale([52, 48], 45)).toEqual({ top: 60, ticks: [0, 30, 60] });
    expect(chartScale([95], 45)).toEqual({ top: 120, ticks: [0, 30, 60, 90, 120] });
    expect(chartScale([150], 60)).toEqual({ top: 180, ticks: [0, 60, 120, 180] });
    expect(chartScale([1440], 45)).toEqual({ top: 1440, ticks: [0, 360, 720, 1080, 1440] });
  });

  it('always holds every value on at most five labelled lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 7 }),
        fc.integer({ min: 30, max: 60 }),
        (values, interval) => {
          const { top, ticks } = chartScale(values, interval);
          expect(top).toBeGreaterThanOrEqual(Math.max(interval, ...values));
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBe(top);
          expect(ticks.length).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

describe('intervalRange', () => {
  it('is one value in fixed mode and the range in varied mode', () => {
    expect(intervalRange({ ...defaultSettings, intervalMinutes: 40 })).toEqual([40, 40]);
    expect(
      intervalRange({
        ...defaultSettings,
        intervalMode: 'varied',
        variedMinMinutes: 30,
        variedMaxMinutes: 50,
      }),
    ).toEqual([30, 50]);
  });
});

describe('localDay', () => {
  it('is the date core/days.ts gives, at any moment in any zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (at) => {
        expect(localDay(at)).toBe(dayKey(at));
      }),
    );
  });
});

describe('readSittingDays', () => {
  const days: Days = { '2026-11-16': rec(52, 1, 3), '2026-11-17': rec(0, 0, 2) };

  it('reads the first day and the records of a summary the background wrote', () => {
    const summary = buildSummary(days, [], '2026-11-18');
    expect(readableSummary(summary)).not.toBeNull();
    expect(readSittingDays(summary)).toEqual({ from: summary.from, days });
  });

  it("counts other browsers' stretches as the popup does (#24, item 8)", () => {
    const others = {
      '2026-11-17': {
        otherbro: [1, 0, 1, 1, 3, 1] as [number, number, number, number, number, number],
      },
      '2026-11-18': {
        otherbro: [2, 0, 2, 2, 3, 1] as [number, number, number, number, number, number],
      },
    };
    const summary = buildSummary(days, [], '2026-11-18', 'thisbrow', others);
    const read = readSittingDays(summary)!.days;
    expect(read['2026-11-16']?.done).toBe(3);
    expect(read['2026-11-17']).toMatchObject({ done: 3, spells: 0 });
    expect(read['2026-11-18']).toMatchObject({ done: 2, spells: 0 });
    expect(viewDays(summary)['2026-11-17']?.done).toBe(read['2026-11-17']?.done);
  });

  it('leaves out a damaged record and keeps the others', () => {
    const summary = buildSummary(days, [], '2026-11-18');
    const damaged = {
      ...summary,
      days: { ...summary.days, '2026-11-17': { ...rec(40, 1, 1), longestSpell: -3 }, x: null },
    };
    expect(readSittingDays(damaged)?.days).toEqual({ '2026-11-16': days['2026-11-16'] });
  });

  it('gives null for what is no summary', () => {
    const summary = buildSummary(days, [], '2026-11-18');
    for (const raw of [
      undefined,
      null,
      'summary',
      { ...summary, version: 2 },
      { ...summary, from: 20261118 },
      { ...summary, from: 'today' },
      { ...summary, days: null },
      { ...summary, days: 'none' },
    ]) {
      expect(readSittingDays(raw)).toBeNull();
    }
  });
});
