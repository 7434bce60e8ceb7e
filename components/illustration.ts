/**
 * Illustrations are inlined (so they take the theme's colours through
 * currentColor and CSS variables) and loaded lazily: each page fetches only
 * the one it shows.
 */
const files = import.meta.glob<string>('../content/illustrations/*.svg', {
  query: '?raw',
  import: 'default',
});

export async function loadIllustration(file: string): Promise<string | null> {
  const load = files[`../content/illustrations/${file}`];
  return load ? load() : null;
}
