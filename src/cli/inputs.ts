import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/input-error.js';
import { displayPath } from '../core/source.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'archway-out']);

/**
 * Expands command-line inputs: files as given, directories searched for files matching
 * `inDirectory`, and quoted globs (`*`, `**`, `?`) matched by walking from their fixed prefix.
 * Hand-written because Node 20 has no fs.glob; the result is sorted so runs are deterministic.
 */
export function expandInputs(inputs: readonly string[], cwd: string, inDirectory: (name: string) => boolean): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const matches = glob(input, cwd);
      if (matches.length === 0) throw missing(input, cwd, 'matches no file');
      matches.forEach((m) => found.add(m));
      continue;
    }
    const path = resolve(cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw missing(input, cwd, 'does not exist');
    }
    if (!isDirectory) {
      found.add(path);
      continue;
    }
    const inside = walk(path).filter((file) => inDirectory(file.slice(file.lastIndexOf('/') + 1)));
    if (inside.length === 0) throw missing(input, cwd, 'is a directory with no matching file');
    inside.forEach((m) => found.add(m));
  }
  return [...found].sort();
}

function glob(pattern: string, cwd: string): string[] {
  const segments = resolve(cwd, pattern).split('/');
  const firstWild = segments.findIndex((s) => /[*?]/.test(s));
  const root = segments.slice(0, firstWild).join('/') || '/';
  const rest = segments.slice(firstWild);
  // `**` spans any number of whole directories; other segments match within one name.
  const body = rest
    .map((segment, i) => {
      const last = i === rest.length - 1;
      if (segment === '**') return last ? '(?:[^/]+/)*[^/]+' : '(?:[^/]+/)*';
      const one = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
      return last ? one : `${one}/`;
    })
    .join('');
  const regex = new RegExp(`^${body}$`);
  return walk(root).filter((file) => regex.test(file.slice(root.length + 1)));
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) files.push(...walk(path));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

function missing(input: string, cwd: string, what: string): InputError {
  return new InputError([{ location: { file: displayPath(resolve(cwd, input), cwd), pointer: '', line: 1, column: 1 }, message: `${input} ${what}` }]);
}
