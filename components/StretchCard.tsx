import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Stretch } from '@/content/types';
import { t } from '@/lib/i18n';
import { loadIllustration } from './illustration';

interface Props {
  stretch: Stretch;
  locale: 'en' | 'es';
  /** Shown beside the illustration (the prompt puts the hold timer there). */
  children?: ComponentChildren;
}

export function StretchCard({ stretch, locale, children }: Props) {
  const figure = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void loadIllustration(stretch.illustration).then((markup) => {
      const target = figure.current;
      if (!live || !target) return;
      // Parsed as SVG and adopted as nodes (no innerHTML): the bundled files
      // are checked by the content meta-test to carry no script or link.
      const parsed = new DOMParser().parseFromString(markup ?? '<svg/>', 'image/svg+xml');
      const svg = document.importNode(parsed.documentElement, true);
      // The wrapper is the image, named by the alt text; the drawing is its content.
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('focusable', 'false');
      target.replaceChildren(svg);
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
      <div class="figure-row">
        <figure class="illustration">
          <div ref={figure} role="img" aria-label={stretch.alt[locale]} />
        </figure>
        {children}
      </div>
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
