/** A made-up history for benchmarks: about 2,100 events a year of working days. */
import { addDays, dayKey, dayStart, utcOffsetMinutes, type DayKey } from '@/core/days';
import { addEvent, emptyBucket, type DayBucket, type StretchEvent } from '@/core/history';

export function history(
  years: number,
  today = dayKey(Date.now()),
  seed = 7,
): Map<DayKey, DayBucket> {
  let x = seed;
  const random = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const ctx = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };
  const buckets = new Map<DayKey, DayBucket>();
  for (let i = Math.round(years * 365); i >= 1; i--) {
    const day = addDays(today, -i);
    const start = dayStart(day);
    if (start.getDay() === 0 || start.getDay() === 6 || random() < 0.05) continue;
    const base = emptyBucket(day, ctx);
    let bucket: DayBucket = { ...base, record: { ...base.record, browsed: true, offered: 4 } };
    const count = Math.floor(random() * 6) + 6;
    for (let k = 0; k < count; k++) {
      const at = start.getTime() + (9 + k) * 3_600_000 + Math.floor(random() * 1_800_000);
      const kind = random() < 0.8 ? 'done' : random() < 0.5 ? 'skipped' : 'snoozed';
      const event: StretchEvent = {
        id: `b${i}-${k}`,
        at,
        kind,
        stretchId: 'desk-split-stance',
        day,
        utcOffset: utcOffsetMinutes(at),
        answersOffer: kind === 'done' && k < 4,
      };
      bucket = addEvent(bucket, event);
    }
    buckets.set(day, bucket);
  }
  return buckets;
}

/** Five years of it: about 10,000 events. */
export const fiveYears = (today?: DayKey) => history(5, today);
