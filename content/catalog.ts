import type { CatalogEntry } from './types';

/**
 * What every page and the worker may need about a stretch without loading
 * its steps and cautions: id, position and name. The full entries in
 * stretches.ts build on these. Ids are stored in history: never rename one.
 */
export const catalog: readonly CatalogEntry[] = [
  {
    id: 'desk-split-stance',
    position: 'standing',
    name: { en: 'Desk split-stance stretch', es: 'Zancada de pie junto al escritorio' },
  },
  {
    id: 'half-kneeling-desk',
    position: 'kneeling',
    name: { en: 'Half-kneeling desk stretch', es: 'Estiramiento con una rodilla en el suelo' },
  },
  {
    id: 'seated-edge-of-chair',
    position: 'seated',
    name: { en: 'Edge-of-chair hip stretch', es: 'Estiramiento en el borde de la silla' },
  },
  {
    id: 'chair-supported-lunge',
    position: 'standing',
    name: { en: 'Chair-supported lunge', es: 'Zancada con el pie en la silla' },
  },
  {
    id: 'standing-pelvic-tilt',
    position: 'standing',
    name: { en: 'Standing pelvic tilt', es: 'Basculación pélvica de pie' },
  },
  {
    id: 'march-in-place',
    position: 'standing',
    name: { en: 'Marching in place', es: 'Marcha en el sitio' },
  },
  {
    id: 'side-reach-lunge',
    position: 'standing',
    name: { en: 'Split stance with side reach', es: 'Zancada con alcance lateral' },
  },
  {
    id: 'desk-quad-stretch',
    position: 'standing',
    name: { en: 'Standing quad and hip stretch', es: 'Estiramiento de cuádriceps y cadera de pie' },
  },
  {
    id: 'step-back-reach',
    position: 'standing',
    name: { en: 'Step-back overhead reach', es: 'Paso atrás con brazos arriba' },
  },
  {
    id: 'standing-hip-circles',
    position: 'standing',
    name: { en: 'Standing hip circles', es: 'Círculos de cadera de pie' },
  },
  {
    id: 'kneeling-arm-reach',
    position: 'kneeling',
    name: { en: 'Half-kneeling overhead reach', es: 'Rodilla en el suelo con brazo arriba' },
  },
  {
    id: 'seated-pelvic-tilt',
    position: 'seated',
    name: { en: 'Seated pelvic tilt', es: 'Basculación pélvica en la silla' },
  },
  {
    id: 'seated-march',
    position: 'seated',
    name: { en: 'Seated march', es: 'Marcha en la silla' },
  },
  {
    id: 'seated-edge-reach',
    position: 'seated',
    name: { en: 'Edge-of-chair stretch with reach', es: 'Borde de la silla con brazo arriba' },
  },
  {
    id: 'seated-side-quad',
    position: 'seated',
    name: { en: 'Side-saddle chair stretch', es: 'Estiramiento de lado en la silla' },
  },
];

export const catalogById: ReadonlyMap<string, CatalogEntry> = new Map(
  catalog.map((s) => [s.id, s]),
);
