import type { CatalogEntry, Localized, MoveLabels } from './types';

export type { CatalogEntry, Difficulty, MoveKind, MoveLabels, Need, Position } from './types';

/*
 * What the worker, the popup and options need about a move without loading
 * its steps and drawing; the rest of each move is in content/moves/<id>.ts,
 * loaded one at a time. Ids are stored in history: never rename or remove
 * one (names may change).
 */

/**
 * The labels rotation and the settings filters use. A bundle that imports
 * only this (the worker) leaves the names out.
 */
export const moveLabels: readonly MoveLabels[] = [
  {
    id: 'desk-split-stance',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'half-kneeling-desk',
    position: 'kneeling',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk', 'soft-surface'],
  },
  {
    id: 'seated-edge-of-chair',
    position: 'seated',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['fixed-chair'],
  },
  {
    id: 'chair-supported-lunge',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair', 'desk'],
  },
  {
    id: 'standing-pelvic-tilt',
    position: 'standing',
    kind: 'mobility',
    difficulty: 'easy',
    needs: [],
  },
  {
    id: 'march-in-place',
    position: 'standing',
    kind: 'activation',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'side-reach-lunge',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'desk-quad-stretch',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'step-back-reach',
    position: 'standing',
    kind: 'mobility',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'standing-hip-circles',
    position: 'standing',
    kind: 'mobility',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'kneeling-arm-reach',
    position: 'kneeling',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk', 'soft-surface'],
  },
  { id: 'seated-pelvic-tilt', position: 'seated', kind: 'mobility', difficulty: 'easy', needs: [] },
  { id: 'seated-march', position: 'seated', kind: 'activation', difficulty: 'easy', needs: [] },
  {
    id: 'seated-edge-reach',
    position: 'seated',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair'],
  },
  {
    id: 'seated-side-quad',
    position: 'seated',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair'],
  },
  {
    id: 'wall-split-stance',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['wall'],
  },
  {
    id: 'standing-crossover-lean',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'desk-hip-extension',
    position: 'standing',
    kind: 'activation',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'rear-foot-on-chair',
    position: 'standing',
    kind: 'stretch',
    difficulty: 'advanced',
    needs: ['fixed-chair', 'desk'],
  },
  { id: 'two-minute-walk', position: 'standing', kind: 'mobility', difficulty: 'easy', needs: [] },
  {
    id: 'seated-glute-squeeze',
    position: 'seated',
    kind: 'activation',
    difficulty: 'easy',
    needs: [],
  },
];

/** The names, for the pages. */
const names: Readonly<Record<string, Localized>> = {
  'desk-split-stance': {
    en: 'Desk split-stance stretch',
    es: 'Zancada de pie frente al escritorio',
  },
  'half-kneeling-desk': {
    en: 'Half-kneeling stretch by the desk',
    es: 'Media rodilla junto al escritorio',
  },
  'seated-edge-of-chair': { en: 'Edge-of-chair hip stretch', es: 'Cadera en el borde de la silla' },
  'chair-supported-lunge': {
    en: 'Foot-on-chair lunge stretch',
    es: 'Zancada con un pie en la silla',
  },
  'standing-pelvic-tilt': { en: 'Standing pelvic tilts', es: 'Basculaciones de pelvis de pie' },
  'march-in-place': { en: 'Marching in place', es: 'Marcha sin moverte del sitio' },
  'side-reach-lunge': {
    en: 'Split stance with a side bend',
    es: 'Zancada con inclinación lateral',
  },
  'desk-quad-stretch': { en: 'Standing thigh and hip stretch', es: 'Muslo y cadera de pie' },
  'step-back-reach': { en: 'Step back and reach up', es: 'Paso atrás y brazo arriba' },
  'standing-hip-circles': { en: 'Standing hip circles', es: 'Círculos de cadera de pie' },
  'kneeling-arm-reach': {
    en: 'Half-kneeling stretch with a reach',
    es: 'Media rodilla con el brazo arriba',
  },
  'seated-pelvic-tilt': { en: 'Seated pelvic tilts', es: 'Basculaciones de pelvis en la silla' },
  'seated-march': { en: 'Seated march', es: 'Marcha en la silla' },
  'seated-edge-reach': {
    en: 'Edge-of-chair stretch with a reach',
    es: 'Borde de la silla con el brazo arriba',
  },
  'seated-side-quad': {
    en: 'Side-sitting thigh stretch',
    es: 'Muslo y cadera, de lado en la silla',
  },
  'wall-split-stance': { en: 'Wall split-stance stretch', es: 'Zancada con las manos en la pared' },
  'standing-crossover-lean': {
    en: 'Crossover lean for the outer hip',
    es: 'Piernas cruzadas para la cadera externa',
  },
  'desk-hip-extension': {
    en: 'Leg reach back at the desk',
    es: 'Pierna atrás con las manos en el escritorio',
  },
  'rear-foot-on-chair': { en: 'Back foot on a chair stretch', es: 'Pie de atrás sobre la silla' },
  'two-minute-walk': { en: 'Two-minute walk', es: 'Paseo de dos minutos' },
  'seated-glute-squeeze': {
    en: 'Seated glute squeezes',
    es: 'Contracciones de glúteos en la silla',
  },
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
