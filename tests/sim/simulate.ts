/**
 * Drives the real background service through a random week (desk-worker.ts)
 * in a simulated world (world.ts) and checks, after every step, what must
 * always hold (DESIGN.md, "Never stuck, never lost, never busy for nothing"):
 *
 * - a prompt comes within the interval (and a little slack) of continuous,
 *   present, unbusy working time;
 * - a stretch held back by a call comes back within 2 minutes of the call ending;
 * - nothing of the schedule's own appears during a web meeting the user let
 *   Unsit see, or during quiet they asked for;
 * - each day's sitting figures are consistent (a longest spell, and no more
 *   spells past the interval than spells);
 * - every answer to an open prompt is recorded exactly once, and nothing is
 *   recorded without one;
 * - no alarm is set in the past, off hours or inside a pause, and none fires
 *   off hours or while paused;
 * - no past event ever changes day, whatever the time zone does;
 * - continuous time never exceeds the wall time of its cycle;
 * - the service closes a prompt window only after an answer;
 * - no sitting spell is longer than the present time it spans (#28.1);
 * - every own day with data is published to sync within one step after
 *   sync is possible (a refused write is made good at the next step, #28.2-3);
 * - a browser that has seen only the published items shows the same streak
 *   and judges every day the same as this one (#28.7).
 */
import { dayKey, isWorkday } from '@/core/days';
import { isRestDay, meetsGoal, streakSummary } from '@/core/streaks';
import { mergedDays } from '@/core/summary';
import { encodeCell, itemKey, readSynced } from '@/core/sync';
import { isWorkingTime, workingMsBetween } from '@/core/working-time';
import { MINUTE } from '@/core/time';
import {
  ALARM_SLACK_MS,
  CALL_HOLD_LIMIT_MS,
  DEFER_RECHECK_MS,
  WAIT_LOOK_MS,
  type TrackerState,
} from '@/core/tracker';
import type { DayBucket, StretchEvent } from '@/core/history';
import type { Settings } from '@/core/settings';
import { clearAll, read, readDayBuckets, transact } from '@/lib/db';
import {
  MEETING_PAGES,
  type Response,
  type Segment,
  type Week,
  type WindowAnswer,
} from './desk-worker';
import { World } from './world';

export class Violation extends Error {}

export interface SimReport {
  steps: number;
  windowsOpened: number;
  notifications: number;
  events: number;
  /**
   * Alarm firings: in working time, the one set before a time zone change,
   * and off hours or while paused (each of those also fails the run).
   */
  wakeups: { working: number; afterTravel: number; offHours: number };
  /** Simulated hours of presence in working time, and hours off hours or paused. */
  hours: { working: number; offHours: number };
  /**
   * How each stretch of the schedule came (#27): at a natural moment (a pause
   * in input, a switch of window or tab, sound ending), when its wait ran
   * out, or at once (no wait set).
   */
  natural: { atMoment: number; ranOut: number; atOnce: number };
}

/** Slack on the prompt bound: an alarm's rounding, a switch debounce, a recheck. */
const PROMPT_SLACK_MS = 3 * MINUTE;

/** How long a due stretch may wait for a natural moment, and the look that ends the wait. */
function waitBound(s: Settings): number {
  return s.waitForPauseMinutes * MINUTE + WAIT_LOOK_MS;
}

function maxInterval(s: Settings): number {
  return (s.intervalMode === 'varied' ? s.variedMaxMinutes : s.intervalMinutes) * MINUTE;
}

export class Simulation {
  readonly world: World;
  private tracker: TrackerState | undefined;
  private expectedEvents = 0;
  private seenDays = new Map<string, string>();
  private pausedUntil: number | null = null;
  private quietUntil: number | null = null;
  /** Present, unbusy working time since a prompt was last shown (or the cycle restarted). */
  private sinceShown = 0;
  /** Present, unbusy working time while a stretch is held back by a call that has ended. */
  private heldFree = 0;
  /** Time a "snooze the next stretch" has added to the current wait. */
  private allowance = 0;
  private responses: Response[];
  private responseIndex = 0;
  private windowAnswer: { id: number; at: number; answer: WindowAnswer } | null = null;
  private notificationAnswer: { at: number; action: Response['notification'] } | null = null;
  private knownWindows = new Set<number>();
  private notifiedCount = 0;
  private alarmsChecked = 0;
  private travelledAt: number | null = null;
  private recentWakeups: number[] = [];
  private awayFrom = 0;
  /** Stretches Unsit offered of its own, per local day, as the user saw them appear. */
  private offersSeen = new Map<string, number>();
  private answering = false;
  /** The step is the user's own doing (a click, "Stretch now"): it may open a window in a call. */
  private userAsked = false;
  /** The clock set back so far, in all (the cycle's wall time grows by it). */
  private jumpedBack = 0;
  private pauseOnCalendar = false;
  /** Present working time since the user last came back from a natural break, and the run before. */
  private presentRun = 0;
  private lastRun = 0;
  /** The longest spell seen so far on each day. */
  private spellSeen = new Map<string, number>();
  /** Checks in a row that found an own day unpublished, and the refusals counted so far. */
  private staleFor = 0;
  private refusedBefore = 0;
  /** Days of the history moved from before sync: their offers were never seen here. */
  private legacy = new Set<string>();
  /**
   * Present, unpaused working time since the user last came back (a locked
   * screen, a natural break, a sleep, a pause): no stretch of the schedule
   * comes before a full interval of it (#27).
   */
  private sinceReturn = 0;

  private async byUser(work: () => Promise<void>): Promise<void> {
    this.userAsked = true;
    try {
      await work();
    } finally {
      this.userAsked = false;
    }
  }
  readonly report: SimReport = {
    steps: 0,
    windowsOpened: 0,
    notifications: 0,
    events: 0,
    wakeups: { working: 0, afterTravel: 0, offHours: 0 },
    hours: { working: 0, offHours: 0 },
    natural: { atMoment: 0, ranOut: 0, atOnce: 0 },
  };

  constructor(
    private readonly week: Week,
    private readonly zone: string,
  ) {
    process.env.TZ = zone;
    const { year, month, day } = week.start;
    this.world = new World(new Date(year, month, day, 6, 0).getTime(), week.settings, week.seed);
    this.world.syncRefusals = week.syncRefusals;
    this.responses = week.responses;
  }

  /** The last steps, for the message when something fails. */
  private trace: string[] = [];
  private current = '';

  private log(what: string): void {
    const t = this.tracker;
    const state = t
      ? `${t.phase}${t.userPrompt ? '+own' : ''} ${Math.round(t.continuousMs / MINUTE)}/${Math.round(t.cycleIntervalMs / MINUTE)}min snoozes=${t.snoozes}${t.pausedUntil ? ' paused' : ''}${t.present ? '' : ' away'}`
      : '-';
    const clock = new Date(this.world.at).toString().slice(0, 24);
    this.trace.push(
      `${clock} ${what} → ${state} alarm=${this.world.alarm ? new Date(this.world.alarm).toString().slice(16, 24) : '-'} seen=${Math.round(this.sinceShown / MINUTE)}`,
    );
    if (this.trace.length > 25) this.trace.shift();
  }

  private fail(what: string): never {
    const when = new Date(this.world.at).toString();
    throw new Violation(
      `${what} (at ${when}, ${process.env.TZ ?? ''}, step ${this.report.steps}: ${this.current})\n${this.trace.join('\n')}\nsettings: ${JSON.stringify(this.settings())}\ntracker: ${JSON.stringify(this.tracker)}`,
    );
  }

  private settings(): Settings {
    return this.world.settings();
  }

  private paused(at: number): boolean {
    return this.pausedUntil !== null && at < this.pausedUntil;
  }

  private present(): boolean {
    const w = this.world;
    const focusCounts = this.settings().presenceMode === 'computer' || w.focused;
    return w.running && w.awake && w.idle === 'active' && focusCounts;
  }

  private shown(): boolean {
    return this.world.windows.size > 0 || this.world.notifications.has('prompt');
  }

  /** A call Unsit knows of: a web meeting it may see, or quiet the user asked for. */
  private inCall(at: number): boolean {
    const w = this.world;
    const call = w.meetingTab || w.meetingPage?.call === true;
    const meeting = call && w.meetingAccess && this.settings().callsGuard;
    return meeting || (this.quietUntil !== null && at < this.quietUntil);
  }

  private held(): boolean {
    const t = this.tracker;
    if (!t) return false;
    const byCall = t.phase === 'prompting' && t.promptVia === 'notification' && t.heldByCall;
    return t.phase === 'deferred' || (byCall && this.settings().promptStyle === 'window');
  }

  /** Lets time pass from now to `to` with nothing happening, keeping the counters. */
  private pass(to: number): void {
    const from = this.world.at;
    if (to <= from) return;
    const s = this.settings();
    const working = workingMsBetween(from, to, s);
    const busy = this.world.audible || this.world.fullscreen || this.inCall(from);
    const counting = this.present() && !this.paused(from);
    if (this.present()) this.presentRun += working;
    if (counting) this.report.hours.working += working / (60 * MINUTE);
    if (counting) this.sinceReturn += working;
    this.report.hours.offHours += (to - from - (counting ? working : 0)) / (60 * MINUTE);
    // A working period that ends on the way starts the count again (held stretches end there).
    if (working < to - from) this.sinceShown = 0;
    if (counting && !busy && !this.shown()) {
      this.sinceShown += working;
      if (this.sinceShown > maxInterval(s) + this.allowance + PROMPT_SLACK_MS + waitBound(s)) {
        this.fail(
          `no prompt after ${Math.round(this.sinceShown / MINUTE)} minutes of present working time`,
        );
      }
    }
    if (counting && !busy && this.held()) {
      this.heldFree += working;
      if (this.heldFree > DEFER_RECHECK_MS + MINUTE + waitBound(s)) {
        this.fail(
          `the held-back stretch did not come ${Math.round(this.heldFree / MINUTE)} minutes after the call`,
        );
      }
    } else {
      this.heldFree = 0;
    }
    this.world.at = to;
  }

  /** Moves time forward to `to`, firing alarms and the user's answers on the way. */
  async advanceTo(to: number): Promise<void> {
    for (;;) {
      const w = this.world;
      const alarm = w.running && w.awake && w.alarm !== null ? w.alarm : Infinity;
      const answer = this.windowAnswer?.at ?? Infinity;
      const notice = this.notificationAnswer?.at ?? Infinity;
      const next = Math.min(alarm, answer, notice);
      if (next > to) break;
      this.pass(Math.max(next, w.at));
      if (next === alarm) await this.fireAlarm();
      else if (next === answer) await this.answerWindow();
      else await this.answerNotification();
    }
    this.pass(to);
  }

  private async fireAlarm(): Promise<void> {
    const at = this.world.at;
    const setAt = this.world.alarmsSet.at(-1)?.setAt ?? at;
    this.world.alarm = null;
    // No browser event tells the worker the zone changed: the one alarm set
    // before the change fires when it was meant to, and the next is set anew.
    const travelled = this.travelledAt !== null && setAt < this.travelledAt;
    if (travelled) this.report.wakeups.afterTravel += 1;
    else if (!isWorkingTime(at, this.settings()) || this.paused(at)) {
      this.report.wakeups.offHours += 1;
      this.fail(
        this.paused(at)
          ? 'an alarm woke the worker during a pause'
          : 'an alarm woke the worker off hours',
      );
    } else this.report.wakeups.working += 1;
    // Never busy for nothing: re-checks during a call are the most there may be (one every
    // 2 minutes), and after it the wait for a natural moment (at most 3 looks and its end).
    this.recentWakeups = [...this.recentWakeups.filter((t) => t > at - 60 * MINUTE), at];
    if (this.recentWakeups.length > 32 + 4)
      this.fail(`the worker woke ${this.recentWakeups.length} times in an hour`);
    await this.step((s) => s.handle({ type: 'alarm' }));
  }

  /** One browser event through the service, then every check. */
  async step(
    event: Parameters<World['deliver']>[0],
    expect = 0,
    what = event.toString().slice(0, 60),
  ): Promise<void> {
    const closedBefore = this.world.closedByService.length;
    await this.world.deliver(event);
    this.report.steps += 1;
    this.expectedEvents += expect;
    // An ignored window is let go after its one reminder (#27): the service closes it.
    const letGo = this.tracker?.reminded === true;
    if (!this.answering && !letGo && this.world.closedByService.length > closedBefore) {
      this.fail('the service closed a prompt window nobody answered');
    }
    this.current = what.replace(/\s+/g, ' ');
    await this.check();
    this.log(this.current);
  }

  private async check(): Promise<void> {
    const w = this.world;
    const s = this.settings();
    for (const alarm of w.alarmsSet.slice(this.alarmsChecked)) {
      if (alarm.at <= alarm.setAt)
        this.fail(`an alarm was set in the past (${new Date(alarm.at).toString()})`);
      if (!isWorkingTime(alarm.at, s))
        this.fail(`an alarm was set off hours (${new Date(alarm.at).toString()})`);
      if (this.paused(alarm.at))
        this.fail(
          `an alarm was set inside a pause (at ${new Date(alarm.at).toString()}, the pause ends ${new Date(this.pausedUntil ?? 0).toString()})`,
        );
    }
    this.alarmsChecked = w.alarmsSet.length;
    const [tracker] = await read(['tracker'] as const);
    const before = this.tracker;
    this.tracker = tracker;
    if (
      tracker?.offered &&
      !(before?.offered && before.cycleStartedAt === tracker.cycleStartedAt)
    ) {
      // An offer: Unsit showed a stretch of its own, now.
      if (!this.shown()) this.fail('a stretch counted as offered that nobody could see');
      // Never the moment the user comes back (#27): a snooze the user asked for is theirs,
      // and a settings change may shorten the interval.
      const took = !this.userAsked && !before?.userPrompt && tracker.snoozes === 0;
      if (took && this.sinceReturn < tracker.cycleIntervalMs - 2 * MINUTE)
        this.fail(
          `a stretch came ${Math.round(this.sinceReturn / MINUTE)} minutes of presence after the user came back`,
        );
      const day = dayKey(this.world.at);
      this.offersSeen.set(day, (this.offersSeen.get(day) ?? 0) + 1);
    }
    if (
      tracker &&
      tracker.continuousMs >
        Math.max(0, tracker.observedAt - tracker.cycleStartedAt + this.jumpedBack) + 1
    ) {
      this.fail(`continuous time exceeds the wall time of its cycle: ${JSON.stringify(tracker)}`);
    }
    if (before && tracker) this.checkMoment(before, tracker);
    await this.checkHistory();
    this.followShown();
  }

  /**
   * A stretch of the schedule opens at a natural moment or when its wait ran
   * out, never while input goes on before that; a wait never outlasts its
   * bound (#27).
   */
  private checkMoment(before: TrackerState, after: TrackerState): void {
    const w = this.world;
    const s = this.settings();
    const bound = s.waitForPauseMinutes * MINUTE;
    const opened =
      before.phase !== 'prompting' &&
      after.phase === 'prompting' &&
      !before.userPrompt &&
      !this.userAsked &&
      !(after.promptVia === 'notification' && after.heldByCall);
    if (opened) {
      const waited = before.phase === 'waiting';
      const natural =
        w.inputPause ||
        /type: ["']focus["']/.test(this.current) ||
        (waited && (before.waitTab ?? null) !== null && w.tab !== before.waitTab) ||
        (before.phase === 'deferred' && !before.callHeld);
      const ranOut = waited && w.at >= (before.waitingSince ?? w.at) + bound;
      if (bound === 0) this.report.natural.atOnce += 1;
      else if (natural) this.report.natural.atMoment += 1;
      else if (ranOut) this.report.natural.ranOut += 1;
      else this.fail('a stretch opened while input went on, before its wait ran out');
    }
    const waiting = after.phase === 'waiting' && before.phase === 'waiting';
    if (waiting && this.present() && !this.paused(w.at) && isWorkingTime(w.at, s)) {
      const waited = w.at - (after.waitingSince ?? w.at);
      if (waited > bound + ALARM_SLACK_MS)
        this.fail(`a stretch waited ${Math.round(waited / 1000)} s for a natural moment`);
    }
  }

  private async checkHistory(): Promise<void> {
    const buckets = (await readDayBuckets()) as [string, DayBucket][];
    const events: StretchEvent[] = buckets.flatMap(([, b]) => b.events);
    // A day with no offer is a rest day: every offer is counted on its day, once.
    for (const [day, b] of buckets) {
      const seen = this.offersSeen.get(day) ?? 0;
      if (b.record.offered !== seen && !this.legacy.has(day))
        this.fail(`${day} counts ${b.record.offered} offers for ${seen} seen`);
      const { spells, longestSpell, longSpells } = b.record;
      if (longSpells > spells || spells > 0 !== longestSpell >= 5 || longestSpell > 24 * 60)
        this.fail(`${day} has sitting figures that do not add up: ${JSON.stringify(b.record)}`);
    }
    this.checkSpells(buckets);
    await this.checkPublished(buckets);
    if (events.length !== this.expectedEvents) {
      this.fail(`${events.length} events recorded for ${this.expectedEvents} answers`);
    }
    for (const e of events) {
      const day = this.seenDays.get(e.id);
      if (day === undefined) this.seenDays.set(e.id, e.day);
      else if (day !== e.day) this.fail(`event ${e.id} moved from ${day} to ${e.day}`);
    }
    this.report.events = events.length;
  }

  /** A spell recorded now is no longer than the present time of the run it ended (slack: rounding). */
  private checkSpells(buckets: [string, DayBucket][]): void {
    const bound = Math.max(this.presentRun, this.lastRun) / MINUTE + 2;
    let recorded = false;
    for (const [day, b] of buckets) {
      const longest = b.record.longestSpell;
      const grew = longest > (this.spellSeen.get(day) ?? 0);
      if (grew && longest > bound)
        this.fail(`${day} has a ${longest}-minute spell for ${Math.round(bound)} minutes present`);
      this.spellSeen.set(day, longest);
      recorded ||= grew;
    }
    // The user was seen back (a spell is recorded then): the runs before are settled.
    if (recorded) this.lastRun = 0;
  }

  /**
   * Every own day with data is in sync as this browser's cell, within one
   * step after a write went through; and a browser that knows only those
   * cells shows the same streak and judges each day alike.
   */
  private async checkPublished(buckets: [string, DayBucket][]): Promise<void> {
    const s = this.settings();
    const [device] = await read(['device'] as const);
    if (!s.shareHistory || !device) return;
    const sync = this.world.syncItems;
    const stale: string[] = [];
    for (const [day, b] of buckets) {
      const cell = encodeCell(b.record);
      if (cell === '0000') continue;
      const year = +day.slice(0, 4);
      const index = (Date.parse(day) - Date.UTC(year, 0)) / 864e5;
      const value = sync.get(itemKey(device, year));
      const published =
        (typeof value === 'string' ? value.slice(1 + 4 * index, 5 + 4 * index) : '') || '0000';
      if (published !== cell) stale.push(day);
    }
    const refused = this.world.refused > this.refusedBefore;
    this.refusedBefore = this.world.refused;
    // A closed tab with no call open reads only the tracker: it is no step of the history.
    const historyStep = !this.current.includes('tab-closed');
    if (stale.length === 0) this.staleFor = 0;
    else if (!refused && historyStep) this.staleFor += 1;
    if (this.staleFor > 1)
      this.fail(`own days not in sync a step after it was possible: ${stale.join(', ')}`);
    if (stale.length > 0) return;

    const today = dayKey(this.world.at);
    const opts = { todayGoal: s.dailyGoal, todayWorkday: isWorkday(today, s.workDays) };
    const own = Object.fromEntries(buckets.map(([day, b]) => [day, b.record]));
    const other = mergedDays({}, 'bbbbbbbb', readSynced(sync.entries(), 'bbbbbbbb').others);
    const here = streakSummary(own, today, opts);
    const there = streakSummary(other, today, opts);
    if (here.current !== there.current || here.best !== there.best)
      this.fail(
        `another browser with the same items shows a streak of ${there.current} (best ${there.best}) for ${here.current} (best ${here.best})`,
      );
    for (const [day, rec] of Object.entries(own)) {
      const theirs = other[day];
      const met = meetsGoal(rec) === (theirs !== undefined && meetsGoal(theirs));
      if (!met || isRestDay(rec) !== isRestDay(theirs))
        this.fail(`another browser with the same items judges ${day} otherwise`);
    }
  }

  /** Notices what appeared (a window, a notification) and plans the user's answer to it. */
  private followShown(): void {
    const w = this.world;
    for (const id of w.windows) {
      if (this.knownWindows.has(id)) continue;
      this.knownWindows.add(id);
      if (this.tracker?.phase === 'prompting' && this.inCall(w.at) && !this.userAsked)
        this.fail('a stretch of the schedule interrupted a call');
      this.report.windowsOpened += 1;
      const r = this.nextResponse();
      this.windowAnswer = { id, at: w.at + r.afterSeconds * 1000, answer: r.answer };
    }
    if (this.windowAnswer && !w.windows.has(this.windowAnswer.id)) this.windowAnswer = null;
    const prompts = w.notified.filter((n) => n.kind === 'prompt').length;
    if (prompts > this.notifiedCount) {
      // Only a meeting tab open for hours (its call long over) gives way to the quiet notification.
      const held = w.at - (this.tracker?.holdSince ?? w.at);
      if (this.inCall(w.at) && held < CALL_HOLD_LIMIT_MS)
        this.fail('a notification of the schedule interrupted a call');
      this.notifiedCount = prompts;
      this.report.notifications += 1;
      const r = this.nextResponse();
      this.notificationAnswer = {
        at: w.at + Math.min(r.afterSeconds, 400) * 1000,
        action: r.notification,
      };
    }
    if (!w.notifications.has('prompt')) this.notificationAnswer = null;
    // A stretch of the schedule's own on screen ends any postponement; one the user opened does not.
    if (this.shown()) {
      this.sinceShown = 0;
      if (this.tracker?.phase === 'prompting') this.allowance = 0;
    }
  }

  private resetWait(): void {
    this.sinceShown = 0;
    this.allowance = 0;
  }

  private nextResponse(): Response {
    const r = this.responses[this.responseIndex % this.responses.length]!;
    this.responseIndex += 1;
    return r;
  }

  /** The prompt page's answer, as the page offers it (no Snooze at 0, disabled at the cap). */
  private async answerWindow(): Promise<void> {
    const planned = this.windowAnswer;
    this.windowAnswer = null;
    if (!planned || !this.world.windows.has(planned.id)) return;
    const t = this.tracker;
    const s = this.settings();
    const scheduled = t?.phase === 'prompting';
    const open = scheduled || t?.userPrompt === true;
    let answer = planned.answer;
    if (answer === 'snooze' && (s.snoozeCap === 0 || (t?.snoozes ?? 0) >= s.snoozeCap))
      answer = 'skip';
    this.sinceShown = 0;
    if (answer === 'close') {
      this.world.windows.delete(planned.id);
      await this.step(
        (svc) => svc.handle({ type: 'window-closed', windowId: planned.id }),
        scheduled ? 1 : 0,
      );
      return;
    }
    this.answering = true;
    try {
      await this.step((svc) => svc.handle({ type: 'answer', answer }), open ? 1 : 0);
    } finally {
      this.answering = false;
    }
    if (answer === 'done') this.resetWait();
  }

  private async answerNotification(): Promise<void> {
    const planned = this.notificationAnswer;
    this.notificationAnswer = null;
    if (!planned || !this.world.notifications.has('prompt')) return;
    if (planned.action === 'ignore') return;
    this.world.notifications.delete('prompt');
    if (planned.action === 'click') {
      await this.byUser(() => this.step((svc) => svc.handle({ type: 'notification-clicked' })));
      return;
    }
    const t = this.tracker;
    const pending = t?.phase === 'prompting' && t.promptVia === 'notification';
    await this.step(
      (svc) => svc.handle({ type: 'notification-closed', byUser: true }),
      pending ? 1 : 0,
    );
  }

  // ---- The user's day -------------------------------------------------------

  private async presence(idle: 'active' | 'locked'): Promise<void> {
    if (this.world.idle === idle) return;
    this.world.idle = idle;
    // Back after a natural break: the cycle starts again.
    if (idle === 'locked') this.awayFrom = this.world.at;
    else {
      // Back from a locked screen, however short: a full interval from here (#27).
      this.resetWait();
      this.sinceReturn = 0;
      if (this.world.at - this.awayFrom >= this.settings().naturalBreakMinutes * MINUTE)
        this.newRun();
    }
    await this.step((s) => s.handle({ type: 'idle' }));
  }

  /**
   * The user is back from a natural break: a new sitting spell can begin.
   * The runs that ended since a spell was last recorded are kept (the
   * longest): the spell that ended with them is recorded when the user is
   * seen back, which may be after another break.
   */
  private newRun(): void {
    this.lastRun = Math.max(this.lastRun, this.presentRun);
    this.presentRun = 0;
  }

  private async restart(killed: boolean, minutes: number): Promise<void> {
    const w = this.world;
    // Killed or quit, no "window closed" event reaches the worker.
    w.running = false;
    w.windows.clear();
    w.notifications.clear();
    this.windowAnswer = null;
    this.notificationAnswer = null;
    this.sinceShown = 0;
    const gone = minutes * MINUTE + (killed ? 1000 : 2000);
    await this.advanceTo(w.at + gone);
    if (gone >= this.settings().naturalBreakMinutes * MINUTE) {
      this.newRun();
      this.sinceReturn = 0;
    }
    w.running = true;
    w.newWorker();
    await this.step((s) => s.handle({ type: 'startup' }));
  }

  private pauseEnd(length: 'hour' | 'tomorrow'): number {
    const at = this.world.at;
    if (length === 'hour') return at + 60 * MINUTE;
    const d = new Date(at);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }

  private async segment(seg: Segment): Promise<void> {
    const w = this.world;
    switch (seg.kind) {
      case 'browse':
      case 'call':
      case 'meeting':
      case 'video':
      case 'away': {
        w.audible = seg.kind === 'call';
        w.fullscreen = seg.kind === 'video';
        w.meetingTab = seg.kind === 'meeting';
        if (seg.kind === 'away') {
          await this.presence('locked');
        } else {
          await this.presence('active');
          // A call or a video starting is noticed at the next look; a focus change makes one now.
          await this.step((s) => s.handle({ type: 'focus' }));
        }
        if (seg.kind === 'browse') await this.browse(w.at + seg.minutes * MINUTE);
        else await this.advanceTo(w.at + seg.minutes * MINUTE);
        if (seg.kind !== 'away' && seg.kind !== 'browse') {
          w.audible = false;
          w.fullscreen = false;
          w.meetingTab = false;
          // A meeting ends with its tab closed, or with the page moving on (seen at the next look).
          if (seg.kind === 'meeting' && seg.minutes % 2 === 0)
            await this.step((s) => s.handle({ type: 'tab-closed' }));
          else await this.step((s) => s.handle({ type: 'focus' }));
        }
        return;
      }
      case 'quiet':
        this.quietUntil = w.at + seg.minutes * MINUTE;
        // Quiet for a call closes the cycle's open window: the stretch waits for the call's end (#24).
        this.answering = true;
        try {
          await this.step((s) => s.handle({ type: 'quiet', minutes: seg.minutes }));
        } finally {
          this.answering = false;
        }
        return;
      case 'switch':
        w.focused = false;
        await this.step((s) => s.handle({ type: 'focus' }));
        await this.advanceTo(w.at + 1000);
        w.focused = true;
        await this.step((s) => s.handle({ type: 'focus' }));
        return;
      case 'stretch-now':
        await this.byUser(() => this.step((s) => s.handle({ type: 'stretch-now' })));
        return;
      case 'input-pause':
        await this.inputPause(seg.seconds);
        return;
      case 'tab-switch':
        w.tab += 1;
        return;
      case 'snooze-next': {
        const t = this.tracker;
        const s = this.settings();
        // A pause whose end has passed ends with this event, and its new cycle has every snooze.
        const fresh = t?.pausedUntil != null && w.at >= t.pausedUntil && t.phase !== 'prompting';
        const recorded = (fresh ? 0 : (t?.snoozes ?? 0)) < s.snoozeCap ? 1 : 0;
        this.answering = true;
        try {
          await this.step((svc) => svc.handle({ type: 'command', name: 'snooze-next' }), recorded);
        } finally {
          this.answering = false;
        }
        if (recorded) this.allowance += s.snoozeMinutes * MINUTE;
        return;
      }
      case 'pause':
        this.sinceReturn = 0;
        this.pausedUntil = this.pauseEnd(seg.length);
        this.pauseOnCalendar = seg.length === 'tomorrow';
        this.resetWait();
        await this.step((s) => s.handle({ type: 'pause', length: seg.length }));
        return;
      case 'resume': {
        const quiet = this.quietUntil !== null && w.at < this.quietUntil;
        if (!this.paused(w.at) && !quiet) return;
        // Resume ends a pause (the count starts again) and quiet (the count goes on).
        if (this.paused(w.at)) {
          this.resetWait();
          this.sinceReturn = 0;
        }
        this.pausedUntil = null;
        this.quietUntil = null;
        await this.step((s) => s.handle({ type: 'resume' }));
        return;
      }
      case 'settings':
        // A new interval counts from here; a snooze asked for earlier still stands.
        this.sinceShown = 0;
        // The tracker counts the span since its last look by the new working hours: a
        // presence that was off hours until now can count (at most that span).
        if (this.present()) {
          this.presentRun += w.at - (this.tracker?.observedAt ?? w.at);
          this.sinceReturn += w.at - (this.tracker?.observedAt ?? w.at);
        }
        await this.step((s) => s.handle({ type: 'save-settings', change: seg.change }));
        return;
      case 'worker-stop':
        w.newWorker();
        return;
      case 'restart':
        await this.restart(seg.killed, seg.minutes);
        return;
      case 'gone':
        // Quit with whatever is open (a prompt window, a notification), back days later.
        await this.restart(false, seg.days * 24 * 60 + 7);
        return;
      case 'meeting-then-home': {
        const page = MEETING_PAGES[seg.site] ?? MEETING_PAGES[0]!;
        w.meetingPage = { url: page.call, call: true };
        await this.presence('active');
        await this.step((s) => s.handle({ type: 'focus' }));
        await this.advanceTo(w.at + seg.minutes * MINUTE);
        // The call is over; the tab moves on to the site's home and stays open there.
        w.meetingPage = { url: page.home, call: false };
        await this.step((s) => s.handle({ type: 'focus' }));
        return;
      }
      case 'clock-back':
        await this.clockBack(seg.minutes, seg.paused);
        return;
    }
  }

  /**
   * Browsing until `to`: typing and reading, with a pause in input now and
   * then (every half minute to six minutes, a quarter to three quarters of
   * a minute long), as people do.
   */
  private async browse(to: number): Promise<void> {
    const w = this.world;
    for (;;) {
      const gap = (30 + w.pauses() * 330) * 1000;
      if (w.at + gap >= to) break;
      await this.advanceTo(w.at + gap);
      await this.inputPause(Math.min(15 + Math.floor(w.pauses() * 30), (to - w.at) / 1000));
    }
    await this.advanceTo(to);
  }

  /**
   * No input for `seconds`. Under 15 seconds the idle API says nothing; from
   * then on it is a pause, which it reports only while a stretch waits for
   * one (the detection interval is then 15 s), and reports the end of.
   */
  private async inputPause(seconds: number): Promise<void> {
    const w = this.world;
    await this.advanceTo(w.at + Math.min(seconds, 15) * 1000);
    if (seconds < 15) return;
    w.inputPause = true;
    const told = w.detectionSeconds === 15 && w.idle === 'active';
    if (told) await this.step((s) => s.handle({ type: 'idle' }));
    await this.advanceTo(w.at + (seconds - 15) * 1000);
    w.inputPause = false;
    if (told && w.detectionSeconds === 15) await this.step((s) => s.handle({ type: 'idle' }));
  }

  /**
   * The clock is set back (by hand, or a bad time server), during a pause of
   * an hour when `paused`. Unsit looks at the time just before and just after.
   * What the user set by length keeps what was left of it.
   */
  private async clockBack(minutes: number, paused: boolean): Promise<void> {
    const w = this.world;
    if (paused) {
      await this.segment({ kind: 'pause', length: 'hour' });
      await this.advanceTo(w.at + 10 * MINUTE);
    }
    await this.step((s) => s.handle({ type: 'focus' }));
    // A pause or quiet already over stays over: the jump brings back nothing that ended.
    if (this.pausedUntil !== null && w.at >= this.pausedUntil) this.pausedUntil = null;
    if (this.quietUntil !== null && w.at >= this.quietUntil) this.quietUntil = null;
    const jump = minutes * MINUTE;
    w.at -= jump;
    this.jumpedBack += jump;
    if (this.pausedUntil !== null && !this.pauseOnCalendar) this.pausedUntil -= jump;
    if (this.quietUntil !== null) this.quietUntil -= jump;
    if (this.windowAnswer) this.windowAnswer.at -= jump;
    if (this.notificationAnswer) this.notificationAnswer.at -= jump;
    if (this.travelledAt !== null) this.travelledAt -= jump;
    this.awayFrom -= jump;
    this.recentWakeups = this.recentWakeups.map((t) => t - jump);
    await this.step((s) => s.handle({ type: 'focus' }));
  }

  /** History from before sync (schema version 2): done stretches at noon on days before the week. */
  private async storeLegacy(days: number): Promise<void> {
    const { year, month, day } = this.week.start;
    const events: unknown[] = [];
    const records: Record<string, unknown> = {};
    for (let i = 1; i <= days; i++) {
      const noon = new Date(year, month, day - i, 12, 0).getTime();
      const key = dayKey(noon);
      const n = 1 + (i % 3);
      for (let k = 0; k < n; k++)
        events.push({
          id: `old-${key}-${k}`,
          at: noon + k * 600_000,
          kind: 'done',
          stretchId: null,
        });
      this.legacy.add(key);
      records[key] = { done: 0, skipped: 0, snoozed: 0, browsed: true, goal: 2, workday: true };
    }
    this.expectedEvents += events.length;
    await transact([] as const, () => ({
      writes: { meta: { schemaVersion: 2 }, events, days: records },
      result: null,
    }));
  }

  /** The whole week. */
  async run(): Promise<SimReport> {
    await clearAll();
    if (this.week.legacyDays > 0) await this.storeLegacy(this.week.legacyDays);
    const w = this.world;
    w.newWorker();
    await this.step((s) => s.handle({ type: 'startup' }));
    const { year, month, day } = this.week.start;
    for (const [i, plan] of this.week.days.entries()) {
      const morning = new Date(year, month, day + i, 0, plan.arrive).getTime();
      await this.advanceTo(Math.max(morning, w.at + MINUTE));
      await this.wakeUp();
      w.focused = true;
      await this.presence('active');
      const bedtime = new Date(year, month, day + i, 23, 0).getTime();
      for (const seg of plan.segments) {
        if (w.at >= bedtime) break;
        await this.segment(seg);
      }
      if (plan.evening !== null) {
        const evening = new Date(year, month, day + i, 20, 0).getTime();
        if (evening > w.at) {
          await this.presence('locked');
          await this.advanceTo(evening);
          await this.presence('active');
        }
        await this.advanceTo(w.at + plan.evening * MINUTE);
      }
      if (plan.midnight !== null) {
        // Browsing from 23:50 across midnight (a stretch offered before it, answered after).
        const late = new Date(year, month, day + i, 23, 50).getTime();
        if (late > w.at) {
          await this.presence('locked');
          await this.advanceTo(late);
        }
        await this.presence('active');
        await this.advanceTo(w.at + plan.midnight * MINUTE);
      }
      await this.night(plan);
    }
    return this.report;
  }

  private async wakeUp(): Promise<void> {
    const w = this.world;
    if (!w.awake) {
      w.awake = true;
      // An alarm missed while asleep fires as the machine wakes, late.
      if (w.alarm !== null && w.alarm <= w.at) {
        w.alarm = null;
        await this.step((s) => s.handle({ type: 'alarm' }));
      }
    }
    if (!w.running) {
      w.running = true;
      w.newWorker();
      await this.step((s) => s.handle({ type: 'startup' }));
    }
  }

  private async night(plan: Week['days'][number]): Promise<void> {
    const w = this.world;
    w.audible = false;
    w.fullscreen = false;
    w.meetingPage = null;
    await this.presence('locked');
    if (plan.night === 'sleep') w.awake = false;
    if (plan.night === 'quit' || plan.night === 'kill') {
      w.running = false;
      w.windows.clear();
      w.notifications.clear();
      this.windowAnswer = null;
      this.notificationAnswer = null;
    }
    this.resetWait();
    await this.advanceTo(w.at + 2 * 60 * MINUTE);
    if (plan.travel && plan.travel !== process.env.TZ) {
      process.env.TZ = plan.travel;
      this.travelledAt = w.at;
    }
  }
}

export async function simulate(week: Week, zone: string): Promise<SimReport> {
  const sim = new Simulation(week, zone);
  try {
    return await sim.run();
  } finally {
    process.env.TZ = zone;
  }
}
