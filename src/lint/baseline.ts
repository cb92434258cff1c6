import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../core/diagnostic.js';
import { inputError } from '../core/input-error.js';
import { displayPath } from '../core/source.js';

/**
 * A baseline is a findings.json of accepted findings: adopting archway on a legacy API fails
 * only on new findings. Matching is by fingerprint (rule, file, pointer, message), not line,
 * so edits elsewhere in the file do not resurrect baselined findings.
 */
export function readBaseline(path: string): Set<string> {
  if (!existsSync(path)) throw inputError(displayPath(path), 'baseline file does not exist (create it with --write-baseline)');
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { findings?: Array<{ fingerprint?: string }> };
    return new Set((json.findings ?? []).map((f) => f.fingerprint).filter((f): f is string => typeof f === 'string'));
  } catch {
    throw inputError(displayPath(path), 'baseline is not a findings.json file');
  }
}

export function writeBaseline(path: string, findings: readonly Finding[]): void {
  const entries = findings.map((f) => ({ ruleId: f.ruleId, file: f.location.file, pointer: f.location.pointer, message: f.message, fingerprint: f.fingerprint }));
  writeFileSync(path, `${JSON.stringify({ findings: entries }, null, 2)}\n`);
}
