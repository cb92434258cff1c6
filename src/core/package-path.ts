import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of archway's package (`schema/oas/3.1.json`, `dist/oas-validators/3.0.cjs`), found by
 * walking up from this module: the same answer from dist/src, from the bundle in dist/bundle
 * and from an installed package.
 */
export function packagePath(relative: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const path = join(dir, relative);
    if (existsSync(path)) return path;
    if (dirname(dir) === dir) throw new Error(`${relative} was not found above archway’s modules`);
  }
}
