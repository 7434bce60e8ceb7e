import type { Difficulty, MoveKind, Need, Stretch } from '@/content/types';
import { t } from '@/lib/i18n';

// One literal key per value (no composed keys), so the locales test finds each one.
export function kindLabel(kind: MoveKind): string {
  switch (kind) {
    case 'stretch':
      return t('kindStretch');
    case 'mobility':
      return t('kindMobility');
    case 'activation':
      return t('kindActivation');
  }
}

export function difficultyLabel(difficulty: Difficulty): string {
  switch (difficulty) {
    case 'easy':
      return t('difficultyEasy');
    case 'moderate':
      return t('difficultyModerate');
    case 'advanced':
      return t('difficultyAdvanced');
  }
}

export function needLabel(need: Need): string {
  switch (need) {
    case 'desk':
      return t('needDesk');
    case 'wall':
      return t('needWall');
    case 'fixed-chair':
      return t('needFixedChair');
    case 'soft-surface':
      return t('needSoftSurface');
  }
}

interface Props {
  stretch: Pick<Stretch, 'position' | 'kind' | 'difficulty' | 'perSide' | 'needs'>;
  locale: 'en' | 'es';
}

/** What the move is (stretch, mobility, activation), how hard, and what it needs around you. */
export function MoveLabels({ stretch, locale }: Props) {
  const needs = stretch.needs.map(needLabel);
  return (
    <>
      <p class="chips">
        <span class="chip">{t(`position_${stretch.position}`)}</span>
        <span class="chip chip-kind">{kindLabel(stretch.kind)}</span>
        <span class="chip">{difficultyLabel(stretch.difficulty)}</span>
        {stretch.perSide && <span class="chip">{t('perSide')}</span>}
      </p>
      {needs.length > 0 && (
        <p class="needs">
          {t('needsList', new Intl.ListFormat(locale, { type: 'conjunction' }).format(needs))}
        </p>
      )}
    </>
  );
}
