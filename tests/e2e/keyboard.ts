/** Keyboard-only use of a real page, for the e2e tests. */
import type { Page } from 'playwright-core';

/**
 * Numbers every enabled control, then presses Tab until focus has left the
 * page. Returns how many controls there are and, for each reached, whether
 * its focus was visible (an outline).
 */
export async function tabThrough(
  page: Page,
): Promise<{ controls: number; reached: Map<string, boolean> }> {
  const controls = await page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('button, input, select, summary')];
    // A group of radio buttons is one Tab stop, its chosen one; the arrow keys move inside it.
    const otherRadio = (el: HTMLElement) =>
      el instanceof HTMLInputElement && el.type === 'radio' && !el.checked;
    const enabled = els.filter((el) => !(el as HTMLButtonElement).disabled && !otherRadio(el));
    enabled.forEach((el, i) => (el.dataset.probe = String(i)));
    return enabled.length;
  });
  const reached = new Map<string, boolean>();
  // Time fields take a stop per part (hour, minute, AM/PM).
  for (let i = 0; i < controls * 3; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.probe) return null;
      const style = getComputedStyle(el);
      return { probe: el.dataset.probe, shown: style.outlineStyle !== 'none' };
    });
    if (!at) {
      if (reached.size > 0) break;
      continue;
    }
    reached.set(at.probe, at.shown);
  }
  return { controls, reached };
}
