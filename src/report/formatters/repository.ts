import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in a worktree), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/**
 * Where a finding's file is, as SARIF wants it: relative to the repository root (`%SRCROOT%`),
 * so the same file has the same URI from any subfolder; a file outside the repository keeps
 * an absolute `file:` URI. Without a working directory the path is taken as root-relative.
 */
export function artifactLocation(file: string, cwd: string | undefined, root: string | undefined): { uri: string; uriBaseId?: string } {
  if (cwd === undefined || root === undefined) return { uri: encodePath(file), uriBaseId: '%SRCROOT%' };
  const absolute = resolve(cwd, file);
  const path = relative(root, absolute);
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { uri: pathToFileURL(absolute).href };
  return { uri: encodePath(path.split(sep).join('/')), uriBaseId: '%SRCROOT%' };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
