import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { moveTexts } from '@/components/move-words';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { MoveFigure } from './MoveFigure';
import { MoveLabels } from './MoveLabels';
import { MoveSide, type SideState } from './move-side';

interface Props {
  stretch: Stretch;
  /** The page's language tag (the words come from lib/i18n). */
  locale?: string;
  /** Shown beside the figure (the prompt puts the timer there); it may report the side. */
  children?: ComponentChildren;
}

export function StretchCard({ stretch, children }: Props) {
  const [side, setSide] = useState<SideState>({ side: 1, run: 0 });
  const words = moveTexts(stretch);
  return (
    <article class="stretch-card">
      <h1 id="stretch-name">{words.name}</h1>
      <MoveLabels stretch={stretch} />
      <div class="figure-row">
        <MoveFigure
          figure={stretch.figure}
          label={words.alt}
          mirrored={side.side === 2}
          run={side.run}
        />
        <MoveSide.Provider value={setSide}>{children}</MoveSide.Provider>
      </div>
      {/* Cautions come before the steps and are never behind a click (issue #14). */}
      <section class="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{t('cautionsTitle')}</h2>
        {/* Paragraphs, not a list: the steps are the card's one list. */}
        {words.cautions.map((c, i) => (
          <p key={i}>{c}</p>
        ))}
      </section>
      <ol class="steps">
        {words.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <p class="cue">{words.cue}</p>
      <details class="variants">
        <summary>{t('variantsTitle')}</summary>
        <p>
          <strong>{t('easier')}</strong> {words.easier}
        </p>
        <p>
          <strong>{t('harder')}</strong> {words.harder}
        </p>
      </details>
    </article>
  );
}
