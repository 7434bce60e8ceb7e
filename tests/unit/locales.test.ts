/**
 * Every message key the code uses exists, non-empty, in every shipped
 * language (the languages against each other: languages.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stretches } from '@/content/stretches';
import { LANGUAGES } from '@/core/languages';
import { IMPORT_MESSAGES_EN } from '@/core/export';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = LANGUAGES;

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

function messages(locale: string): Record<string, Message> {
  const file = path.join(ROOT, 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Files that call lib/i18n's t() or plural(). */
const i18nFiles = ['entrypoints', 'components', 'lib']
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .filter((file) => {
    const text = readFileSync(file, 'utf8');
    return file.endsWith(path.join('lib', 'i18n.ts')) || /from '@\/lib\/i18n'/.test(text);
  });

/**
 * The first argument of each t( call: every string literal in it (a ternary
 * gives two keys) and whether it is a template literal (a composed key).
 */
function keysUsedIn(text: string): { keys: string[]; templates: string[] } {
  const keys: string[] = [];
  const templates: string[] = [];
  for (const match of text.matchAll(/(?<![\w$.])(t|plural)\(/g)) {
    const isPlural = match[1] === 'plural';
    const open = match.index + match[0].length;
    let depth = 0;
    let end = open;
    let quote: string | null = null;
    for (; end < text.length; end += 1) {
      const c = text[end];
      if (quote) {
        if (c === '\\') end += 1;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth += 1;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth -= 1;
      } else if (c === ',' && depth === 0) break;
    }
    const arg = text.slice(open, end);
    // A literal compared with (`kind === 'done' ? …`) is a value, not a key.
    const keyArg = arg.replace(/[=!]==\s*(?:'[^'\\]*'|"[^"\\]*")/g, '');
    for (const lit of keyArg.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)) {
      const key = lit[1] ?? lit[2] ?? '';
      // plural('key', n) reads `key_<form>`; every language has `key_other` (languages.test.ts).
      keys.push(isPlural ? `${key}_other` : key);
    }
    for (const tpl of arg.matchAll(/`([^`]*)`/g)) templates.push(tpl[1] ?? '');
  }
  return { keys, templates };
}

const used = i18nFiles.map((file) => ({
  file: path.relative(ROOT, file),
  ...keysUsedIn(readFileSync(file, 'utf8')),
}));

/** Messages named by the settings schema, shown next to a refused field. */
const settingsKeys = [
  ...readFileSync(path.join(ROOT, 'core/settings.ts'), 'utf8').matchAll(/'(error[A-Z]\w*)'/g),
].map((m) => m[1] ?? '');

/** Messages for a refused import named in quotes in core/export.ts (the schema's and each refusal's). */
const quotedImportKeys = [
  ...new Set(
    [
      ...readFileSync(path.join(ROOT, 'core/export.ts'), 'utf8').matchAll(/'(import[A-Z]\w*)'/g),
    ].map((m) => m[1] ?? ''),
  ),
];
/** …and the whole table of them, which gives the English `reason`. */
const importKeys = [...new Set([...Object.keys(IMPORT_MESSAGES_EN), ...quotedImportKeys])];

/** `position_${stretch.position}` for every position in the type and in the library. */
const positionKeys = [
  ...new Set([
    ...stretches.map((s) => s.position),
    ...(/type Position =([^;]+);/
      .exec(readFileSync(path.join(ROOT, 'content/types.ts'), 'utf8'))?.[1]
      ?.match(/'(\w+)'/g)
      ?.map((q) => q.slice(1, -1)) ?? []),
  ]),
].map((p) => `position_${p}`);

/** __MSG_key__ in the manifest. */
const manifestKeys = [
  ...readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g),
].map((m) => m[1] ?? '');

const allUsed = [
  ...new Set([
    ...used.flatMap((u) => u.keys),
    ...settingsKeys,
    ...importKeys,
    ...positionKeys,
    ...manifestKeys,
  ]),
].sort();

function substitutions(message: string): string[] {
  return [...new Set(message.match(/\$\d/g) ?? [])].sort();
}

describe('locales', () => {
  it('finds the keys the code uses', () => {
    // A sanity check on the scanner itself: a broken regex would pass everything.
    expect(i18nFiles.length).toBeGreaterThanOrEqual(6);
    expect(allUsed.length).toBeGreaterThan(80);
    expect(allUsed).toEqual(
      expect.arrayContaining([
        'anotherStretch',
        'safetyMore',
        'stretchNow',
        'todayProgress',
        'errorInterval',
        'errorDailyGoal',
        'importNotJson',
        'importBadEvent',
        'importProblemKind',
        'position_standing',
        'position_seated',
        'position_kneeling',
        'extName',
      ]),
    );
  });

  it('finds the import messages in core/export.ts', () => {
    // A scanner that found no quoted keys would check nothing beyond the table.
    expect(quotedImportKeys.length).toBeGreaterThan(30);
    expect(quotedImportKeys.filter((key) => !(key in IMPORT_MESSAGES_EN))).toEqual([]);
  });

  it('builds keys from templates only for stretch positions', () => {
    // The runtime itself composes plural forms (`key_other`).
    const other = used.flatMap((u) =>
      (u.file === path.join('lib', 'i18n.ts') ? [] : u.templates)
        .filter((tpl) => !/^position_\$\{[\w.]+\}$/.test(tpl))
        .map((tpl) => `${u.file}: ${tpl}`),
    );
    expect(used.some((u) => u.templates.length > 0)).toBe(true);
    expect(other).toEqual([]);
  });

  it.each(LOCALES)('%s has every key the code uses, with a non-empty message', (locale) => {
    const m = messages(locale);
    const missing = allUsed.filter((key) => !m[key]?.message.trim());
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has valid key names and no empty messages', (locale) => {
    for (const [key, value] of Object.entries(messages(locale))) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(value.message.trim(), key).not.toBe('');
    }
  });

  it('passes every substitution a message expects', () => {
    // t('key', 'x') or t('key', ['x', 'y']): the count of values matches the highest $N.
    const en = messages('en');
    const problems: string[] = [];
    for (const file of i18nFiles) {
      const text = readFileSync(file, 'utf8');
      for (const call of text.matchAll(
        /(?<![\w$.])t\(\s*'(\w+)'\s*(?:,\s*(\[[^\]]*\]|[^,)]+))?\)/g,
      )) {
        const [, key = '', args] = call;
        const want = Math.max(0, ...substitutions(en[key]?.message ?? '').map((s) => Number(s[1])));
        const given = args === undefined ? 0 : args.startsWith('[') ? args.split(',').length : 1;
        if (want !== given)
          problems.push(`${path.relative(ROOT, file)}: t('${key}') gets ${given}, needs ${want}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('keys named in label tables', () => {
  it('exist in both locales', async () => {
    const { SETTING_LABELS } = await import('@/core/settings');
    const { CHOICES } = await import('@/components/settings-fields');
    const { ANSWERS } = await import('@/entrypoints/prompt/Prompt');
    const { PAUSES, QUIETS } = await import('@/entrypoints/popup/PauseControl');
    const { PLAIN_STATUS } = await import('@/entrypoints/popup/status-text');
    const keys = [
      ...Object.values(SETTING_LABELS),
      // A choice with a count names its plural forms: every language has `<key>_other`.
      ...Object.values(CHOICES).flatMap((options) =>
        options.map((o) => (o[2] === undefined ? o[1] : `${o[1]}_other`)),
      ),
      ...ANSWERS.map((a) => a.label),
      ...PAUSES.map((p) => p[1]),
      ...QUIETS.map((q) => q[1]),
      ...Object.values(PLAIN_STATUS),
    ];
    expect(keys.length).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      const table = messages(locale);
      const missing = keys.filter((k) => !table[k]?.message);
      expect(missing, locale).toEqual([]);
    }
  });
});
