/**
 * Typing never answers a prompt (issue #22, INTERNALS.md "Typing never
 * answers"). A due prompt opens without the keyboard where the browser
 * allows it; where it gets the keyboard anyway (Firefox ignores `focused`
 * in windows.create), a key acts on the prompt only when all of these hold:
 *
 * - the window has been on screen for `SETTLE_MS`;
 * - no other key came in the `TYPING_GAP_MS` before it (typing still going on);
 * - the user has turned to the window: moved or pressed the pointer in it,
 *   brought it to the front after it appeared, or pressed Tab in it.
 *
 * Keys that fail are held back (no shortcut, no button pressed by Enter or
 * Space); a pointer click always counts.
 */
export const SETTLE_MS = 2000;
export const TYPING_GAP_MS = 1000;

/** Keys that answer or press something: the ones the guard holds back. */
const ACTING = new Set(['Enter', ' ', 'Spacebar', 'Escape', 's', 'S']);

export interface KeyGuard {
  /** The pointer moved or was pressed in the window. */
  pointer(at: number): void;
  /** The window gained the keyboard. */
  focus(at: number): void;
  blur(at: number): void;
  /** Whether this key may act; every key is remembered, allowed or not. */
  key(key: string, at: number): boolean;
}

/** `openedAt` and every `at` on one clock (the page's `performance.now()`). */
export function keyGuard(openedAt: number, focusedAtOpen: boolean): KeyGuard {
  let turnedAt: number | null = null;
  let lastKey = -Infinity;
  // A focus that comes with the opening is the browser's, not the user's.
  let blurred = !focusedAtOpen;
  return {
    pointer(at) {
      turnedAt ??= at;
    },
    focus(at) {
      if (blurred || at - openedAt >= SETTLE_MS) turnedAt ??= at;
    },
    blur() {
      blurred = true;
    },
    key(key, at) {
      const typing = at - lastKey < TYPING_GAP_MS;
      lastKey = at;
      if (key === 'Tab' && !typing) turnedAt ??= at;
      if (!ACTING.has(key)) return true;
      return turnedAt !== null && at - openedAt >= SETTLE_MS && !typing;
    },
  };
}

/**
 * Installs the guard on the page, before any other key listener: a held-back
 * key is stopped at the window, so neither a shortcut nor a focused button
 * sees it.
 */
export function guardKeys(win: Window = window): KeyGuard {
  const now = () => win.performance.now();
  const guard = keyGuard(now(), win.document.hasFocus());
  // A window that appears under a still mouse gets a move with no movement: not a turn.
  win.addEventListener(
    'pointermove',
    (e) => {
      if (e.movementX !== 0 || e.movementY !== 0) guard.pointer(now());
    },
    { passive: true },
  );
  win.addEventListener(
    'pointerdown',
    () => {
      guard.pointer(now());
    },
    { capture: true },
  );
  win.addEventListener('focus', () => {
    guard.focus(now());
  });
  win.addEventListener('blur', () => {
    guard.blur(now());
  });
  // Space presses a focused button on key up: a held-back Space is held back there too.
  let heldSpace = false;
  const hold = (e: KeyboardEvent) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  win.addEventListener(
    'keydown',
    (e) => {
      const allowed = guard.key(e.key, now());
      if (e.key === ' ') heldSpace = !allowed;
      if (!allowed) hold(e);
    },
    { capture: true },
  );
  win.addEventListener(
    'keyup',
    (e) => {
      if (e.key === ' ' && heldSpace) hold(e);
    },
    { capture: true },
  );
  return guard;
}
