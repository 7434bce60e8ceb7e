export type Position = 'standing' | 'seated' | 'kneeling';

/** Every user-visible text exists in English and Spanish (the two shipped locales). */
export interface Localized {
  en: string;
  es: string;
}

/** The light part of a stretch: enough to list, name and rotate it. */
export interface CatalogEntry {
  id: string;
  position: Position;
  name: Localized;
}

export interface Stretch {
  /** kebab-case, unique; stored in history events, so never rename an existing id */
  id: string;
  /** short, e.g. "Desk split-stance stretch" */
  name: Localized;
  position: Position;
  /** true when done once on each side */
  perSide: boolean;
  /** timer length per side, 20-60 (30 for static holds, per the sources) */
  holdSeconds: number;
  /** for mobility moves (marching, pelvic tilts): how many slow reps fit in the timer (per side when perSide) */
  reps?: number;
  /** 3-6 steps, second person, imperative, each at most 20 words (English) */
  steps: Localized[];
  /** one breathing or form cue */
  cue: Localized;
  /** 1-2 specific cautions for this move */
  cautions: Localized[];
  /** an easier variant, one sentence */
  easier: Localized;
  /** a harder variant, one sentence */
  harder: Localized;
  /** file name in content/illustrations/, e.g. "desk-split-stance.svg" */
  illustration: string;
  /** alt text describing the illustration */
  alt: Localized;
}
