import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` is `folder` or lies below it (both absolute). */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Where a path really leads once every symbolic link on it is followed, including a last link
 * that dangles (its target is where a write would create a file). Used for root checks, so a
 * link inside a folder cannot stand for a file outside it.
 */
export function realLocation(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(current);
    } catch {
      // Missing or dangling: resolve the folder, then follow the last component if it is a link.
    }
    const parent = dirname(current);
    const realParent = parent === current ? parent : realLocation(parent);
    const here = resolve(realParent, relative(parent, current));
    let link: string;
    try {
      if (!lstatSync(here).isSymbolicLink()) return here;
      link = readlinkSync(here);
    } catch {
      return here;
    }
    current = resolve(realParent, link);
  }
  return current;
}

/**
 * Why `raw` (an `--out` value) may not be written, or undefined when it may: an empty value (an
 * unset variable), a symbolic link, the wrong kind of existing entry, an input itself, a folder
 * holding an input, or an ancestor of the working folder. Paths compare by real location.
 */
export function outPathProblem(raw: string, kind: 'folder' | 'file', cwd: string, inputs: readonly string[]): string | undefined {
  if (raw.trim() === '') return `--out is empty (an unset variable?); name the ${kind} to write`;
  const target = resolve(cwd, raw);
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    stats = undefined;
  }
  if (stats?.isSymbolicLink()) return `--out ${raw} is a symbolic link; name a real ${kind}`;
  if (kind === 'folder' && stats && !stats.isDirectory()) return `--out ${raw} exists and is not a folder`;
  if (kind === 'file' && stats?.isDirectory()) return `--out ${raw} is a folder; name the file to write`;
  if (kind === 'file' && stats && !stats.isFile()) return `--out ${raw} exists and is not a regular file`;
  const real = realLocation(target);
  const realCwd = realLocation(cwd);
  if (real !== realCwd && isWithin(real, realCwd)) return `--out ${raw} is an ancestor of the working folder`;
  for (const input of inputs) {
    const realInput = realLocation(input);
    if (real === realInput) return `--out ${raw} is an input (${relative(cwd, input) || input})`;
    if (isWithin(real, realInput)) return `--out ${raw} holds an input (${relative(cwd, input) || input}); name a folder of its own`;
  }
  return undefined;
}
