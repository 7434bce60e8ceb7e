import type { Difficulty, MoveKind, Need, Stretch } from '@/content/types';
import { formatList, t } from '@/lib/i18n';

/**
 * The label of each value, looked up in a table of messages. The keys are
 * literal in each t() call (no composed keys), so the locales test finds
 * every one; the table is built when a label is asked for, in the page's
 * language.
 */
const labelFrom =
  <V extends string>(messages: () => Record<V, string>) =>
  (value: V): string =>
    messages()[value];

export const kindLabel = labelFrom<MoveKind>(() => ({
  stretch: t('kindStretch'),
  mobility: t('kindMobility'),
  activation: t('kindActivation'),
}));

export const difficultyLabel = labelFrom<Difficulty>(() => ({
  easy: t('difficultyEasy'),
  moderate: t('difficultyModerate'),
  advanced: t('difficultyAdvanced'),
}));

export const needLabel = labelFrom<Need>(() => ({
  desk: t('needDesk'),
  wall: t('needWall'),
  'fixed-chair': t('needFixedChair'),
  'soft-surface': t('needSoftSurface'),
}));

interface Props {
  stretch: Pick<Stretch, 'position' | 'kind' | 'difficulty' | 'perSide' | 'needs'>;
}

/** What the move is (stretch, mobility, activation), how hard, and what it needs around you. */
export function MoveLabels({ stretch }: Props) {
  const needs = stretch.needs.map(needLabel);
  return (
    <p class="chips">
      <span class="chip">{t(`position_${stretch.position}`)}</span>
      <span class="chip chip-kind">{kindLabel(stretch.kind)}</span>
      <span class="chip">{difficultyLabel(stretch.difficulty)}</span>
      {stretch.perSide && <span class="chip">{t('perSide')}</span>}
      {needs.length > 0 && <span class="needs">{t('needsList', formatList(needs))}</span>}
    </p>
  );
}
