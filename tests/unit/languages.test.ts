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
// Key names printed on keyboards the same way in many languages, and the
// short step count ("2/5"), may equal the English.
const SAME_AS_ENGLISH = new Set(['extName', 'textDirection', 'keyEsc', 'keyS', 'stepOfShort']);

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
