import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/**
 * archway's version from its package.json, found by walking up from this module: the same
 * answer from dist/src, from the bundle in dist/bundle and from an installed package.
 */
export function archwayVersion(): string {
  if (version !== undefined) return version;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'archway' && manifest.version) return (version = manifest.version);
    }
    if (dirname(dir) === dir) throw new Error('archway’s package.json was not found above its modules');
  }
}
