import type { CatalogEntry, Difficulty, MoveKind, MoveLabels, Need, Position } from './types';

export type { CatalogEntry, Difficulty, MoveKind, MoveLabels, Need, Position } from './types';

/*
 * What the worker, the popup and options need about a move without loading
 * its drawing (its words are messages: content/texts.ts); the rest of each move is in content/moves/<id>.ts,
 * loaded one at a time. Ids are stored in history: never rename or remove
 * one (names may change).
 */

/** One move's labels, as a row of the table below. */
const labels = (
  id: string,
  position: Position,
  kind: MoveKind,
  difficulty: Difficulty,
  needs: readonly Need[],
): MoveLabels => ({ id, position, kind, difficulty, needs });

// What a move can need, each written once, in the order the page says them.
const nothing: readonly Need[] = [];
const desk: readonly Need[] = ['desk'];
const wall: readonly Need[] = ['wall'];
const fixedChair: readonly Need[] = ['fixed-chair'];
const fixedChairAndDesk: readonly Need[] = ['fixed-chair', 'desk'];
const deskAndSoftSurface: readonly Need[] = ['desk', 'soft-surface'];

/** The labels rotation and the settings filters use. */
export const moveLabels: readonly MoveLabels[] = [
  // id, position, kind, difficulty, needs
  labels('desk-split-stance', 'standing', 'stretch', 'easy', desk),
  labels('half-kneeling-desk', 'kneeling', 'stretch', 'moderate', deskAndSoftSurface),
  labels('seated-edge-of-chair', 'seated', 'stretch', 'easy', fixedChair),
  labels('chair-supported-lunge', 'standing', 'stretch', 'moderate', fixedChairAndDesk),
  labels('standing-pelvic-tilt', 'standing', 'mobility', 'easy', nothing),
  labels('march-in-place', 'standing', 'activation', 'easy', desk),
  labels('side-reach-lunge', 'standing', 'stretch', 'moderate', desk),
  labels('desk-quad-stretch', 'standing', 'stretch', 'moderate', desk),
  labels('step-back-reach', 'standing', 'mobility', 'easy', desk),
  labels('standing-hip-circles', 'standing', 'mobility', 'moderate', desk),
  labels('kneeling-arm-reach', 'kneeling', 'stretch', 'moderate', deskAndSoftSurface),
  labels('seated-pelvic-tilt', 'seated', 'mobility', 'easy', nothing),
  labels('seated-march', 'seated', 'activation', 'easy', nothing),
  labels('seated-edge-reach', 'seated', 'stretch', 'moderate', fixedChair),
  labels('seated-side-quad', 'seated', 'stretch', 'moderate', fixedChair),
  labels('wall-split-stance', 'standing', 'stretch', 'easy', wall),
  labels('standing-crossover-lean', 'standing', 'stretch', 'moderate', desk),
  labels('desk-hip-extension', 'standing', 'activation', 'easy', desk),
  labels('rear-foot-on-chair', 'standing', 'stretch', 'advanced', fixedChairAndDesk),
  labels('two-minute-walk', 'standing', 'mobility', 'easy', nothing),
  labels('seated-glute-squeeze', 'seated', 'activation', 'easy', nothing),
];

const byId = (entries: readonly CatalogEntry[]): ReadonlyMap<string, CatalogEntry> =>
  new Map(entries.map((e) => [e.id, e]));

/**
 * Every move in the order options lists them. Names and every other word
 * of a move are messages (`move_<id>_name`…, content/texts.ts).
 */
export const catalog: readonly CatalogEntry[] = moveLabels;

// Pure: a bundle that never reads it drops it.
export const catalogById: ReadonlyMap<string, CatalogEntry> = /* @__PURE__ */ byId(catalog);
