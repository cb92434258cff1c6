import { existsSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../core/diagnostic.js';
import { inputError } from '../core/input-error.js';
import { isWithin, realLocation } from '../core/paths.js';
import { readInputText } from '../core/read-input.js';
import { displayPath } from '../core/source.js';

const BASELINE_KEYS = ['ruleId', 'file', 'pointer', 'message', 'fingerprint'];

/**
 * A baseline is a findings.json of accepted findings: adopting archway on a legacy API fails
 * only on new findings. Matching is by fingerprint (rule, file, pointer, message), not line,
 * so edits elsewhere in the file do not resurrect baselined findings.
 */
export function readBaseline(path: string, cwd?: string): Set<string> {
  const shown = displayPath(path, cwd);
  if (!existsSync(path)) throw inputError(shown, 'baseline file does not exist (create it with --write-baseline)');
  const findings = parseBaseline(readInputText(path, { shown, what: 'baseline' }));
  if (!findings) throw inputError(shown, 'baseline is not a findings.json file');
  return new Set(findings.map((f) => f.fingerprint).filter((f): f is string => typeof f === 'string'));
}

/** The findings of a baseline, or undefined when the text does not have a baseline's shape. */
function parseBaseline(text: string): Array<{ fingerprint?: unknown }> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const findings = (json as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) && findings.every((f) => f !== null && typeof f === 'object' && !Array.isArray(f)) ? findings : undefined;
}

/** Whether `text` is a baseline as archway writes it: `{ findings: [...] }` with only its keys. */
function isWrittenBaseline(text: string): boolean {
  const findings = parseBaseline(text);
  return (
    findings !== undefined &&
    Object.keys(JSON.parse(text) as object).join() === 'findings' &&
    findings.every((f) => Object.keys(f).every((k) => BASELINE_KEYS.includes(k)))
  );
}

/**
 * Writes a baseline, refusing anything that could destroy a file: a path whose real location
 * (symbolic links followed, a dangling one included) is outside `cwd`, an input, or an existing
 * file that is not a baseline archway wrote. Written beside the target and renamed over it.
 */
export function writeBaseline(path: string, findings: readonly Finding[], options: { cwd: string; inputs: readonly string[] }): void {
  const shown = displayPath(path, options.cwd);
  const real = realLocation(path);
  if (!isWithin(realLocation(options.cwd), real))
    throw inputError(shown, 'leads outside the working folder (through a symbolic link or `..`); write the baseline inside it');
  if (options.inputs.some((input) => realLocation(input) === real)) throw inputError(shown, 'is an input of this run; name a baseline file of its own');
  let exists = true;
  try {
    lstatSync(real);
  } catch {
    exists = false;
  }
  if (exists && !isWrittenBaseline(readInputText(real, { shown })))
    throw inputError(shown, 'exists and is not a baseline archway wrote; refusing to overwrite it');
  const entries = findings.map((f) => ({
    ruleId: f.ruleId,
    file: f.location.file,
    pointer: f.location.pointer,
    message: f.message,
    fingerprint: f.fingerprint,
  }));
  const staging = join(dirname(real), `.${basename(real)}.tmp-${process.pid}`);
  try {
    writeFileSync(staging, `${JSON.stringify({ findings: entries }, null, 2)}\n`, { flag: 'wx' });
    renameSync(staging, real);
  } catch (error) {
    rmSync(staging, { force: true });
    throw inputError(shown, `cannot write the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
