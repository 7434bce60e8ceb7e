/** A prompt window restored by the browser from an earlier session closes itself (#28 item 11). */
import { describe, expect, it } from 'vitest';
import { isStaleWindow } from '@/entrypoints/prompt/stale';

describe('a prompt window from an earlier session', () => {
  const open = { stretchId: 'desk-split-stance', openedAt: 0 };

  it('is stale when no prompt is open any more (the background let it go at startup)', () => {
    expect(isStaleWindow(null, 7)).toBe(true);
    expect(isStaleWindow(undefined, 7)).toBe(true);
  });

  it('is stale when the open prompt is another window', () => {
    expect(isStaleWindow({ ...open, windowId: 12 }, 7)).toBe(true);
  });

  it('is current when the open prompt names it, or names no window yet (it is being opened)', () => {
    expect(isStaleWindow({ ...open, windowId: 7 }, 7)).toBe(false);
    expect(isStaleWindow({ ...open, windowId: null }, 7)).toBe(false);
  });
});
