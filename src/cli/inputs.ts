import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../core/input-error.js';
import { displayPath } from '../core/source.js';
// An output folder lists the files archway wrote there: they are outputs, not inputs.
import { MANIFEST } from '../report/write-output.js';

/** Folders never searched: dependencies, git's store, build output, the default output folder. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'archway-out']);
/** archway's staging folders (`.archway-out.tmp-<pid>`), left behind by an interrupted run. */
const STAGING = /^\..*\.tmp-/;
/** picomatch is linear in the pattern; a cap keeps a planted pattern cheap all the same. */
const MAX_PATTERN_LENGTH = 1000;

/**
 * Expands command-line inputs: files as given, directories searched for files matching
 * `inDirectory`, and quoted globs matched by picomatch (`*`, `**`, `?`, `{yaml,json}`, `[ab]`;
 * `api/**` matches `api` too) from the folder before their first wildcard. Sorted, so runs are
 * deterministic.
 */
export function expandInputs(inputs: readonly string[], cwd: string, inDirectory: (name: string) => boolean): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    if (input.length > MAX_PATTERN_LENGTH) throw missing(input.slice(0, 40) + '…', cwd, `is longer than ${MAX_PATTERN_LENGTH} characters`);
    const scan = picomatch.scan(input);
    if (scan.isGlob) {
      const matches = glob(scan.base, scan.glob, cwd);
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
    const inside = walk(path).filter((file) => inDirectory(file.slice(file.lastIndexOf(sep) + 1)));
    if (inside.length === 0) throw missing(input, cwd, 'is a directory with no matching file');
    inside.forEach((m) => found.add(m));
  }
  return [...found].sort();
}

function glob(base: string, pattern: string, cwd: string): string[] {
  const root = resolve(cwd, base);
  const match = picomatch(pattern, { dot: false });
  return walk(root).filter((file) => match(relative(root, file).split(sep).join('/')));
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const outputs = manifestFiles(
    dir,
    entries.some((e) => e.name === MANIFEST),
  );
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !STAGING.test(entry.name)) files.push(...walk(path));
    } else if (entry.isFile() && entry.name !== MANIFEST && !outputs.has(entry.name)) files.push(path);
  }
  return outputs.size > 0 ? files.filter((file) => !outputs.has(relative(dir, file).split(sep).join('/'))) : files;
}

/** The files an output folder's manifest lists (relative, forward slashes); none when there is no readable manifest. */
function manifestFiles(dir: string, present: boolean): Set<string> {
  if (!present) return new Set();
  try {
    const files = (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files?: unknown }).files;
    return new Set(Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : []);
  } catch {
    return new Set();
  }
}

function missing(input: string, cwd: string, what: string): InputError {
  return new InputError([{ location: { file: displayPath(resolve(cwd, input), cwd), pointer: '', line: 1, column: 1 }, message: `${input} ${what}` }]);
}
