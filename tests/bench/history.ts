/** A made-up five-year history for benchmarks: about 10,000 events. */
import { addToDays, markBrowsed, type Days, type StretchEvent } from '@/core/history';
import { addDays, dayKey, dayStart } from '@/core/days';

export function fiveYears(
  today = dayKey(Date.now()),
  seed = 7,
): { events: StretchEvent[]; days: Days } {
  let x = seed;
  const random = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const ctx = { dailyGoal: 3, workDays: [1, 2, 3, 4, 5] };
  const events: StretchEvent[] = [];
  let days: Days = {};
  for (let i = 5 * 365; i >= 1; i--) {
    const day = addDays(today, -i);
    const start = dayStart(day);
    if (start.getDay() === 0 || start.getDay() === 6 || random() < 0.05) continue;
    days = markBrowsed(days, day, ctx);
    const count = Math.floor(random() * 6) + 6;
    for (let k = 0; k < count; k++) {
      const at = start.getTime() + (9 + k) * 3_600_000 + Math.floor(random() * 1_800_000);
      const kind = random() < 0.8 ? 'done' : random() < 0.5 ? 'skipped' : 'snoozed';
      events.push({ id: `b${i}-${k}`, at, kind, stretchId: 'desk-split-stance' });
    }
  }
  days = addToDays(days, events, ctx);
  return { events, days };
}
