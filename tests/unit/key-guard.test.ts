import { describe, expect, it } from 'vitest';
import { keyGuard, SETTLE_MS, TYPING_GAP_MS } from '@/entrypoints/prompt/key-guard';

/** Keys typed every `gap` ms from `from`, as a person typing would. */
function typeAt(guard: ReturnType<typeof keyGuard>, text: string[], from: number, gap: number) {
  return text.map((k, i) => guard.key(k, from + i * gap));
}

describe('the prompt key guard (typing never answers, issue #22)', () => {
  it('holds back every acting key while typing goes on, even long after the window appeared', () => {
    // Firefox: the window opened with the keyboard; the user keeps typing a letter.
    const guard = keyGuard(0, true);
    // The window appeared under a mouse that moved: even turned to, typing is held back.
    guard.pointer(50);
    const keys = '⏎I hope you are well⏎Thanks, see you soon⏎'
      .split('')
      .map((c) => (c === '⏎' ? 'Enter' : c));
    const allowed = typeAt(guard, keys, 100, 120);
    const acted = keys.filter((k, i) => allowed[i] && ['Enter', ' ', 's', 'S'].includes(k));
    expect(acted).toEqual([]);
  });

  it('holds back the first seconds, even for a single key', () => {
    const guard = keyGuard(0, true);
    guard.pointer(100);
    expect(guard.key('Enter', SETTLE_MS - 1)).toBe(false);
  });

  it('holds back keys until the user has turned to the window', () => {
    const guard = keyGuard(0, true);
    // A pause in typing, then Enter: still the user's document, not the prompt.
    expect(guard.key('Enter', 5000)).toBe(false);
    expect(guard.key('s', 9000)).toBe(false);
    // A focus that comes with the opening is the browser's.
    guard.focus(200);
    expect(guard.key('Enter', 12_000)).toBe(false);
  });

  type Guard = ReturnType<typeof keyGuard>;
  const turns: [string, (g: Guard) => void][] = [
    [
      'moves the pointer in it',
      (g) => {
        g.pointer(3000);
      },
    ],
    [
      'comes back to it after leaving',
      (g) => {
        g.blur(2500);
        g.focus(3000);
      },
    ],
    [
      'presses Tab in it',
      (g) => {
        g.key('Tab', 3000);
      },
    ],
  ];
  it.each(turns)(
    'lets the keys act once the user %s, and not in the middle of typing',
    (_, turn) => {
      const guard = keyGuard(0, true);
      turn(guard);
      expect(guard.key('Enter', 3000 + TYPING_GAP_MS + 1)).toBe(true);
      // Typing again: a key right after another is held back.
      expect(guard.key('a', 8000)).toBe(true);
      expect(guard.key('s', 8000 + TYPING_GAP_MS - 1)).toBe(false);
    },
  );

  it('counts a window that opened without the keyboard as turned to when it gets it', () => {
    // Chromium: the prompt opened inactive; the user clicks or switches to it.
    const guard = keyGuard(0, false);
    guard.focus(2500);
    expect(guard.key('Escape', 4000)).toBe(true);
  });

  it('never holds back keys that act on nothing', () => {
    const guard = keyGuard(0, true);
    expect(typeAt(guard, ['a', 'b', 'Tab', 'ArrowDown'], 10, 50)).toEqual([true, true, true, true]);
  });
});
