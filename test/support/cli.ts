import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

/** The repository root (tests run from dist/test/…). */
export const REPO = resolve(fileURLToPath(import.meta.url), '../../../..');

/** The contract corpus: $ARCHWAY_CORPUS, else ../shared/corpus beside the repository. */
export const CORPUS = process.env.ARCHWAY_CORPUS ?? join(REPO, '../shared/corpus');

/** shared/ (PRODUCT.md, the corpus) sits beside the repository in development and CI. */
export const SHARED = join(CORPUS, '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], cwd = REPO): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, color: false });
  return { code, stdout, stderr };
}

export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'archway-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function withTempDirAsync<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'archway-test-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
