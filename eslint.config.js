import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The bench floor is a separate extension WXT builds as it is (tests/bench/floor).
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      '.tmp/**',
      'tests/bench/floor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      'no-restricted-globals': ['error', 'chrome'],
      // A function (a component too) longer than this is two functions.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Pure domain logic never touches browser APIs (DESIGN.md "Layout").
    files: ['core/**/*.ts', 'content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/*', 'webextension-polyfill', 'idb-keyval', '@/lib/*', '../lib/*'] },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB', 'window', 'document'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'tests/e2e/**', 'tests/bench/**'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: false, project: null },
    },
  },
  {
    // Code evaluated inside the browser under test uses its `chrome` global.
    files: ['tests/e2e/**', 'tests/bench/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Fakes stand in for async browser APIs without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
