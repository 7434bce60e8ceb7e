import type { Figure } from './figure/types';

export type Position = 'standing' | 'seated' | 'kneeling';

/** What a move honestly does (issue #14): lengthens, moves a joint through its range, or works a muscle. */
export type MoveKind = 'stretch' | 'mobility' | 'activation';

export type Difficulty = 'easy' | 'moderate' | 'advanced';

/**
 * What a move needs around the user. `fixed-chair` is a chair that cannot
 * roll: the settings "my chair rolls" leaves out every move that needs one.
 */
export type Need = 'desk' | 'wall' | 'fixed-chair' | 'soft-surface';

/** What rotation and the settings filters need about a move (the worker loads only this). */
export interface MoveLabels {
  /** kebab-case, unique; stored in history events, so never rename or remove one */
  id: string;
  position: Position;
  kind: MoveKind;
  difficulty: Difficulty;
  needs: readonly Need[];
}

/** The light part of a move: enough to list, filter and rotate it (its name is `move_<id>_name`). */
export type CatalogEntry = MoveLabels;

/**
 * How the timer runs one side (or the whole move when not per side):
 * - hold: a static hold, in seconds;
 * - reps: a count, paced at `secondsPerRep` (the timer never says "hold");
 * - time: movement for a while (a walk, marching).
 */
export type TimerSpec =
  | { kind: 'hold'; seconds: number }
  | { kind: 'reps'; count: number; secondsPerRep: number }
  | { kind: 'time'; seconds: number };

/** The heavy part of a move, one module per move in content/moves/<id>.ts: its structure, not its words. */
/** How a per-side move changes sides (MoveDetails.switchHow). */
export type SwitchHow = 'legs' | 'turn' | 'cushion' | 'seat';

export interface MoveDetails {
  /** true when done once on each side */
  perSide: boolean;
  timer: TimerSpec;
  /**
   * Seconds between the two sides. Leave it out to take the position's
   * (content/timing.ts); set it only to give a move more time than that.
   */
  switchSeconds?: number;
  /**
   * What the body does between the sides of a per-side move, shown large
   * during the switch: `legs` changes legs where it stands or sits, `turn`
   * turns round so the desk is on the other side, `cushion` gets up, turns
   * round and moves the cushion, `seat` sits facing the other way.
   */
  switchHow?: SwitchHow;
  /**
   * How many steps (3-6) and cautions (1-3) the move has. Their words, and
   * the name, cue, easier and harder variants and the figure's alt text,
   * are messages named after the id (content/texts.ts).
   */
  steps: number;
  cautions: number;
  /** the animated illustration, as data (content/figure/) */
  figure: Figure;
}

/** A whole move, as the prompt shows it: catalog entry, details, and the switch time resolved. */
export interface Stretch extends CatalogEntry, Omit<MoveDetails, 'switchSeconds'> {
  /** seconds between the sides (0 when not per side) */
  switchSeconds: number;
}
