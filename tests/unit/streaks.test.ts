import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayStart, type DayKey } from '@/core/days';
import { blankRecord, type DayRecord, type Days } from '@/core/history';
import { emptyFold, foldDays, summarize, type HeatCell, type Summary } from '@/core/streaks';

/**
 * Histories written one character per day, oldest first; the last character is today.
 *   G  working day, goal met                     x  working day, 3 stretches offered, 1 done
 *   W  non-working day, goal met                 w  non-working day with browsing, goal missed
 *   o  working day Unsit offered nothing on      .  no record at all
 *   e  an evening of browsing on a working day, outside working hours: nothing offered
 *   f  a short day: 2 offered, both answered with Done
 *   h  a short day: 2 offered, one Done, the other skipped (Stretch now Done makes 2)
 */
const START = '2024-01-01';
const GOAL = 3;

function record(c: string): DayRecord | undefined {
  const base = {
    ...blankRecord(GOAL, true),
    skipped: 0,
    snoozed: 0,
    goal: GOAL,
    answeredOffers: 0,
  };
  switch (c) {
    case 'G':
      return {
        ...base,
        done: GOAL,
        answeredOffers: GOAL,
        offered: GOAL,
        browsed: true,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
      };
    case 'x':
      return { ...base, done: 1, answeredOffers: 1, offered: GOAL, browsed: true, workday: true };
    case 'W':
      return { ...base, done: GOAL, offered: 0, browsed: true, workday: false };
    case 'w':
      return { ...base, done: 0, offered: 0, browsed: true, workday: false };
    case 'o':
      return { ...base, done: 0, offered: 0, browsed: false, workday: true };
    case 'e':
      return { ...base, done: 0, offered: 0, browsed: true, workday: true };
    case 'f':
      return { ...base, done: 2, answeredOffers: 2, offered: 2, browsed: true, workday: true };
    case 'h':
      return {
        ...base,
        done: 2,
        answeredOffers: 1,
        offered: 2,
        skipped: 1,
        browsed: true,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
      };
    case '.':
      return undefined;
    default:
      throw new Error(`unknown day "${c}"`);
  }
}

function history(spec: string, start: DayKey = START): { days: Days; today: DayKey } {
  const days: Days = {};
  let day = start;
  for (let i = 0; i < spec.length; i++) {
    if (i > 0) day = addDays(day, 1);
    const rec = record(spec.charAt(i));
    if (rec) days[day] = rec;
  }
  return { days, today: day };
}

/** Day records from events at local times, as the background records them: every day asked for the goal. */
function daysOf(events: readonly { at: number; kind: 'done' | 'skipped' }[], goal: number): Days {
  const days: Days = {};
  for (const e of events) {
    const r = (days[dayKey(e.at)] ??= {
      done: 0,
      skipped: 0,
      snoozed: 0,
      answeredOffers: 0,
      offered: goal,
      browsed: true,
      goal,
      workday: true,
      spells: 0,
      longestSpell: 0,
      longSpells: 0,
    });
    r[e.kind] += 1;
  }
  return days;
}

/** The day at position `i` of a spec (0 = the first character). */
const nth = (i: number) => addDays(START, i);

describe('summarize: streak rules', () => {
  it.each([
    // name, history, current, best
    ['goal met each day', 'GGG', 3, 3],
    ['a missed working day with browsing breaks the streak', 'GGxG', 1, 2],
    ['an evening of browsing outside working hours is a rest day', 'GGeG', 3, 3],
    ['every offered stretch done on a short day meets the goal', 'GGfG', 4, 4],
    ['a short day with an offered stretch skipped is missed', 'GGhG', 1, 2],
    ['a day without any record is a rest day', 'GG.G', 3, 3],
    ['a recorded day without browsing is a rest day', 'GGoG', 3, 3],
    ['a non-working day missing the goal is a rest day', 'GGwG', 3, 3],
    ['meeting the goal on a non-working day counts', 'GGWG', 4, 4],
    ['rest days before the first goal day do not start a streak', '..oG', 1, 1],
    ['today not yet met is pending', 'GGGx', 3, 3],
    ['today met counts', 'GGGG', 4, 4],
    ['best is the longest streak reached', 'GGGGxGG', 2, 4],
    ['best keeps the peak when the streak is broken at the end', 'GGGGGxxx', 0, 5],
  ])('%s (%s)', (_name, spec, current, best) => {
    const { days, today } = history(spec);
    const s = summarize(days, today);
    expect({ current: s.current, best: s.best }).toEqual({ current, best });
  });

  it.each([
    // name, history, freezes held, positions where a freeze was used, current
    ['six goal days earn nothing', 'GGGGGG', 0, [], 6],
    ['the seventh goal day earns a freeze', 'GGGGGGG', 1, [], 7],
    ['fourteen goal days earn two', 'G'.repeat(14), 2, [], 14],
    ['no more than two are held', 'G'.repeat(21), 2, [], 21],
    ['rest days pause the run without ending it', 'GGG.wGGGG', 1, [], 7],
    ['a missed day uses a freeze and keeps the streak', 'GGGGGGGxG', 0, [7], 8],
    ['a second miss without a freeze breaks it', 'GGGGGGGxxG', 0, [7], 1],
    ['two freezes cover two misses', `${'G'.repeat(14)}xxG`, 0, [14, 15], 15],
    ['after a freeze the run starts again', `${'G'.repeat(13)}xG`, 0, [13], 14],
    [
      'seven goal days after a freeze earn a new one',
      `${'G'.repeat(7)}x${'G'.repeat(7)}`,
      1,
      [7],
      14,
    ],
    ['today pending does not use a freeze', 'GGGGGGGx', 1, [], 7],
    ['a rest day does not use a freeze', 'GGGGGGGwo.G', 1, [], 8],
  ])('%s', (_name, spec, held, usedAt, current) => {
    const { days, today } = history(spec);
    const s = summarize(days, today);
    expect(s.freezesHeld).toBe(held);
    expect(s.freezesUsed).toEqual(usedAt.map(nth));
    expect(s.current).toBe(current);
  });

  it.each([
    ['yesterday', 'GGGGGGGxG', 7],
    ['the day before yesterday', 'GGGGGGGxGG', 7],
  ])('reports a freeze used %s', (_when, spec, at) => {
    const { days, today } = history(spec);
    expect(summarize(days, today).freezeUsedRecently).toBe(nth(at));
  });

  it('stops reporting a freeze after two days', () => {
    const { days, today } = history('GGGGGGGxGGG');
    const s = summarize(days, today);
    expect(s.freezesUsed).toEqual([nth(7)]);
    expect(s.freezeUsedRecently).toBeNull();
  });

  it('ignores records after today (a clock moved back)', () => {
    const { days } = history('GGGxxxx');
    expect(summarize(days, nth(2)).current).toBe(3);
  });
});

describe('summarize: today, totals and heatmap', () => {
  it('uses the options for today while today has no record', () => {
    const { days } = history('GG');
    const s = summarize(days, nth(2), { todayGoal: 5, todayWorkday: false });
    expect(s.today).toEqual({ done: 0, goal: 5, met: false });
    expect(s.current).toBe(2);
    expect(s.heatmap.at(-1)).toMatchObject({ day: nth(2), goal: 5, level: 0, met: false });
  });

  it("uses today's record when there is one", () => {
    const { days, today } = history('GGx');
    expect(summarize(days, today, { todayGoal: 8 }).today).toEqual({
      done: 1,
      goal: 3,
      met: false,
    });
  });

  it('handles an empty history', () => {
    const s = summarize({}, '2024-06-01');
    expect(s).toMatchObject({
      current: 0,
      best: 0,
      freezesHeld: 0,
      freezesUsed: [],
      freezeUsedRecently: null,
    });
    expect(s.today).toEqual({ done: 0, goal: 3, met: false });
    expect(s.heatmap).toHaveLength(26 * 7);
  });

  it('adds up totals over the recorded days', () => {
    const days: Days = {
      '2024-03-01': {
        done: 3,
        skipped: 1,
        snoozed: 2,
        browsed: true,
        goal: 3,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
        answeredOffers: 0,
        offered: 3,
      },
      '2024-03-02': {
        done: 0,
        skipped: 0,
        snoozed: 0,
        browsed: false,
        goal: 3,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
        answeredOffers: 0,
        offered: 3,
      },
      '2024-03-03': {
        done: 1,
        skipped: 0,
        snoozed: 0,
        browsed: false,
        goal: 3,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
        answeredOffers: 0,
        offered: 3,
      },
      '2024-03-04': {
        done: 5,
        skipped: 2,
        snoozed: 0,
        browsed: true,
        goal: 4,
        workday: false,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
        answeredOffers: 0,
        offered: 4,
      },
    };
    expect(summarize(days, '2024-03-04').totals).toEqual({
      done: 9,
      skipped: 3,
      snoozed: 2,
      goalDays: 2,
      activeDays: 3,
    });
  });

  it('covers exactly the last weeks, ascending, ending today', () => {
    const { days, today } = history('GG');
    for (const weeks of [1, 4, 26]) {
      const cells = summarize(days, today, { heatmapWeeks: weeks }).heatmap;
      expect(cells).toHaveLength(weeks * 7);
      expect(cells[0]?.day).toBe(addDays(today, -(weeks * 7 - 1)));
      expect(cells.at(-1)?.day).toBe(today);
    }
  });

  it.each([
    [0, 3, 0],
    [1, 3, 2],
    [2, 3, 3],
    [3, 3, 4],
    [9, 3, 4],
    [1, 8, 1],
    [2, 8, 1],
    [3, 8, 2],
    [7, 8, 4],
    [1, 1, 4],
  ])('heat level for %i done of %i is %i', (done, goal, level) => {
    const days: Days = {
      '2024-03-01': {
        done,
        skipped: 0,
        snoozed: 0,
        browsed: true,
        goal,
        workday: true,
        spells: 0,
        longestSpell: 0,
        longSpells: 0,
        answeredOffers: 0,
        offered: goal,
      },
    };
    expect(summarize(days, '2024-03-01', { heatmapWeeks: 1 }).heatmap.at(-1)?.level).toBe(level);
  });

  it('marks rest and frozen days in the heatmap', () => {
    const { days, today } = history('GGGGGGGx.wG');
    const cells = new Map(
      summarize(days, today, { heatmapWeeks: 2 }).heatmap.map((c) => [c.day, c]),
    );
    expect(cells.get(nth(7))).toMatchObject({ frozen: true, rest: false, met: false });
    expect(cells.get(nth(8))).toMatchObject({ frozen: false, rest: true, done: 0 });
    expect(cells.get(nth(9))).toMatchObject({ frozen: false, rest: true });
    expect(cells.get(nth(10))).toMatchObject({ met: true, level: 4 });
  });

  it('walks five years from a fold the same as from every day', () => {
    const events: { at: number; kind: 'done' | 'skipped' }[] = [];
    let day = '2020-01-01';
    for (let i = 0; i < 1826; i++, day = addDays(day, 1)) {
      const n = i % 11 === 0 ? 1 : 6;
      for (let k = 0; k < n; k++) {
        const at = dayStart(day).getTime() + (9 + k) * 3_600_000;
        events.push({ at, kind: k < 4 ? 'done' : 'skipped' });
      }
    }
    expect(events.length).toBeGreaterThan(10_000);
    const days = daysOf(events, 3);
    const today = addDays('2020-01-01', 1825);
    const full = summarize(days, today);
    expect(full.current).toBeGreaterThan(100);
    for (const from of ['2020-06-01', '2023-01-01', addDays(today, -190)]) {
      const fold = foldDays(emptyFold(), days, from);
      const recent: Days = Object.fromEntries(Object.entries(days).filter(([k]) => k >= from));
      const walked = summarize(recent, today, {}, { from, fold });
      expect({ ...walked, freezesUsed: [] }).toEqual({ ...full, freezesUsed: [] });
      expect(walked.freezesUsed).toEqual(full.freezesUsed.filter((d) => d >= from));
    }
  });
});

describe('summarize: calendar edge cases', () => {
  /** Events at local times, aggregated as the background does. */
  function daysFromLocalTimes(times: Date[]): Days {
    return daysOf(
      times.map((t) => ({ at: t.getTime(), kind: 'done' as const })),
      1,
    );
  }

  it.each([
    // Northern spring and autumn (New York), southern half-hour shifts (Lord Howe).
    ['March to April 2024', new Date(2024, 2, 1), 61],
    ['October to November 2024', new Date(2024, 9, 1), 61],
  ])('counts every day once across daylight-saving changes: %s', (_name, first, n) => {
    // Stretches just after midnight and just before the next: the edges a DST shift moves.
    const times: Date[] = [];
    for (let i = 0; i < n; i++) {
      times.push(new Date(first.getFullYear(), first.getMonth(), first.getDate() + i, 0, 45));
      times.push(new Date(first.getFullYear(), first.getMonth(), first.getDate() + i, 23, 15));
    }
    const days = daysFromLocalTimes(times);
    const today = dayKey(times.at(-1)!);
    const s = summarize(days, today, { heatmapWeeks: 10 });
    expect(Object.keys(days)).toHaveLength(n);
    expect(s.current).toBe(n);
    expect(s.freezesUsed).toEqual([]);
    const cells = s.heatmap.map((c) => c.day);
    expect(new Set(cells).size).toBe(cells.length);
    expect([...cells].sort()).toEqual(cells);
  });

  // Samoa (Pacific/Apia) skipped 2011-12-30 entirely, moving across the date line.
  // Under any other TZ the 30th is an ordinary rest day without a record; both must keep the streak.
  it('does not break a streak over the day Samoa skipped (2011-12-29 to 2011-12-31)', () => {
    const days = daysFromLocalTimes([
      new Date(2011, 11, 28, 10),
      new Date(2011, 11, 29, 10),
      new Date(2011, 11, 31, 10),
      new Date(2012, 0, 1, 10),
    ]);
    expect(Object.keys(days)).toEqual(['2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01']);
    const s = summarize(days, '2012-01-01', { heatmapWeeks: 1 });
    expect(s.current).toBe(4);
    expect(s.freezesUsed).toEqual([]);
    const cells = s.heatmap.map((c) => c.day);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toContain('2011-12-29');
    expect(cells).toContain('2011-12-31');
    if (Intl.DateTimeFormat().resolvedOptions().timeZone === 'Pacific/Apia') {
      expect(cells).not.toContain('2011-12-30');
      expect(cells).toHaveLength(6);
    }
  });
});

// ---- Property: summarize agrees with a brute-force reference -------------

/** The rules written out again as plainly as possible, walking a local Date one day at a time. */
function reference(
  days: Days,
  today: DayKey,
  weeks: number,
  todayGoal: number,
  todayWorkday: boolean,
): Summary {
  const todayRec: DayRecord = days[today] ?? blankRecord(todayGoal, todayWorkday);
  const recordOf = (day: DayKey) => (day === today ? todayRec : days[day]);
  // Rest: Unsit offered nothing of its own. Met: the goal, or every offered one done on a short day.
  const isRest = (r: DayRecord | undefined) => r === undefined || r.offered === 0;
  const isMetOver = (r: DayRecord) =>
    r.done >= r.goal || (r.offered > 0 && r.offered < r.goal && r.answeredOffers >= r.offered);
  // Today is still going: only the goal's stretches done count.
  const isMetOn = (day: DayKey, r: DayRecord) => (day === today ? r.done >= r.goal : isMetOver(r));

  const keys = Object.keys(days).filter((k) => k <= today);
  keys.push(today);
  keys.sort();

  const visited: DayKey[] = [];
  const d = dayStart(keys[0]!);
  while (dayKey(d) <= today) {
    visited.push(dayKey(d));
    d.setDate(d.getDate() + 1);
  }

  let current = 0;
  let best = 0;
  let run = 0;
  let held = 0;
  const used: DayKey[] = [];
  const totals = { done: 0, skipped: 0, snoozed: 0, goalDays: 0, activeDays: 0 };
  for (const day of visited) {
    const r = recordOf(day);
    if (r) {
      totals.done += r.done;
      totals.skipped += r.skipped;
      totals.snoozed += r.snoozed;
      if (isMetOn(day, r)) totals.goalDays++;
      if (r.browsed || r.done + r.skipped + r.snoozed > 0) totals.activeDays++;
    }
    const met = r !== undefined && isMetOn(day, r);
    if (met) {
      current++;
      run++;
      if (run % 7 === 0 && held < 2) held++;
      best = Math.max(best, current);
    } else if (day === today || isRest(r)) {
      // pending or rest: nothing changes
    } else if (held > 0) {
      held--;
      used.push(day);
      run = 0;
    } else {
      current = 0;
      run = 0;
    }
  }

  const t = dayStart(today);
  const first = dayKey(new Date(t.getFullYear(), t.getMonth(), t.getDate() - (weeks * 7 - 1)));
  const heatDays: DayKey[] = [];
  const h = dayStart(first);
  while (dayKey(h) <= today) {
    heatDays.push(dayKey(h));
    h.setDate(h.getDate() + 1);
  }
  const heatmap: HeatCell[] = heatDays.map((day) => {
    const r = recordOf(day);
    const done = r?.done ?? 0;
    const goal = r?.goal ?? todayRec.goal;
    const met = r ? isMetOn(day, r) : done >= goal;
    const level = met ? 4 : done === 0 ? 0 : Math.min(4, Math.ceil((4 * done) / goal));
    return {
      day,
      done,
      goal,
      met,
      rest: day !== today && isRest(r),
      frozen: used.includes(day),
      today: day === today,
      level: level as HeatCell['level'],
    };
  });

  const last = used.at(-1);
  const yesterday = new Date(t.getFullYear(), t.getMonth(), t.getDate() - 1);
  const dayBefore = new Date(t.getFullYear(), t.getMonth(), t.getDate() - 2);
  const recently =
    last !== undefined && (last === dayKey(yesterday) || last === dayKey(dayBefore)) ? last : null;

  return {
    current,
    best,
    freezesHeld: held,
    freezesUsed: used,
    freezeUsedRecently: recently,
    today: { done: todayRec.done, goal: todayRec.goal, met: todayRec.done >= todayRec.goal },
    totals,
    heatmap,
  };
}

const anyDay = fc
  .record({
    done: fc.integer({ min: 0, max: 9 }),
    skipped: fc.integer({ min: 0, max: 3 }),
    snoozed: fc.integer({ min: 0, max: 3 }),
    offered: fc.integer({ min: 0, max: 9 }),
    answered: fc.integer({ min: 0, max: 9 }),
    browsed: fc.boolean(),
    goal: fc.integer({ min: 1, max: 8 }),
    workday: fc.boolean(),
    spells: fc.nat(6),
    longestSpell: fc.nat(240),
    longSpells: fc.nat(3),
  })
  .map(({ answered, ...r }) => ({ ...r, answeredOffers: Math.min(answered, r.done) }));
// Mostly goal days, so runs long enough to earn and spend freezes are common.
const goalDay = anyDay.map((r) => ({ ...r, done: r.goal + (r.done % 2) }));
const dayArb = fc.oneof(
  { arbitrary: goalDay, weight: 8 },
  { arbitrary: anyDay, weight: 3 },
  { arbitrary: fc.constant(null), weight: 1 },
);

describe('summarize: property', () => {
  it('equals the brute-force reference on random histories', () => {
    fc.assert(
      fc.property(
        // Starts from October 2011 to reach Samoa's skipped day and several DST changes.
        fc.integer({ min: 0, max: 5000 }),
        fc.array(dayArb, { minLength: 0, maxLength: 120 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (offset, recs, gap, weeks, todayGoal, todayWorkday) => {
          const days: Days = {};
          recs.forEach((rec, i) => {
            if (rec) days[dayKey(new Date(2011, 9, 1 + offset + i))] = rec;
          });
          const today = dayKey(new Date(2011, 9, 1 + offset + Math.max(0, recs.length - 1) + gap));
          const got = summarize(days, today, { heatmapWeeks: weeks, todayGoal, todayWorkday });
          expect(got).toEqual(reference(days, today, weeks, todayGoal, todayWorkday));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the reference around the skipped Samoan day', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 20 }), (recs) => {
        const days: Days = {};
        recs.forEach((rec, i) => {
          if (rec) days[dayKey(new Date(2011, 11, 20 + i))] = rec;
        });
        const today = dayKey(new Date(2011, 11, 20 + recs.length));
        expect(summarize(days, today, { heatmapWeeks: 5 })).toEqual(
          reference(days, today, 5, 3, true),
        );
      }),
    );
  });
});
