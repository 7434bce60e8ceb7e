/** Small helpers the move modules (content/moves/*.ts) are written with. */
import type { Localized, MoveDetails } from './types';

/** A text in English and Spanish. */
export const t = (en: string, es: string): Localized => ({ en, es });

/** Types a move module's default export. */
export const defineMove = (details: MoveDetails): MoveDetails => details;

/** On a surface at this x: resting on it, or `lift` units above it. */
export const floor = (x: number, lift = 0) => ({ on: 'floor', x, lift }) as const;
export const desk = (x: number, lift = 0) => ({ on: 'desk', x, lift }) as const;
export const seat = (x: number, lift = 0) => ({ on: 'seat', x, lift }) as const;
export const cushion = (x: number, lift = 0) => ({ on: 'cushion', x, lift }) as const;
/** Against the wall's face at this height. */
export const wall = (y: number, lift = 0) => ({ on: 'wall', y, lift }) as const;
