import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stretches, stretchById } from '../../content/stretches';
import { safetyLine, safetyNotice } from '../../content/safety';
import type { Localized, Stretch } from '../../content/types';

// Same directory as __dirname, but also valid in an ES module.
const here = path.dirname(fileURLToPath(import.meta.url));
const illustrationsDir = path.resolve(here, '../../content/illustrations');
const seedsDir = path.resolve(here, '../../../shared/seeds');

const NGRAM = 8;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every user-visible text of a stretch, labelled for failure messages. */
function localizedFields(s: Stretch): [string, Localized][] {
  return [
    ['name', s.name],
    ...s.steps.map((x, i): [string, Localized] => [`steps[${i}]`, x]),
    ['cue', s.cue],
    ...s.cautions.map((x, i): [string, Localized] => [`cautions[${i}]`, x]),
    ['easier', s.easier],
    ['harder', s.harder],
    ['alt', s.alt],
  ];
}

function safetyFields(): [string, Localized][] {
  return [
    ['safetyNotice.title', safetyNotice.title],
    ...safetyNotice.paragraphs.map((x, i): [string, Localized] => [
      `safetyNotice.paragraphs[${i}]`,
      x,
    ]),
    ['safetyLine', safetyLine],
  ];
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Lowercase, strip punctuation, split on whitespace. Punctuation inside a word
 * ("hip-flexor", "don't") is handled both ways, removed and turned into a space,
 * so neither reading can hide a copied run of words.
 */
const MODES = ['removed', 'spaced'] as const;
type Mode = (typeof MODES)[number];

function normalizations(text: string): Record<Mode, string[]> {
  const lower = text.toLowerCase();
  const words = (x: string) => x.split(/\s+/).filter(Boolean);
  return {
    removed: words(lower.replace(/[^\p{L}\p{N}\s]+/gu, '')),
    spaced: words(lower.replace(/[^\p{L}\p{N}\s]+/gu, ' ')),
  };
}

function ngrams(words: string[], n = NGRAM): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

const svgFiles = fs.existsSync(illustrationsDir)
  ? fs.readdirSync(illustrationsDir).filter((f) => f.toLowerCase().endsWith('.svg'))
  : [];

describe('stretch library', () => {
  it('has at least 12 stretches', () => {
    expect(stretches.length).toBeGreaterThanOrEqual(12);
  });

  it('has unique kebab-case ids and a complete stretchById map', () => {
    const ids = stretches.map((s) => s.id);
    const badIds = ids.filter((id) => !KEBAB.test(id));
    expect(badIds, `ids not in kebab-case: ${badIds.join(', ')}`).toEqual([]);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes, `duplicate ids: ${dupes.join(', ')}`).toEqual([]);
    expect(stretchById.size).toBe(stretches.length);
    for (const s of stretches) expect(stretchById.get(s.id)).toBe(s);
  });

  it('has valid positions, hold times and reps', () => {
    const problems: string[] = [];
    for (const s of stretches) {
      if (!['standing', 'seated', 'kneeling'].includes(s.position))
        problems.push(`${s.id}: position ${s.position}`);
      if (typeof s.perSide !== 'boolean') problems.push(`${s.id}: perSide is not a boolean`);
      if (!Number.isInteger(s.holdSeconds) || s.holdSeconds < 20 || s.holdSeconds > 60)
        problems.push(`${s.id}: holdSeconds ${s.holdSeconds} not in 20..60`);
      if (s.reps !== undefined && (!Number.isInteger(s.reps) || s.reps < 1 || s.reps > 30))
        problems.push(`${s.id}: reps ${s.reps} not in 1..30`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has 3 to 6 steps per stretch, none longer than 20 English words', () => {
    const problems: string[] = [];
    for (const s of stretches) {
      if (s.steps.length < 3 || s.steps.length > 6)
        problems.push(`${s.id}: ${s.steps.length} steps`);
      s.steps.forEach((step, i) => {
        const n = wordCount(step.en);
        if (n > 20) problems.push(`${s.id} steps[${i}]: ${n} words: "${step.en}"`);
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has 1 or 2 cautions per stretch', () => {
    const problems = stretches
      .filter((s) => s.cautions.length < 1 || s.cautions.length > 2)
      .map((s) => `${s.id}: ${s.cautions.length} cautions`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has every text in English and Spanish', () => {
    const problems: string[] = [];
    const all: [string, Localized][] = [
      ...stretches.flatMap((s) =>
        localizedFields(s).map(([k, v]): [string, Localized] => [`${s.id}.${k}`, v]),
      ),
      ...safetyFields(),
    ];
    for (const [where, value] of all) {
      for (const lang of ['en', 'es'] as const) {
        const text: unknown = (value as Partial<Localized> | undefined)?.[lang];
        if (typeof text !== 'string' || text.trim() === '')
          problems.push(`${where}.${lang} is empty`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('offers at least 4 seated stretches', () => {
    const seated = stretches.filter((s) => s.position === 'seated');
    expect(seated.length, `seated: ${seated.map((s) => s.id).join(', ')}`).toBeGreaterThanOrEqual(
      4,
    );
  });
});

describe('illustrations', () => {
  it('exist for every stretch', () => {
    const missing = stretches
      .filter((s) => !fs.existsSync(path.join(illustrationsDir, s.illustration)))
      .map((s) => `${s.id} -> ${s.illustration}`);
    expect(missing, `missing illustrations:\n${missing.join('\n')}`).toEqual([]);
  });

  it('are all used by some stretch', () => {
    const used = new Set(stretches.map((s) => s.illustration));
    const unused = svgFiles.filter((f) => !used.has(f));
    expect(unused, `unused SVG files: ${unused.join(', ')}`).toEqual([]);
  });

  it('are small, self-contained SVGs with a viewBox', () => {
    expect(svgFiles.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const f of svgFiles) {
      const file = path.join(illustrationsDir, f);
      const svg = fs.readFileSync(file, 'utf8');
      const size = fs.statSync(file).size;
      if (!/<svg[^>]*\sviewBox\s*=/i.test(svg)) problems.push(`${f}: no viewBox`);
      if (/<script/i.test(svg)) problems.push(`${f}: contains <script`);
      if (/href\s*=\s*["']?\s*https?:/i.test(svg)) problems.push(`${f}: links to an http(s) URL`);
      if (size >= 4096) problems.push(`${f}: ${size} bytes (limit 4 KB)`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('originality against the source documents', () => {
  const hasSeeds = fs.existsSync(seedsDir);

  // The seeds live outside the repository; without them there is nothing to compare with.
  it.skipIf(!hasSeeds)(`shares no run of ${NGRAM} consecutive words with any seed file`, () => {
    const seedFiles = fs
      .readdirSync(seedsDir)
      .filter((f) => fs.statSync(path.join(seedsDir, f)).isFile());
    expect(seedFiles.length, `no files in ${seedsDir}`).toBeGreaterThan(0);

    // One n-gram set per normalization, so texts are compared with seeds normalized the same way.
    const seedGrams: Record<Mode, Set<string>> = { removed: new Set(), spaced: new Set() };
    const gramSource = new Map<string, string>();
    for (const f of seedFiles) {
      const normalized = normalizations(fs.readFileSync(path.join(seedsDir, f), 'utf8'));
      for (const mode of MODES) {
        for (const g of ngrams(normalized[mode])) {
          seedGrams[mode].add(g);
          if (!gramSource.has(g)) gramSource.set(g, f);
        }
      }
    }

    const texts: [string, string][] = [
      ...stretches.flatMap((s) =>
        localizedFields(s).map(([k, v]): [string, string] => [`${s.id}.${k}`, v.en]),
      ),
      ...safetyFields().map(([k, v]): [string, string] => [k, v.en]),
    ];
    const offenders: string[] = [];
    for (const [where, text] of texts) {
      const hits = new Set<string>();
      const normalized = normalizations(text);
      for (const mode of MODES) {
        for (const g of ngrams(normalized[mode])) if (seedGrams[mode].has(g)) hits.add(g);
      }
      for (const g of hits) offenders.push(`${where}: "${g}" (found in ${gramSource.get(g)})`);
    }
    expect(offenders, `English text copied from the sources:\n${offenders.join('\n')}`).toEqual([]);
  });
});
