import type { CatalogEntry } from './types';

export type { CatalogEntry, Difficulty, MoveKind, Need, Position } from './types';

/**
 * What the worker, the popup and options need about a move without loading
 * its steps and drawing: id, name and the labels the settings filter on.
 * The rest of each move is in content/moves/<id>.ts, loaded one at a time.
 * Ids are stored in history: never rename or remove one (names may change).
 */
export const catalog: readonly CatalogEntry[] = [
  {
    id: 'desk-split-stance',
    name: { en: 'Desk split-stance stretch', es: 'Zancada de pie frente al escritorio' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'half-kneeling-desk',
    name: { en: 'Half-kneeling stretch by the desk', es: 'Media rodilla junto al escritorio' },
    position: 'kneeling',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk', 'soft-surface'],
  },
  {
    id: 'seated-edge-of-chair',
    name: { en: 'Edge-of-chair hip stretch', es: 'Cadera en el borde de la silla' },
    position: 'seated',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['fixed-chair'],
  },
  {
    id: 'chair-supported-lunge',
    name: { en: 'Foot-on-chair lunge stretch', es: 'Zancada con un pie en la silla' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair', 'desk'],
  },
  {
    id: 'standing-pelvic-tilt',
    name: { en: 'Standing pelvic tilts', es: 'Basculaciones de pelvis de pie' },
    position: 'standing',
    kind: 'mobility',
    difficulty: 'easy',
    needs: [],
  },
  {
    id: 'march-in-place',
    name: { en: 'Marching in place', es: 'Marcha sin moverte del sitio' },
    position: 'standing',
    kind: 'activation',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'side-reach-lunge',
    name: { en: 'Split stance with a side bend', es: 'Zancada con inclinación lateral' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'desk-quad-stretch',
    name: { en: 'Standing thigh and hip stretch', es: 'Muslo y cadera de pie' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'step-back-reach',
    name: { en: 'Step back and reach up', es: 'Paso atrás y brazo arriba' },
    position: 'standing',
    kind: 'mobility',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'standing-hip-circles',
    name: { en: 'Standing hip circles', es: 'Círculos de cadera de pie' },
    position: 'standing',
    kind: 'mobility',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'kneeling-arm-reach',
    name: { en: 'Half-kneeling stretch with a reach', es: 'Media rodilla con el brazo arriba' },
    position: 'kneeling',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk', 'soft-surface'],
  },
  {
    id: 'seated-pelvic-tilt',
    name: { en: 'Seated pelvic tilts', es: 'Basculaciones de pelvis sentado' },
    position: 'seated',
    kind: 'mobility',
    difficulty: 'easy',
    needs: [],
  },
  {
    id: 'seated-march',
    name: { en: 'Seated march', es: 'Marcha sentado' },
    position: 'seated',
    kind: 'activation',
    difficulty: 'easy',
    needs: [],
  },
  {
    id: 'seated-edge-reach',
    name: { en: 'Edge-of-chair stretch with a reach', es: 'Borde de la silla con el brazo arriba' },
    position: 'seated',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair'],
  },
  {
    id: 'seated-side-quad',
    name: { en: 'Side-sitting thigh stretch', es: 'Muslo sentado de lado en la silla' },
    position: 'seated',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['fixed-chair'],
  },
  {
    id: 'wall-split-stance',
    name: { en: 'Wall split-stance stretch', es: 'Zancada con las manos en la pared' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'easy',
    needs: ['wall'],
  },
  {
    id: 'standing-crossover-lean',
    name: { en: 'Crossover lean for the outer hip', es: 'Piernas cruzadas para la cadera externa' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'moderate',
    needs: ['desk'],
  },
  {
    id: 'desk-hip-extension',
    name: { en: 'Leg reach back at the desk', es: 'Pierna atrás apoyado en el escritorio' },
    position: 'standing',
    kind: 'activation',
    difficulty: 'easy',
    needs: ['desk'],
  },
  {
    id: 'rear-foot-on-chair',
    name: { en: 'Back foot on a chair stretch', es: 'Pie de atrás sobre la silla' },
    position: 'standing',
    kind: 'stretch',
    difficulty: 'advanced',
    needs: ['fixed-chair', 'desk'],
  },
  {
    id: 'two-minute-walk',
    name: { en: 'Two-minute walk', es: 'Paseo de dos minutos' },
    position: 'standing',
    kind: 'mobility',
    difficulty: 'easy',
    needs: [],
  },
  {
    id: 'seated-glute-squeeze',
    name: { en: 'Seated glute squeezes', es: 'Apretar glúteos sentado' },
    position: 'seated',
    kind: 'activation',
    difficulty: 'easy',
    needs: [],
  },
];

export const catalogById: ReadonlyMap<string, CatalogEntry> = new Map(
  catalog.map((s) => [s.id, s]),
);
