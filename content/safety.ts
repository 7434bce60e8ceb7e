/**
 * The safety notice and the line under every move, as message keys: the
 * words are in `public/_locales/<lang>/messages.json` (`safety_*`). Shown
 * before the first prompt and reachable later from the prompt and the
 * options page.
 */

/** How many paragraphs the notice has; each is `safety_p<n>`. */
const PARAGRAPHS = 9;

export const safetyNotice: { title: string; paragraphs: readonly string[] } = {
  title: 'safety_title',
  paragraphs: Array.from({ length: PARAGRAPHS }, (_, i) => `safety_p${String(i + 1)}`),
};

/** One short line shown under every move, in the prompt's answer bar. */
export const safetyLine = 'safety_line';
