import { useEffect, useState } from 'preact/hooks';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { loadIllustration } from './illustration';

interface Props {
  stretch: Stretch;
  locale: 'en' | 'es';
}

export function StretchCard({ stretch, locale }: Props) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadIllustration(stretch.illustration).then((markup) => {
      if (live) setSvg(markup);
    });
    return () => {
      live = false;
    };
  }, [stretch.illustration]);

  return (
    <article class="stretch-card">
      <h1 id="stretch-name">{stretch.name[locale]}</h1>
      <p class="chips">
        <span class="chip">{t(`position_${stretch.position}`)}</span>
        {stretch.perSide && <span class="chip">{t('perSide')}</span>}
      </p>
      <figure class="illustration">
        {/* Bundled, reviewed SVG from content/ (checked by the content meta-test): safe to inline. */}
        <div role="img" aria-label={stretch.alt[locale]} dangerouslySetInnerHTML={{ __html: svg ?? '' }} />
      </figure>
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
        {stretch.cautions.map((c, i) => (
          <p key={i} class="muted">
            {c[locale]}
          </p>
        ))}
      </details>
    </article>
  );
}
