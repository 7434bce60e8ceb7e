/**
 * A page's message has its reply before the background closes the page's
 * window (#28.13): closed first, the prompt would lose the reply to its
 * Done ("Promise rejected after context unloaded" in Firefox's console).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWorker, type Fakes } from './fakes';

const T0 = new Date(2026, 10, 18, 9, 0).getTime(); // a Wednesday, inside working hours

let fakes: Fakes;
beforeEach(async () => {
  fakes = await startWorker(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

const promptWindows = async () =>
  (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

describe('the reply comes before the window goes (#28.13)', () => {
  it('Done from the prompt is answered while its window is still open, then the window closes', async () => {
    await fakes.send({ type: 'stretch-now' });
    expect(await promptWindows()).toHaveLength(1);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'answer', answer: 'done' },
      {},
    );
    // The page has its reply: its window is still there to take it.
    expect(reply).toBeNull();
    expect(await promptWindows()).toHaveLength(1);
    await fakes.settle(Promise.resolve());
    expect(await promptWindows()).toHaveLength(0);
  });
});
