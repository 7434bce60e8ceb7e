/** Finds a browser binary for the real-browser tests: an env override, then the PATH. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findBrowser(envVar: string, names: readonly string[], missing: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error(missing);
}
