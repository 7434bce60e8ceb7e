/** Sending a page's message: a lost reply is tried once more, then reported as lost. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPageMessage, send } from '@/lib/messages';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function settle<T>(p: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(1000);
  return p;
}

describe('send', () => {
  it('gives the reply when the background answers', async () => {
    const transport = vi.fn(() => Promise.resolve({ ok: true, saved: ['dailyGoal'] }));
    const sent = await settle(send({ type: 'save-settings', change: { dailyGoal: 2 } }, transport));
    expect(sent).toEqual({ delivered: true, reply: { ok: true, saved: ['dailyGoal'] } });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('a null reply is an answer (a message without a result)', async () => {
    const sent = await settle(send({ type: 'stretch-now' }, () => Promise.resolve(null)));
    expect(sent).toEqual({ delivered: true, reply: null });
  });

  it('tries once more when the worker was stopped mid-request, and gets the reply', async () => {
    const transport = vi
      .fn()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(null);
    const sent = await settle(send({ type: 'answer', answer: 'done' }, transport));
    expect(sent).toEqual({ delivered: true, reply: null });
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('says it was lost when no answer comes twice', async () => {
    const transport = vi.fn(() => Promise.resolve(undefined));
    const sent = await settle(send({ type: 'answer', answer: 'done' }, transport));
    expect(sent).toEqual({ delivered: false, error: 'no reply' });
    expect(transport).toHaveBeenCalledTimes(2);
  });
});

describe('isPageMessage', () => {
  it.each([
    [{ type: 'answer', answer: 'done' }, true],
    [{ type: 'save-settings', change: {} }, true],
    [{ type: 'sync-written' }, false],
    [{ type: 'prompt-opened', windowId: 3 }, false],
    ['answer', false],
    [null, false],
  ])('%j: %s', (value, expected) => {
    expect(isPageMessage(value)).toBe(expected);
  });
});
