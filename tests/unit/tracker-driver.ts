/** A small driver for the pure tracker's tests: events in order, every effect and alarm kept. */
import { defaultSettings, type Settings } from '@/core/settings';
import {
  initialTracker,
  step,
  type TrackerEffect as Effect,
  type Step,
  type TrackerEvent,
  type TrackerState,
} from '@/core/tracker';

// A Wednesday at 09:00 local time; default working hours are Mon–Fri 08:00–18:00.
export const T0 = new Date(2026, 10, 18, 9, 0).getTime();
/**
 * The settings of the tests of every rule but natural moments (#27): a due
 * stretch opens at once and an ignored window stays, as before them.
 */
export const office: Settings = {
  ...defaultSettings,
  waitForPauseMinutes: 0,
  remindIgnored: false,
};
/** The defaults: a due stretch waits for a natural moment, an ignored window is reminded once. */
export const natural: Settings = { ...defaultSettings };

export type Observe = Extract<TrackerEvent, { type: 'observe' }>;

/** A look at a present user with nothing going on, unless `extra` says otherwise. */
export const observe = (at: number, extra: Partial<Observe> = {}): TrackerEvent => ({
  type: 'observe',
  at,
  idle: 'active',
  focused: true,
  busy: false,
  meeting: false,
  reason: 'alarm',
  ...extra,
});

export function driver(s: Settings = office, start = T0) {
  let state: TrackerState = initialTracker(start, s);
  const effects: Effect[] = [];
  const alarms: (number | null)[] = [];
  const apply = (event: TrackerEvent): Step => {
    const r = step(state, event, s);
    state = r.state;
    effects.push(...r.effects);
    alarms.push(r.alarmAt);
    return r;
  };
  /** Fires the alarm the tracker asked for, with the world as `extra` says. */
  const fire = (extra: Partial<Observe> = {}): Step => {
    const at = alarms.at(-1);
    if (at == null) throw new Error('no alarm');
    return apply(observe(at, extra));
  };
  return { apply, fire, state: () => state, effects, alarms };
}

/**
 * An effect's name as the tests speak of it: the prompt's notification is
 * "notify", the heads-up is "heads-up" (and "clear-heads-up" when taken down).
 */
export function effectName(e: Effect): string {
  if (e.type === 'notify') return e.kind === 'prompt' ? 'notify' : 'heads-up';
  if (e.type === 'clear-notification') {
    return e.kind === 'prompt' ? 'clear-notification' : 'clear-heads-up';
  }
  return e.type;
}
