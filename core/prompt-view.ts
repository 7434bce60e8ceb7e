/**
 * What the prompt window shows before anything is read: the stretch, the
 * language, the theme, whether the safety notice comes first, and the snooze and chime
 * choices. The background decides it with the step that opens the window and
 * puts it in the page's address (`prompt.html#stretch=…`), so the page
 * renders without waiting for IndexedDB; a page opened without it (or with a
 * damaged one) builds the same view from what is stored.
 */
import { LANGUAGES } from './languages';
import { MAX_PLAN_LENGTH, type Settings } from './settings';

export interface PromptView {
  stretchId: string;
  /** The language setting: 'auto' or a shipped language. */
  language: string;
  theme: Settings['theme'];
  safetySeen: boolean;
  snoozeMinutes: Settings['snoozeMinutes'];
  snoozeCap: number;
  /** Snoozes the open cycle has used. */
  snoozes: number;
  chime: boolean;
  /** The user's own plan, shown with the stretch ('' for none). */
  plan: string;
  /** The stretch was held back by a call and comes now that it is over. */
  afterCall: boolean;
  /** It bothered a knee last time: its easier version is shown first (issue #23). */
  easierFirst: boolean;
}

export function promptView(
  stretchId: string,
  settings: Settings,
  safetySeen: boolean,
  snoozes: number,
  afterCall = false,
  easierFirst = false,
): PromptView {
  const { language, theme, snoozeMinutes, snoozeCap, chime, plan } = settings;
  return {
    stretchId,
    language,
    theme,
    safetySeen,
    snoozeMinutes,
    snoozeCap,
    snoozes,
    chime,
    plan,
    afterCall,
    easierFirst,
  };
}

export function promptHash(view: PromptView): string {
  return new URLSearchParams({
    stretch: view.stretchId,
    lang: view.language,
    theme: view.theme,
    safety: view.safetySeen ? 'seen' : 'show',
    snooze: `${view.snoozeMinutes}`,
    snoozes: `${view.snoozes}/${view.snoozeCap}`,
    chime: view.chime ? 'on' : 'off',
    plan: view.plan,
    call: view.afterCall ? 'after' : 'none',
    ...(view.easierFirst ? { easier: 'first' } : {}),
  }).toString();
}

const THEMES: readonly string[] = ['system', 'light', 'dark'];

/** The view in a page address's hash, or null when any part is missing or out of range. */
export function readPromptHash(hash: string): PromptView | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const stretchId = p.get('stretch') ?? '';
  // An address from before the setting existed follows the browser.
  const language = p.get('lang') ?? 'auto';
  const theme = p.get('theme') ?? '';
  const safety = p.get('safety');
  const snooze = Number(p.get('snooze'));
  const [snoozes = NaN, snoozeCap = NaN] = (p.get('snoozes') ?? '').split('/').map(Number);
  const chime = p.get('chime');
  const plan = p.get('plan') ?? '';
  const call = p.get('call');
  const ok =
    /^[a-z0-9-]{1,100}$/.test(stretchId) &&
    (language === 'auto' || LANGUAGES.includes(language)) &&
    THEMES.includes(theme) &&
    (safety === 'seen' || safety === 'show') &&
    (snooze === 5 || snooze === 10) &&
    Number.isInteger(snoozes) &&
    Number.isInteger(snoozeCap) &&
    snoozes >= 0 &&
    snoozeCap >= 0 &&
    (chime === 'on' || chime === 'off') &&
    plan.length <= MAX_PLAN_LENGTH &&
    (call === 'after' || call === 'none');
  if (!ok) return null;
  return {
    stretchId,
    language,
    theme: theme as PromptView['theme'],
    safetySeen: safety === 'seen',
    snoozeMinutes: snooze,
    snoozeCap,
    snoozes,
    chime: chime === 'on',
    plan,
    afterCall: call === 'after',
    easierFirst: p.get('easier') === 'first',
  };
}
