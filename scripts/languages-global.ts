/**
 * For scripts run with tsx outside the build: the shipped languages, which
 * the build hands the code as `__UNSIT_LANGUAGES__` (scripts/languages.ts).
 * Import it first, before anything that reads core/languages.ts.
 */
import path from 'node:path';
import { localeFolders } from './languages';

(globalThis as { __UNSIT_LANGUAGES__?: readonly string[] }).__UNSIT_LANGUAGES__ = localeFolders(
  path.resolve(import.meta.dirname, '../public'),
);
