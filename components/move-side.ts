import { createContext } from 'preact';

/** Which side of the move is being done, and from which start of the timer. */
export interface SideState {
  side: 1 | 2;
  /** changes with each Start or Restart, so the figure can play its motion again */
  run: number;
}

/**
 * Lets the timer tell the card around it which side the user is on: the
 * figure mirrors itself for the second side. Null outside a card.
 */
export const MoveSide = createContext<((state: SideState) => void) | null>(null);
