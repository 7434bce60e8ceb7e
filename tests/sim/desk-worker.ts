/**
 * Random weeks of a desk worker, as fast-check arbitraries: arriving,
 * browsing, calls (with sound, or a muted web meeting tab), quiet asked for,
 * fullscreen video, lunch, short window switches, pauses,
 * "Stretch now" at any moment, settings changed mid-cycle, the browser
 * quitting or being killed, the laptop sleeping overnight, the machine's time
 * zone changing, working hours that end mid-snooze, and how the user answers.
 * And what Reliability v3 (#28) found: the browser gone for days with a
 * prompt open, history from before sync moved at the first start, sync
 * writes refused at random, meeting tabs that move between a call and the
 * site's home, the clock set back (during pauses too), and stretches offered
 * just before midnight and answered after it. And natural moments (#27):
 * pauses in input of a few seconds to most of a minute, and tab switches.
 */
import fc from 'fast-check';
import type { Settings } from '@/core/settings';

/** A meeting site's call page and its home page (the home page holds nothing back). */
export const MEETING_PAGES: readonly { call: string; home: string }[] = [
  { call: 'https://app.zoom.us/wc/81234567/join', home: 'https://app.zoom.us/wc/home' },
  { call: 'https://app.zoom.us/wc/81234567/join', home: 'https://app.zoom.us/wc/team-chat' },
  {
    call: 'https://acme.webex.com/webappng/sites/acme/meeting/download/8e3b2f',
    home: 'https://acme.webex.com/webappng/sites/acme/meeting/home',
  },
  {
    call: 'https://acme.webex.com/meet/jane',
    home: 'https://acme.webex.com/webappng/sites/acme/meeting/info/8e3b2f',
  },
  { call: 'https://meet.google.com/abc-defg-hij', home: 'https://meet.google.com/landing' },
  {
    call: 'https://teams.microsoft.com/v2/#/modern-calling/',
    home: 'https://teams.microsoft.com/v2/',
  },
  { call: 'https://whereby.com/team-standup', home: 'https://whereby.com/user/rooms' },
  {
    call: 'https://app.slack.com/huddle/T012/C034',
    home: 'https://app.slack.com/client/T012/C034',
  },
];

export type Segment =
  | { kind: 'browse' | 'call' | 'meeting' | 'video' | 'away'; minutes: number }
  /** A web meeting on one of the sites; after it the tab stays open on the site's home. */
  | { kind: 'meeting-then-home'; minutes: number; site: number }
  /** The browser quits (a prompt may be open) and is started again days later. */
  | { kind: 'gone'; days: number }
  /** The clock is set back by `minutes`, during a pause of an hour when `paused`. */
  | { kind: 'clock-back'; minutes: number; paused: boolean }
  /** Quiet for a call Unsit cannot see, from the popup. */
  | { kind: 'quiet'; minutes: 30 | 60 | 90 }
  /** A focus loss shorter than the debounce: a switch between windows. */
  | { kind: 'switch' }
  /** Browsing on with no input for `seconds` (reading, thinking): a pause in the work (#27). */
  | { kind: 'input-pause'; seconds: number }
  /** Another tab: no event tells the worker, a look sees it. */
  | { kind: 'tab-switch' }
  | { kind: 'pause'; length: 'hour' | 'tomorrow' }
  | { kind: 'resume' }
  | { kind: 'stretch-now' }
  | { kind: 'snooze-next' }
  | { kind: 'settings'; change: Partial<Settings> }
  /** The browser stops the idle worker; the next event starts a new one. */
  | { kind: 'worker-stop' }
  /** The browser quits or is killed, and starts again after `minutes`. */
  | { kind: 'restart'; killed: boolean; minutes: number };

export interface DayPlan {
  /** Minutes after local midnight. */
  arrive: number;
  segments: Segment[];
  /** Browsing in the evening, outside working hours. */
  evening: number | null;
  /** Browsing from 23:50 for this many minutes, across midnight. */
  midnight: number | null;
  /** How the day ends: locked screen, browser quit or killed, laptop asleep. */
  night: 'lock' | 'quit' | 'kill' | 'sleep';
  /** The machine's time zone changes overnight (travel). */
  travel: string | null;
}

export type WindowAnswer = 'done' | 'snooze' | 'skip' | 'close';
export interface Response {
  answer: WindowAnswer;
  afterSeconds: number;
  notification: 'click' | 'dismiss' | 'ignore';
}

export interface Week {
  /** Local date and time of the first morning, in the starting zone. */
  start: { year: number; month: number; day: number };
  settings: Partial<Settings>;
  days: DayPlan[];
  responses: Response[];
  seed: number;
  /** Days of history from before sync (schema version 2), moved at the first start. */
  legacyDays: number;
  /** How often storage.sync refuses a write (quota, write rate), 0 to 1. */
  syncRefusals: number;
}

export const ZONES = [
  'America/New_York',
  'Pacific/Apia',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Europe/Berlin',
  'Asia/Tokyo',
  'UTC',
] as const;

/** Days around daylight-saving changes (and ordinary days), so DST days come up often. */
const START_DAYS = [
  { year: 2026, month: 2, day: 5 }, // before 8 March (US) and 29 March (EU)
  { year: 2026, month: 2, day: 26 },
  { year: 2026, month: 3, day: 2 }, // before 5 April (Lord Howe ends)
  { year: 2026, month: 9, day: 1 }, // before 4 October (Lord Howe) and 25 October (EU)
  { year: 2026, month: 9, day: 29 }, // before 1 November (US)
  { year: 2026, month: 5, day: 15 },
  { year: 2027, month: 0, day: 4 },
  { year: 2026, month: 11, day: 28 }, // across a new year
];

const settingsChange: fc.Arbitrary<Partial<Settings>> = fc.oneof(
  fc.integer({ min: 30, max: 60 }).map((intervalMinutes) => ({ intervalMinutes })),
  fc.constantFrom<Partial<Settings>>({ intervalMode: 'varied' }, { intervalMode: 'fixed' }),
  fc.integer({ min: 15, max: 20 }).map((h) => ({ workEndMinute: h * 60 })),
  fc.integer({ min: 0, max: 3 }).map((snoozeCap) => ({ snoozeCap })),
  fc.constantFrom<Partial<Settings>>({ promptStyle: 'notification' }, { promptStyle: 'window' }),
  fc.constantFrom<Partial<Settings>>({ snoozeMinutes: 5 }, { snoozeMinutes: 10 }),
  fc.integer({ min: 2, max: 15 }).map((naturalBreakMinutes) => ({ naturalBreakMinutes })),
  fc
    .constantFrom<Settings['waitForPauseMinutes']>(0, 1, 3, 10)
    .map((waitForPauseMinutes) => ({ waitForPauseMinutes })),
  fc.boolean().map((remindIgnored) => ({ remindIgnored })),
);

const segment: fc.Arbitrary<Segment> = fc.oneof(
  {
    weight: 40,
    arbitrary: fc
      .integer({ min: 5, max: 90 })
      .map((minutes) => ({ kind: 'browse' as const, minutes })),
  },
  {
    weight: 14,
    arbitrary: fc
      .integer({ min: 1, max: 70 })
      .map((minutes) => ({ kind: 'away' as const, minutes })),
  },
  {
    weight: 9,
    arbitrary: fc
      .integer({ min: 5, max: 60 })
      .map((minutes) => ({ kind: 'call' as const, minutes })),
  },
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: 5, max: 90 })
      .map((minutes) => ({ kind: 'meeting' as const, minutes })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(30 as const, 60 as const, 90 as const)
      .map((minutes) => ({ kind: 'quiet' as const, minutes })),
  },
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 10, max: 90 })
      .map((minutes) => ({ kind: 'video' as const, minutes })),
  },
  { weight: 7, arbitrary: fc.constant({ kind: 'switch' as const }) },
  {
    weight: 12,
    arbitrary: fc
      .integer({ min: 5, max: 55 })
      .map((seconds) => ({ kind: 'input-pause' as const, seconds })),
  },
  { weight: 8, arbitrary: fc.constant({ kind: 'tab-switch' as const }) },
  { weight: 5, arbitrary: fc.constant({ kind: 'stretch-now' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'snooze-next' as const }) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('hour' as const, 'tomorrow' as const)
      .map((length) => ({ kind: 'pause' as const, length })),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'resume' as const }) },
  { weight: 5, arbitrary: settingsChange.map((change) => ({ kind: 'settings' as const, change })) },
  { weight: 5, arbitrary: fc.constant({ kind: 'worker-stop' as const }) },
  {
    weight: 3,
    arbitrary: fc
      .record({ minutes: fc.integer({ min: 5, max: 90 }), site: fc.nat(MEETING_PAGES.length - 1) })
      .map((r) => ({ kind: 'meeting-then-home' as const, ...r })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 9 }).map((days) => ({ kind: 'gone' as const, days })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ minutes: fc.integer({ min: 10, max: 240 }), paused: fc.boolean() })
      .map((r) => ({ kind: 'clock-back' as const, ...r })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ killed: fc.boolean(), minutes: fc.integer({ min: 0, max: 30 }) })
      .map((r) => ({ kind: 'restart' as const, ...r })),
  },
);

const dayPlan: fc.Arbitrary<DayPlan> = fc.record({
  arrive: fc.integer({ min: 6 * 60 + 30, max: 10 * 60 }),
  segments: fc.array(segment, { minLength: 3, maxLength: 22 }),
  evening: fc.option(fc.integer({ min: 5, max: 60 }), { freq: 4, nil: null }),
  midnight: fc.option(fc.integer({ min: 5, max: 40 }), { freq: 5, nil: null }),
  night: fc.constantFrom(
    'lock' as const,
    'lock' as const,
    'quit' as const,
    'kill' as const,
    'sleep' as const,
  ),
  travel: fc.option(fc.constantFrom(...ZONES), { freq: 6, nil: null }),
});

const startSettings: fc.Arbitrary<Partial<Settings>> = fc.record({
  intervalMinutes: fc.integer({ min: 30, max: 60 }),
  intervalMode: fc.constantFrom('fixed' as const, 'fixed' as const, 'varied' as const),
  workStartMinute: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 6, max: 10 }).map((h) => h * 60) },
    // Working hours 00:00–24:00: a stretch can be offered at 23:59 and answered at 00:01.
    { weight: 1, arbitrary: fc.constant(0) },
  ),
  workEndMinute: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 15, max: 19 }).map((h) => h * 60) },
    { weight: 1, arbitrary: fc.constant(1440) },
  ),
  workDays: fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4], [0, 1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6]),
  snoozeCap: fc.integer({ min: 0, max: 3 }),
  snoozeMinutes: fc.constantFrom(5 as const, 10 as const),
  naturalBreakMinutes: fc.integer({ min: 2, max: 15 }),
  promptStyle: fc.constantFrom(
    'window' as const,
    'window' as const,
    'window' as const,
    'notification' as const,
  ),
  headsUp: fc.boolean(),
  presenceMode: fc.constantFrom('browser' as const, 'computer' as const),
  // Holding stretches during web meetings, with the permission granted.
  callsGuard: fc.boolean(),
  waitForPauseMinutes: fc.constantFrom<Settings['waitForPauseMinutes']>(0, 1, 2, 3, 3, 3, 5, 10),
  remindIgnored: fc.boolean(),
});

const response: fc.Arbitrary<Response> = fc.record({
  answer: fc.constantFrom<WindowAnswer>('done', 'done', 'done', 'snooze', 'skip', 'close'),
  afterSeconds: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.integer({ min: 600, max: 5400 })),
  notification: fc.constantFrom('click' as const, 'dismiss' as const, 'ignore' as const),
});

export function week(maxDays = 7): fc.Arbitrary<Week> {
  return fc.record({
    start: fc.constantFrom(...START_DAYS),
    settings: startSettings,
    days: fc.array(dayPlan, { minLength: 1, maxLength: maxDays }),
    responses: fc.array(response, { minLength: 4, maxLength: 24 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    legacyDays: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 12 })),
    syncRefusals: fc.constantFrom(0, 0, 0.2, 0.6),
  });
}
