/**
 * The props of every figure (desk, chair, cushion, wall) against the
 * figure's background, in the light and the dark theme: at least 3:1 (WCAG
 * 1.4.11, non-text contrast). The colours are read from the CSS the pages
 * load (components/theme.css, components/move-figure.css, the prompt's
 * figure box), and the classes from the markup the renderer writes, so a
 * new prop or a new shade is checked as it is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureSvg } from '@/components/figure-svg';
import { contrast, over, parseHex, type Rgb } from '@/content/figure/measure';
import { stretches } from '@/content/stretches';

const ROOT = path.resolve(import.meta.dirname, '../..');
const css = (file: string) =>
  readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const MIN_CONTRAST = 3;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** The custom properties of :root, each as its light and dark value. */
function themeColours(): Map<string, Record<Theme, string>> {
  const root = /:root\s*\{([^}]*)\}/.exec(css('components/theme.css'))?.[1] ?? '';
  const out = new Map<string, Record<Theme, string>>();
  for (const [, name, value] of root.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const pair = /light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/i.exec(value!);
    if (pair) out.set(name!, { light: pair[1]!, dark: pair[2]! });
    else if (/^#[0-9a-f]+$/i.test(value!.trim()))
      out.set(name!, { light: value!.trim(), dark: value!.trim() });
  }
  return out;
}

/** Rules of a stylesheet in order: the classes a selector names, and its declarations. */
function rules(text: string): { classes: string[][]; decls: Map<string, string> }[] {
  return [...text.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, sel, body]) => ({
    classes: sel!.split(',').map((one) => [...one.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!)),
    decls: new Map(
      [...body!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)].map((m) => [m[1]!, m[2]!.trim()]),
    ),
  }));
}

const colours = themeColours();
const resolve = (value: string, theme: Theme): Rgb => {
  const name = /var\((--[\w-]+)\)/.exec(value)?.[1];
  const hex = name ? colours.get(name)?.[theme] : value;
  if (!hex) throw new Error(`no colour for ${value}`);
  return parseHex(hex);
};

/** What the figure box sits on: the background the prompt gives it. */
function background(theme: Theme): Rgb {
  const box = rules(css('entrypoints/prompt/prompt.css')).filter((r) =>
    r.classes.some((c) => c.length === 1 && c[0] === 'figure-box'),
  );
  const value = box.map((r) => r.decls.get('background')).findLast(Boolean) ?? 'var(--bg)';
  return resolve(value, theme);
}

/** The colour a shape with these classes shows: its fill (or stroke) at its opacity, over the background. */
function shown(classList: string[], paint: 'fill' | 'stroke', theme: Theme): Rgb {
  let colour: string | undefined;
  let opacity = 1;
  for (const r of rules(css('components/move-figure.css'))) {
    if (!r.classes.some((sel) => sel.length > 0 && sel.every((c) => classList.includes(c))))
      continue;
    colour = r.decls.get(paint) ?? colour;
    const o = r.decls.get('opacity');
    if (o !== undefined) opacity = Number(o);
  }
  if (!colour || colour === 'none') throw new Error(`${classList.join(' ')} has no ${paint}`);
  const bg = background(theme);
  return over(resolve(colour, theme), opacity, bg);
}

/** Every class list the renderer gives a prop, over all the moves. */
const propClasses = (): string[][] => {
  const seen = new Set<string>();
  for (const s of stretches) {
    for (const [, cls] of figureSvg(s.figure, { still: true }).matchAll(
      /class="([^"]*mf-(?:prop|edge|floor)[^"]*)"/g,
    ))
      seen.add(cls!);
  }
  return [...seen].sort().map((c) => c.split(' '));
};

describe('figure colours', () => {
  it('finds the props the renderer draws: near, behind, soft, and the wall edge', () => {
    const found = propClasses().map((c) => c.join(' '));
    expect(found).toEqual(
      expect.arrayContaining([
        'mf-prop',
        'mf-prop mf-behind',
        'mf-prop mf-soft',
        'mf-edge',
        'mf-floor',
      ]),
    );
  });

  it.each(THEMES)(
    'draws every prop with at least 3:1 contrast against the figure background (%s theme)',
    (theme) => {
      const bg = background(theme);
      const low = propClasses().flatMap((classes) => {
        const paint =
          classes.includes('mf-edge') || classes.includes('mf-floor') ? 'stroke' : 'fill';
        const ratio = contrast(shown(classes, paint, theme), bg);
        return ratio < MIN_CONTRAST ? [`${classes.join(' ')}: ${ratio.toFixed(2)}:1`] : [];
      });
      expect(low).toEqual([]);
    },
  );

  it('measures contrast as WCAG does', () => {
    expect(contrast(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(over(parseHex('#000000'), 0.5, parseHex('#ffffff'))).toEqual([127.5, 127.5, 127.5]);
  });
});
