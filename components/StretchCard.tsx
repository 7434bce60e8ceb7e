import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { MoveFigure } from './MoveFigure';
import { MoveLabels } from './MoveLabels';
import { MoveSide, type SideState } from './move-side';

interface Props {
  stretch: Stretch;
  locale: 'en' | 'es';
  /** Shown beside the figure (the prompt puts the timer there); it may report the side. */
  children?: ComponentChildren;
}

export function StretchCard({ stretch, locale, children }: Props) {
  const [side, setSide] = useState<SideState>({ side: 1, run: 0 });
  return (
    <article class="stretch-card">
      <h1 id="stretch-name">{stretch.name[locale]}</h1>
      <MoveLabels stretch={stretch} locale={locale} />
      <div class="figure-row">
        <MoveFigure
          figure={stretch.figure}
          label={stretch.alt[locale]}
          mirrored={side.side === 2}
          run={side.run}
        />
        <MoveSide.Provider value={setSide}>{children}</MoveSide.Provider>
      </div>
      {/* Cautions come before the steps and are never behind a click (issue #14). */}
      <section class="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{t('cautionsTitle')}</h2>
        {/* Paragraphs, not a list: the steps are the card's one list. */}
        {stretch.cautions.map((c, i) => (
          <p key={i}>{c[locale]}</p>
        ))}
      </section>
      <ol class="steps">
        {stretch.steps.map((step, i) => (
          <li key={i}>{step[locale]}</li>
        ))}
      </ol>
      <p class="cue">{stretch.cue[locale]}</p>
      <details class="variants">
        <summary>{t('variantsTitle')}</summary>
        <p>
          <strong>{t('easier')}</strong> {stretch.easier[locale]}
        </p>
        <p>
          <strong>{t('harder')}</strong> {stretch.harder[locale]}
        </p>
      </details>
    </article>
  );
}
