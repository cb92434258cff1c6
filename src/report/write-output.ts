import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { inputError } from '../core/input-error.js';
import { readInputFile } from '../core/read-input.js';
import { displayPath } from '../core/source.js';

/** What archway wrote into an output folder: the only files it will ever replace or remove there. */
export const MANIFEST = '.archway-manifest.json';

export interface WriteOptions {
  /** Write into a non-empty folder archway did not create; foreign files are still never touched. */
  force?: boolean;
  /** For messages. */
  cwd?: string;
}

/**
 * Writes `files` into `outDir` without ever losing a file archway did not write. Everything is
 * written into a sibling staging folder first, so a failure or an interrupt part-way leaves the
 * previous output as it was. A folder holding only archway's files (by its manifest) is swapped
 * whole; otherwise each file is moved into place and only the manifest's files that are no
 * longer produced are removed. A non-empty folder without a manifest is refused unless `force`.
 */
export async function writeOutputDir(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): Promise<void> {
  const target = resolve(outDir);
  const shown = displayPath(target, options.cwd);
  const previous = readManifest(target, shown);
  const foreign = foreignEntries(target, previous ?? []);
  if (previous === undefined && foreign.length > 0 && !options.force) {
    throw inputError(
      shown,
      `is a folder archway did not create and holds ${foreign.length} files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); name another --out, or pass --force to write beside them (nothing of theirs is removed); an output of an earlier archway, without ${MANIFEST}, is removed by hand once`,
    );
  }
  const clashes = [...files.keys(), MANIFEST].filter((f) => foreign.includes(f) || foreign.some((g) => f.startsWith(`${g}/`) || g.startsWith(`${f}/`)));
  if (clashes.length > 0) throw inputError(shown, `holds files archway did not write where it would write: ${clashes.sort().join(', ')}; move them away first`);
  sweepStaging(target);

  const staging = stagingPath(target, 'tmp');
  const names = [...files.keys()].sort();
  try {
    await stage(staging, async () => {
      for (const name of names) {
        const path = join(staging, name);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, files.get(name)!);
      }
      await writeFile(join(staging, MANIFEST), manifestText(names));
    });
  } catch (error) {
    throw inputError(shown, `cannot write the output (${(error as NodeJS.ErrnoException).code ?? String(error)}); the previous output is unchanged`);
  }

  // From here on, only renames and removals: quick, and not interrupted by a signal handler.
  try {
    if (previous === undefined && !existsSync(target)) {
      renameSync(staging, target);
    } else if (foreign.length === 0 && (options.cwd === undefined || target !== resolve(options.cwd))) {
      // Swapped whole, unless it is the working folder (renaming that would strand the process in a deleted folder).
      const old = stagingPath(target, 'old');
      renameSync(target, old);
      renameSync(staging, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      for (const name of names) {
        mkdirSync(dirname(join(target, name)), { recursive: true });
        renameSync(join(staging, name), join(target, name));
      }
      for (const name of previous ?? []) if (!files.has(name)) removeWritten(target, name);
      renameSync(join(staging, MANIFEST), join(target, MANIFEST));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Files whose committed content differs from what would be written now (for `--check`), and
 * orphans: files the manifest lists that are no longer produced, which the next write removes.
 */
export function staleFiles(outDir: string, files: ReadonlyMap<string, string>, cwd?: string): { stale: string[]; orphaned: string[] } {
  const target = resolve(outDir);
  const stale: string[] = [];
  for (const [relative, content] of files) {
    const path = join(target, relative);
    if (!existsSync(path) || readInputFile(path, { shown: displayPath(path, cwd) }).toString('utf8') !== content) stale.push(relative);
  }
  const orphaned = (readManifest(target, displayPath(target, cwd)) ?? []).filter((f) => !files.has(f) && lstatOrUndefined(join(target, f)) !== undefined);
  return { stale: stale.sort(), orphaned: orphaned.sort() };
}

/** The files a folder's manifest lists; undefined when there is no manifest (or no folder). */
function readManifest(target: string, shown: string): string[] | undefined {
  const path = join(target, MANIFEST);
  if (lstatOrUndefined(path) === undefined) return undefined;
  const bad = () => inputError(`${shown}/${MANIFEST}`, `is not a manifest archway wrote; remove it, or name another --out`);
  let json: unknown;
  try {
    json = JSON.parse(readInputFile(path, { shown: `${shown}/${MANIFEST}`, maxBytes: 1024 * 1024 }).toString('utf8'));
  } catch {
    throw bad();
  }
  const list = (json as { files?: unknown })?.files;
  if (!Array.isArray(list) || !list.every(isSafeName)) throw bad();
  return list as string[];
}

/** Manifest entries stay inside the folder: relative, normalised, no `..`. */
function isSafeName(name: unknown): name is string {
  return (
    typeof name === 'string' && name !== '' && name !== MANIFEST && !name.startsWith('/') && posix.normalize(name) === name && !name.split('/').includes('..')
  );
}

function manifestText(names: readonly string[]): string {
  return `${JSON.stringify({ archway: 1, note: 'Files archway wrote here; it replaces or removes only these.', files: names }, null, 2)}\n`;
}

/** Files (and links) under `target` that the manifest does not list, as relative paths. */
function foreignEntries(target: string, manifest: readonly string[]): string[] {
  const known = new Set([...manifest, MANIFEST]);
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        const before = found.length;
        walk(join(dir, entry.name), `${name}/`);
        // An empty folder someone made is theirs too.
        if (found.length === before && !manifest.some((m) => m.startsWith(`${name}/`))) found.push(`${name}/`);
      } else if (!known.has(name) || !entry.isFile()) found.push(name);
    }
  };
  walk(target, '');
  return found.sort();
}

/** Removes one file archway wrote, then the folders that emptied. */
function removeWritten(target: string, name: string): void {
  const path = join(target, name);
  if (!lstatOrUndefined(path)?.isFile()) return;
  unlinkSync(path);
  for (let dir = dirname(path); dir !== target && dir.startsWith(target); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) break;
    rmdirSync(dir);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function stagingPath(target: string, kind: 'tmp' | 'old', pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${pid}`);
}

/** Removes staging folders left by runs that were killed (their process no longer exists). */
function sweepStaging(target: string): void {
  const pattern = new RegExp(`^\\.${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (match && !isAlive(Number(match[2]))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `write`; on SIGINT/SIGTERM meanwhile, removes the staging folder and dies of the signal. */
async function stage(staging: string, write: () => Promise<void>): Promise<void> {
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(staging, { recursive: true, force: true });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    rmSync(staging, { recursive: true, force: true });
    await write();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
