/** What every extension page does before its first render. */
import { syncClock } from './clock';
import { contentLocale } from './i18n';

export type Theme = 'system' | 'light' | 'dark';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export async function preparePage(): Promise<void> {
  document.documentElement.lang = contentLocale();
  await syncClock();
}
