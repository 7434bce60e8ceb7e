/**
 * What the move modules (content/moves/*.ts) are written with: the figure in
 * content/figure/notation.ts, the words in `public/_locales/<lang>/messages.json`
 * (content/texts.ts names their keys).
 */
import type { MoveDetails } from './types';

/** Types a move module's default export. */
export const defineMove = (details: MoveDetails): MoveDetails => details;
