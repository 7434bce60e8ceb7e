/**
 * Two weeks of sitting figures and stretches for the insights page, as an
 * export file a user would import, and the moment to look at them from: the
 * Sunday that ends the second week. Shared by the e2e test and the
 * screenshots script.
 */
import { dayKey, utcOffsetMinutes, type DayKey } from '@/core/days';
import { toExportJson } from '@/core/export';
import { addEvent, emptyBucket, type DayBucket } from '@/core/history';
import { calendarAdd, weekdayIndex, weekStart } from '@/core/insights';
import { hook, type Launched } from './harness';

/** One day: its sitting figures and the hours at which a stretch was done. */
export interface SeedDay {
  spells: number;
  longest: number;
  longSpells: number;
  doneAt: number[];
}

/** Monday to Sunday; null for a day with no record at all (a day off). */
export const WEEK_BEFORE: (SeedDay | null)[] = [
  { spells: 6, longest: 95, longSpells: 2, doneAt: [9, 11, 15] },
  { spells: 5, longest: 80, longSpells: 1, doneAt: [10, 14] },
  { spells: 6, longest: 70, longSpells: 1, doneAt: [10, 13, 16] },
  { spells: 4, longest: 60, longSpells: 1, doneAt: [11] },
  { spells: 5, longest: 75, longSpells: 1, doneAt: [9] },
  null,
  null,
];

export const THIS_WEEK: (SeedDay | null)[] = [
  { spells: 7, longest: 52, longSpells: 1, doneAt: [9, 10, 11, 14] },
  { spells: 6, longest: 48, longSpells: 1, doneAt: [10, 11, 15] },
  { spells: 5, longest: 40, longSpells: 0, doneAt: [10, 14, 16] },
  null,
  { spells: 6, longest: 47, longSpells: 1, doneAt: [10, 11, 13, 15] },
  { spells: 2, longest: 30, longSpells: 0, doneAt: [] },
  { spells: 3, longest: 35, longSpells: 0, doneAt: [10] },
];

function bucket(day: DayKey, seed: SeedDay, index: number): DayBucket {
  const base = emptyBucket(day, { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] });
  let b: DayBucket = {
    ...base,
    record: {
      ...base.record,
      browsed: true,
      offered: base.record.workday ? 3 : 0,
      spells: seed.spells,
      longestSpell: seed.longest,
      longSpells: seed.longSpells,
    },
  };
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  seed.doneAt.forEach((hour, k) => {
    const at = new Date(y, m - 1, d, hour, 15).getTime();
    b = addEvent(b, {
      id: `seed-${day}-${index}-${k}`,
      at,
      kind: 'done',
      stretchId: 'desk-split-stance',
      day: dayKey(at),
      utcOffset: utcOffsetMinutes(at),
      answersOffer: true,
    });
  });
  return b;
}

/** The export file of both weeks, the second ending on `sunday`. */
export function twoWeeksJson(sunday: DayKey): string {
  const monday = weekStart(sunday);
  const buckets: [DayKey, DayBucket][] = [];
  for (const [start, week] of [
    [calendarAdd(monday, -7), WEEK_BEFORE],
    [monday, THIS_WEEK],
  ] as const) {
    week.forEach((seed, i) => {
      const day = calendarAdd(start, i);
      if (seed) buckets.push([day, bucket(day, seed, i)]);
    });
  }
  return toExportJson(buckets, Date.now());
}

/**
 * Moves the extension clock, with the user away, to the coming Sunday at
 * noon (local), so the seeded second week is this week and whole; returns
 * that Sunday.
 */
export async function toSundayNoon(app: Launched): Promise<DayKey> {
  const sw = await app.worker();
  const now = await hook<number>(sw, 'now');
  const today = dayKey(now);
  const noonOf = (day: DayKey) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12).getTime();
  };
  let sunday = calendarAdd(today, 6 - weekdayIndex(today));
  if (noonOf(sunday) <= now) sunday = calendarAdd(sunday, 7);
  const noon = noonOf(sunday);
  await hook(sw, 'setPresence', 'locked');
  await hook(sw, 'advance', noon - now);
  return sunday;
}

/** Imports the two weeks through the options page, as a user would. */
export async function importTwoWeeks(app: Launched, sunday: DayKey): Promise<void> {
  const options = await app.open('options');
  await options.getByLabel(/import history|importar historial/i).setInputFiles({
    name: 'two-weeks.json',
    mimeType: 'application/json',
    buffer: Buffer.from(twoWeeksJson(sunday)),
  });
  await options.getByText(/^(Imported|Se han importado) 25 /).waitFor();
  await options.close();
}
