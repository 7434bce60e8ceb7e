import { t } from './define';
import type {
  CatalogEntry,
  Difficulty,
  Localized,
  MoveKind,
  MoveLabels,
  Need,
  Position,
} from './types';

export type { CatalogEntry, Difficulty, MoveKind, MoveLabels, Need, Position } from './types';

/*
 * What the worker, the popup and options need about a move without loading
 * its steps and drawing; the rest of each move is in content/moves/<id>.ts,
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

/**
 * The labels rotation and the settings filters use. A bundle that imports
 * only this (the worker) leaves the names out.
 */
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

/** The names, for the pages. */
const names: Readonly<Record<string, Localized>> = {
  'desk-split-stance': t('Desk split-stance stretch', 'Zancada de pie frente al escritorio'),
  'half-kneeling-desk': t('Half-kneeling stretch by the desk', 'Media rodilla junto al escritorio'),
  'seated-edge-of-chair': t('Edge-of-chair hip stretch', 'Cadera en el borde de la silla'),
  'chair-supported-lunge': t('Foot-on-chair lunge stretch', 'Zancada con un pie en la silla'),
  'standing-pelvic-tilt': t('Standing pelvic tilts', 'Basculaciones de pelvis de pie'),
  'march-in-place': t('Marching in place', 'Marcha sin moverte del sitio'),
  'side-reach-lunge': t('Split stance with a side bend', 'Zancada con inclinación lateral'),
  'desk-quad-stretch': t('Standing thigh and hip stretch', 'Muslo y cadera de pie'),
  'step-back-reach': t('Step back and reach up', 'Paso atrás y brazo arriba'),
  'standing-hip-circles': t('Standing hip circles', 'Círculos de cadera de pie'),
  'kneeling-arm-reach': t(
    'Half-kneeling stretch with a reach',
    'Media rodilla con el brazo arriba',
  ),
  'seated-pelvic-tilt': t('Seated pelvic tilts', 'Basculaciones de pelvis en la silla'),
  'seated-march': t('Seated march', 'Marcha en la silla'),
  'seated-edge-reach': t(
    'Edge-of-chair stretch with a reach',
    'Borde de la silla con el brazo arriba',
  ),
  'seated-side-quad': t('Side-sitting thigh stretch', 'Muslo y cadera, de lado en la silla'),
  'wall-split-stance': t('Wall split-stance stretch', 'Zancada con las manos en la pared'),
  'standing-crossover-lean': t(
    'Crossover lean for the outer hip',
    'Piernas cruzadas para la cadera externa',
  ),
  'desk-hip-extension': t(
    'Leg reach back at the desk',
    'Pierna atrás con las manos en el escritorio',
  ),
  'rear-foot-on-chair': t('Back foot on a chair stretch', 'Pie de atrás sobre la silla'),
  'two-minute-walk': t('Two-minute walk', 'Paseo de dos minutos'),
  'seated-glute-squeeze': t('Seated glute squeezes', 'Contracciones de glúteos en la silla'),
};

function withNames(labels: readonly MoveLabels[]): CatalogEntry[] {
  if (Object.keys(names).length !== labels.length)
    throw new Error('content/catalog.ts: a name without labels');
  return labels.map((l) => {
    const name = names[l.id];
    if (!name) throw new Error(`content/catalog.ts: no name for ${l.id}`);
    return { ...l, name };
  });
}

const byId = (entries: readonly CatalogEntry[]): ReadonlyMap<string, CatalogEntry> =>
  new Map(entries.map((e) => [e.id, e]));

// Pure: a bundle that never reads them drops them, and the names with them.
/** Every move with its name and labels, in the order options lists them. */
export const catalog: readonly CatalogEntry[] = /* @__PURE__ */ withNames(moveLabels);

export const catalogById: ReadonlyMap<string, CatalogEntry> = /* @__PURE__ */ byId(catalog);
