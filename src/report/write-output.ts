import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes every file into a sibling temporary directory, then swaps it in with one rename, so a
 * failure part-way leaves the previous output untouched and never a half-written one.
 */
export function writeOutputDir(outDir: string, files: ReadonlyMap<string, string>): void {
  const target = resolve(outDir);
  const staging = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [relative, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = join(staging, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Files whose committed content differs from what would be written now (for `--check`). */
export function staleFiles(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  for (const [relative, content] of files) {
    const path = join(resolve(outDir), relative);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(relative);
  }
  return stale.sort();
}
