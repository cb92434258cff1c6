import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadContract } from '../../src/contracts/load.js';
import { CASE_TODAY as FIXTURE_TODAY } from './cases/case.js';
import { diffContracts, type DiffOptions, type DiffResult } from '../../src/diff/index.js';
import type { Change } from '../../src/diff/result.js';
import { sideFromContract, type DiffSide } from '../../src/diff/side.js';

/** A one-file contract given as text, loaded by the contract engine and shown under `name`. */
export function sideFromText(name: string, text: string): DiffSide {
  const dir = mkdtempSync(join(tmpdir(), 'archway-difftest-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, text);
    // The root file is read on load; a one-file contract needs nothing from disk afterwards.
    return sideFromContract(loadContract(path), (p) => basename(p));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Diffs two documents given as text (named base.yaml and revision.yaml in locations). */
export function diffTexts(base: string, revision: string, options: Partial<DiffOptions> = {}): DiffResult {
  return diffContracts(sideFromText('base.yaml', base), sideFromText('revision.yaml', revision), { today: FIXTURE_TODAY, ...options });
}

/** One compact line per change: `level id @pointer line:col`, for exact assertions. */
export function lines(result: DiffResult): string[] {
  return result.changes.map((c) => `${c.level} ${c.id} @${c.location.pointer} ${c.location.line}:${c.location.column}`);
}

/** One change, every field pinned: level, id, operation, both locations, message and data. */
export function pin(c: Change): string {
  const at = (l: Change['location'] | null) => (l ? `@${l.pointer} ${l.line}:${l.column}` : '-');
  return `${c.level} ${c.id} [${c.operation ?? ''}] ${at(c.location)} <- ${at(c.base)} "${c.message}" ${JSON.stringify(c.data)}`;
}

/** Every change of a pair, pinned (see pin), in the engine's order. */
export function pinned(base: string, revision: string, options: Partial<DiffOptions> = {}): string[] {
  return diffTexts(base, revision, options).changes.map(pin);
}
