/**
 * Meta-test of the languages (issue #25): every folder of public/_locales is
 * a whole language. Every key in every language, the same placeholders, no
 * message empty or left in English, the plural forms its plural rules need,
 * every move complete, and a description for translators on every English
 * message. A language added as a folder is checked with no change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveTextKeys } from '@/content/text-keys';
import { stretches } from '@/content/stretches';
import { safetyNotice, safetyLine } from '@/content/safety';
import { LANGUAGES, languageTag } from '@/core/languages';

const DIR = path.resolve(import.meta.dirname, '../../public/_locales');
const FOLDERS = readdirSync(DIR).sort();
const OTHERS = FOLDERS.filter((f) => f !== 'en');

type Messages = Record<string, { message: string; description?: string }>;
const read = (folder: string) =>
  JSON.parse(readFileSync(path.join(DIR, folder, 'messages.json'), 'utf8')) as Messages;
const en = read('en');

/** Messages that are the same in every language: the brand, and what is not words. */
// Key names printed on keyboards the same way in many languages (Enter, Esc), and the
// short step count ("2/5"), may equal the English.
const SAME_AS_ENGLISH = new Set([
  'extName',
  'textDirection',
  'keyEnter',
  'keyEsc',
  'keyS',
  'stepOfShort',
]);

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** `insightsStretches_one` → `insightsStretches`; null for a key that is not a plural form. */
const pluralBase = (key: string) => (PLURAL.test(key) ? key.replace(PLURAL, '') : null);
const pluralBases = (m: Messages) =>
  [
    ...new Set(
      Object.keys(m)
        .map(pluralBase)
        .filter((b) => b !== null),
    ),
  ].sort();
const plain = (m: Messages) => Object.keys(m).filter((k) => !PLURAL.test(k));

/** `$1`, `$2`… a message uses. */
const substitutions = (message: string) =>
  [...new Set(message.replace(/\$\$/g, '').match(/\$\d/g) ?? [])].sort();

/**
 * A glossary row: the English term (a cell may list forms: "streak, streaks"),
 * and in the Check column the stems a translation of a message holding the
 * term must contain, any one of them (`racha`; `Serie / Serien`); an empty
 * Check column is a term the test leaves to the reader (inflected too much).
 */
interface GlossaryRow {
  english: string;
  check: string[];
}

function glossaryOf(folder: string): GlossaryRow[] {
  const file = path.join(DIR, folder, 'GLOSSARY.md');
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|').map((c) => c.trim()))
    .filter((cells) => cells.length >= 5 && cells[1] && cells[1].toLowerCase() !== 'english')
    .map((cells) => ({
      english: cells[1]!.replace(/`/g, ''),
      check: (cells[3] ?? '')
        .replace(/`/g, '')
        .split('/')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    }));
}

/** Messages whose English uses a glossary term the translation does not. */
function glossaryProblems(folder: string, rows: GlossaryRow[]): string[] {
  const m = read(folder);
  return rows.flatMap((row) => {
    if (row.check.length === 0) return [];
    const forms = row.english
      .split(',')
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
    const res = forms.map(
      (f) => new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
    );
    return Object.keys(en).flatMap((key) => {
      const english = en[key]!.message;
      if (!res.some((re) => re.test(english))) return [];
      const mine = (m[key] ?? m[key.replace(PLURAL, '_other')])?.message.toLowerCase() ?? '';
      return row.check.some((c) => mine.includes(c))
        ? []
        : [`${key}: "${row.english}" without ${row.check.join(' / ')}`];
    });
  });
}

describe('the languages', () => {
  it('are the folders of public/_locales, as the build reads them', () => {
    expect(FOLDERS).toEqual(LANGUAGES);
    expect(FOLDERS).toContain('en');
    expect(FOLDERS.length).toBeGreaterThanOrEqual(2);
  });

  it('keep each file sorted by key, so parallel additions merge cleanly', () => {
    for (const folder of FOLDERS) {
      const keys = Object.keys(read(folder));
      expect(keys, folder).toEqual([...keys].sort());
    }
  });

  it('give every English message a description for translators', () => {
    const missing = Object.keys(en).filter((k) => !en[k]?.description?.trim());
    expect(missing).toEqual([]);
  });

  it.each(OTHERS)('%s has every key English has, and no other', (folder) => {
    const m = read(folder);
    expect(plain(m).sort()).toEqual(plain(en).sort());
    expect(pluralBases(m)).toEqual(pluralBases(en));
  });

  it.each(FOLDERS)('%s has each plural form its plural rules need', (folder) => {
    const m = read(folder);
    const categories = new Intl.PluralRules(languageTag(folder)).resolvedOptions().pluralCategories;
    const missing = pluralBases(en).flatMap((base) =>
      [...categories, 'other']
        .filter((c) => !m[`${base}_${c}`]?.message.trim())
        .map((c) => `${base}_${c}`),
    );
    expect(missing).toEqual([]);
    expect(pluralBases(en).length).toBeGreaterThan(0);
  });

  it.each(OTHERS)('%s uses the same placeholders as English in every message', (folder) => {
    const m = read(folder);
    const differ = Object.keys(m).flatMap((key) => {
      const base = pluralBase(key);
      const english = en[key] ?? (base === null ? undefined : en[`${base}_other`]);
      const mine = m[key];
      if (!english || !mine) return [];
      const a = substitutions(english.message);
      const b = substitutions(mine.message);
      // A plural form may leave the count out ("one day" as a word), never add one.
      const ok = base === null ? a.join() === b.join() : b.every((s) => a.includes(s));
      return ok ? [] : [`${key}: ${a.join()} / ${b.join()}`];
    });
    expect(differ).toEqual([]);
  });

  it.each(FOLDERS)('%s has no empty message and says which way it is written', (folder) => {
    const m = read(folder);
    expect(Object.keys(m).filter((k) => !m[k]?.message.trim())).toEqual([]);
    expect(['ltr', 'rtl']).toContain(m.textDirection?.message);
    for (const key of Object.keys(m)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it.each(OTHERS)('%s leaves no message in English (but the brand)', (folder) => {
    const m = read(folder);
    const same = Object.keys(m).filter(
      (k) => !SAME_AS_ENGLISH.has(k) && m[k]?.message === en[k]?.message,
    );
    expect(same).toEqual([]);
  });

  it.each(FOLDERS)('%s has every word of every move and of the safety notice', (folder) => {
    const m = read(folder);
    const keys = [
      ...stretches.flatMap((s) => Object.values(moveTextKeys(s)).flat()),
      safetyNotice.title,
      ...safetyNotice.paragraphs,
      safetyLine,
    ];
    expect(keys.length).toBeGreaterThan(stretches.length * 9);
    expect(keys.filter((k) => !m[k]?.message.trim())).toEqual([]);
  });

  // The words a language's GLOSSARY.md must settle (issue #25): each is a row
  // whose first cell starts with it.
  const TERMS = [
    'stretch',
    'move',
    'streak',
    'snooze',
    'rest day',
    'freeze',
    'hip flexor',
    'thigh',
    'pelvis',
    'buttock',
    'tuck',
    'sharp pain',
    'numbness',
    'tingling',
    'dizziness',
  ];

  it.each(OTHERS)('%s has a glossary of the words Unsit uses, and keeps to it', (folder) => {
    const rows = glossaryOf(folder);
    expect(TERMS.filter((t) => !rows.some((r) => r.english.toLowerCase().startsWith(t)))).toEqual(
      [],
    );
    expect(glossaryProblems(folder, rows)).toEqual([]);
  });

  it('finds a message that strays from its glossary (the check works)', () => {
    const rows = [{ english: 'streak', check: ['zzzz'] }];
    expect(glossaryProblems('es', rows).length).toBeGreaterThan(5);
  });

  it('has no move or safety message that no move or notice uses', () => {
    // A step or caution beyond the count a move module declares would never show.
    const used = new Set([
      ...stretches.flatMap((s) => Object.values(moveTextKeys(s)).flat()),
      safetyNotice.title,
      ...safetyNotice.paragraphs,
      safetyLine,
    ]);
    const orphans = Object.keys(en).filter(
      (k) => (k.startsWith('move_') || k.startsWith('safety_')) && !used.has(k),
    );
    expect(orphans).toEqual([]);
  });
});
