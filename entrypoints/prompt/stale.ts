/**
 * A prompt window the browser brought back (Firefox's "Open previous windows
 * and tabs" restores it with its buttons, #28 item 11) shows a stretch the
 * background already let go at startup: its answer would count for nothing.
 * Such a window closes itself as it loads. A window is current while the
 * stored prompt is open and names it, or names no window yet (the background
 * stores the id just after it opens the window).
 */
import { browser } from 'wxt/browser';
import type { OpenPrompt } from '@/core/stored';
import { read } from '@/lib/db';

export function isStaleWindow(prompt: OpenPrompt | null | undefined, windowId: number): boolean {
  if (!prompt) return true;
  return prompt.windowId !== null && prompt.windowId !== windowId;
}

/** Closes this window when it is a prompt window left from an earlier session. */
export async function closeIfStale(): Promise<void> {
  const me = await browser.windows.getCurrent();
  // Only the background's own popup windows: a prompt page in a tab is someone looking at it.
  if (me.type !== 'popup' || me.id === undefined) return;
  const [prompt] = await read(['prompt'] as const);
  if (isStaleWindow(prompt, me.id)) await browser.windows.remove(me.id);
}
