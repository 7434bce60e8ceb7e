/**
 * Natural moments in real Chromium, with the test clock (issue #27): a due
 * stretch waits while the user keeps working, opens on a 15-second pause in
 * input or a switch of tab, and at the end of its wait when no pause comes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, hook, launch, promptPage, waitForPrompt, type Launched } from './harness';

const MINUTE = 60_000;
const SECOND = 1000;

/** The defaults for asking: wait up to 3 minutes for a pause, remind an ignored window once. */
const WAITING = { ...ALWAYS_WORKING, waitForPauseMinutes: 3, remindIgnored: true };

interface HookState {
  now: number;
  nextBreakAt: number | null;
  tracker: { phase: string; waitingSince?: number | null; promptedAt?: number | null } | undefined;
}

const state = async (app: Launched) => hook<HookState>(await app.worker(), 'state');
const advance = async (app: Launched, ms: number) =>
  hook<number>(await app.worker(), 'advance', ms);

/** To the moment the stretch is due: it starts waiting, and nothing opens. */
async function toDue(app: Launched): Promise<number> {
  const s = await state(app);
  expect(s.nextBreakAt).not.toBeNull();
  await advance(app, s.nextBreakAt! - s.now + SECOND);
  const due = await state(app);
  expect(due.tracker?.phase).toBe('waiting');
  expect(await waitForPrompt(app, 800)).toBeUndefined();
  return due.tracker!.waitingSince!;
}

describe('natural moments in Chromium (#27)', () => {
  let app: Launched;
  afterEach(async () => {
    await app.close();
  });

  it('waits while the user keeps working, and opens on a 15-second pause', async () => {
    app = await launch({ settings: WAITING });
    const since = await toDue(app);
    // Typing goes on: two looks, still waiting, no window.
    await advance(app, 2 * MINUTE);
    expect((await state(app)).tracker?.phase).toBe('waiting');
    expect(promptPage(app.context)).toBeUndefined();
    // A pause in input: the idle API's 15-second report.
    await hook(await app.worker(), 'setPresence', 'paused');
    expect(await waitForPrompt(app)).toBeDefined();
    const s = await state(app);
    expect(s.tracker?.phase).toBe('prompting');
    expect((s.tracker?.promptedAt ?? Infinity) - since).toBeLessThan(3 * MINUTE);
  });

  it('opens when the wait runs out and no pause comes', async () => {
    app = await launch({ settings: WAITING });
    const since = await toDue(app);
    await advance(app, 3 * MINUTE - 2 * SECOND);
    expect(promptPage(app.context)).toBeUndefined();
    await advance(app, 5 * SECOND);
    expect(await waitForPrompt(app)).toBeDefined();
    // At the look that ends the wait (the test clock runs on with real time between calls).
    const opened = (await state(app)).tracker?.promptedAt ?? 0;
    expect(Math.abs(opened - (since + 3 * MINUTE))).toBeLessThan(SECOND);
  });

  it('opens after a switch of tab, at the next look', async () => {
    app = await launch({ settings: WAITING });
    const first = await app.context.newPage();
    await first.goto('about:blank');
    await first.bringToFront();
    await toDue(app);
    await advance(app, MINUTE);
    expect((await state(app)).tracker?.phase).toBe('waiting');
    const second = await app.context.newPage();
    await second.goto('about:blank');
    await second.bringToFront();
    await advance(app, MINUTE);
    expect(await waitForPrompt(app)).toBeDefined();
    expect((await state(app)).tracker?.phase).toBe('prompting');
  });
});
