import { afterEach, describe, expect, it } from 'vitest';
import { hook, launch, stopWorker, waitForPrompt, type Launched } from './harness';

const MINUTE = 60_000;

interface HookState {
  now: number;
  nextBreakAt: number | null;
  tracker: { phase: string; continuousMs: number; present: boolean } | undefined;
  events: { kind: string; stretchId: string | null }[];
}

async function state(app: Launched) {
  return hook<HookState>(await app.worker(), 'state');
}

async function advance(app: Launched, ms: number) {
  return hook<number>(await app.worker(), 'advance', ms);
}

/** Moves the clock to `ms` before the next break is due. */
async function advanceToBeforeDue(app: Launched, before: number) {
  const s = await state(app);
  expect(s.nextBreakAt).not.toBeNull();
  await advance(app, s.nextBreakAt! - s.now - before);
}

describe('break scheduling in Chromium', () => {
  let app: Launched;
  afterEach(async () => {
    await app.close();
  });

  it('prompts at the interval and not before', async () => {
    app = await launch();
    const start = await state(app);
    expect(start.nextBreakAt! - start.now).toBeGreaterThan(44 * MINUTE);
    expect(start.nextBreakAt! - start.now).toBeLessThanOrEqual(45 * MINUTE);
    await advanceToBeforeDue(app, MINUTE);
    expect(await waitForPrompt(app, 1500)).toBeUndefined();
    expect((await state(app)).tracker?.phase).toBe('counting');
    await advance(app, 2 * MINUTE);
    const prompt = await waitForPrompt(app);
    expect(prompt).toBeDefined();
    expect((await state(app)).tracker?.phase).toBe('prompting');
    expect(app.outsideRequests).toEqual([]);
  });

  it.each([
    ['a 10-minute absence resets the count', 'idle' as const, 10, 45],
    // The idle report comes a minute after the last input: 19 minutes counted.
    ['a 3-minute absence does not', 'idle' as const, 3, 26],
    ['a locked screen, however short, starts a full interval (#27)', 'locked' as const, 3, 45],
  ])('%s', async (_name, how, away, minutesLeft) => {
    app = await launch();
    const sw = await app.worker();
    await advance(app, 20 * MINUTE);
    await hook(sw, 'setPresence', how);
    await advance(app, away * MINUTE);
    await hook(sw, 'setPresence', 'active');
    const s = await state(app);
    const left = (s.nextBreakAt! - s.now) / MINUTE;
    expect(left).toBeGreaterThan(minutesLeft - 0.5);
    expect(left).toBeLessThanOrEqual(minutesLeft + 0.01);
  });

  it('defers while a tab plays sound, then prompts when it stops', async () => {
    app = await launch();
    const call = await app.context.newPage();
    await call.goto('about:blank');
    await call.evaluate(() => {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      osc.connect(ctx.destination);
      osc.start();
      (window as unknown as { stopCall: () => void }).stopCall = () => void ctx.close();
    });
    await new Promise((r) => setTimeout(r, 1500)); // the audible flag follows the sound
    await advanceToBeforeDue(app, -5000);
    expect((await state(app)).tracker?.phase).toBe('deferred');
    expect(await waitForPrompt(app, 1000)).toBeUndefined();
    await call.evaluate(() => {
      (window as unknown as { stopCall: () => void }).stopCall();
    });
    await call.close();
    await new Promise((r) => setTimeout(r, 3000));
    await advance(app, 2 * MINUTE);
    expect(await waitForPrompt(app)).toBeDefined();
  });

  it('keeps the count when the worker is stopped mid-cycle', async () => {
    app = await launch();
    await advance(app, 20 * MINUTE);
    const before = await state(app);
    const started = await (await app.worker()).evaluate(() => performance.timeOrigin);
    const page = await app.open('popup');
    await stopWorker(page);
    // A message starts the worker again, with nothing but what it stored.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'safety-seen' }));
    const origin = await (await app.worker()).evaluate(() => performance.timeOrigin);
    expect(origin).toBeGreaterThan(started);
    const after = await state(app);
    expect(after.nextBreakAt).toBe(before.nextBreakAt);
    await advance(app, after.nextBreakAt! - after.now - MINUTE);
    expect(await waitForPrompt(app, 1000)).toBeUndefined();
    await advance(app, 2 * MINUTE);
    expect(await waitForPrompt(app)).toBeDefined();
  });
});
