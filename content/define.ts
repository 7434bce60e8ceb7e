/**
 * Small helpers the move modules (content/moves/*.ts) are written with: the
 * words here (the catalog's names too), the figure in
 * content/figure/notation.ts.
 */
import type { Localized, MoveDetails } from './types';

/** A text in English and Spanish. */
export const t = (en: string, es: string): Localized => ({ en, es });

/** Types a move module's default export. */
export const defineMove = (details: MoveDetails): MoveDetails => details;
