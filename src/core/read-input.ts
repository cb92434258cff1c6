import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { inputError } from './input-error.js';
import { displayPath } from './source.js';

const MIB = 1024 * 1024;

/** No single file archway reads may be larger (the largest public API descriptions are ~15 MiB). */
export const MAX_FILE_BYTES = 64 * MIB;
/** All files one run reads together, contracts, `$ref` targets, designs, config and baselines. */
export const MAX_RUN_BYTES = 512 * MIB;

export const formatBytes = (bytes: number) => (bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`);

let run: { bytes: number; limit: number } | undefined;

/**
 * Starts the per-run budget; every CLI command calls it first. Library use (no run begun) keeps
 * the per-file cap only, so a process that lints many documents one by one is not cut off.
 */
export function beginRun(limit = MAX_RUN_BYTES): void {
  run = { bytes: 0, limit };
}

export interface ReadOptions {
  /** The name problems carry; defaults to the path relative to the working directory. */
  shown?: string;
  /** What the file is, for "cannot read the <what>". */
  what?: string;
  /** A lower per-file cap for this kind of file. */
  maxBytes?: number;
}

/**
 * Reads one input file: regular files only (a FIFO, device, socket or directory is a located
 * error, never a read that blocks or grows without end), at most `maxBytes`, counted against the
 * run's total. The file is opened non-blocking and checked on its descriptor, so nothing swapped
 * in between a check and the read can escape the checks; reading stops one byte past the cap, so
 * a file that grows while read (or reports a wrong size) is cut off too.
 */
export function readInputFile(path: string, options: ReadOptions = {}): Buffer {
  const shown = options.shown ?? displayPath(path);
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw inputError(shown, `cannot read the ${options.what ?? 'file'} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw inputError(shown, `is a directory, expected a ${options.what ?? 'file'}`);
    if (!stats.isFile()) throw inputError(shown, 'is not a regular file (a FIFO, device or socket); archway reads only regular files');
    if (stats.size > limit) throw tooLarge(shown, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(stats.size + 1 - total, 1 << 16)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(shown, limit);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    if (run) {
      if (run.bytes + total > run.limit) throw inputError(shown, `reading it would pass the limit of ${formatBytes(run.limit)} read in one run`);
      run.bytes += total;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

export function readInputText(path: string, options: ReadOptions = {}): string {
  return readInputFile(path, options).toString('utf8');
}

function tooLarge(shown: string, limit: number) {
  return inputError(shown, `is larger than the limit of ${formatBytes(limit)} per file`);
}

/**
 * A file's text for a code frame under a finding, or undefined when it cannot be read safely
 * (gone, not a regular file, too large): a code frame is never worth a hang or a failed run.
 */
export function readSourceFile(path: string): string | undefined {
  try {
    return readInputFile(path).toString('utf8');
  } catch {
    return undefined;
  }
}
