import * as crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** A short stable hash of the parts that identify a finding (never its line, which moves). */
export function fingerprint(...parts: Array<string | number | undefined>): string {
  const text = parts.map((part) => `${String(part ?? '')}\0`).join('');
  return (oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex')).slice(0, 16);
}

// A large API has thousands of findings: one-shot hashing (Node 20.12 and later) takes a quarter of
// the time of a Hash object per finding. Earlier Node 20 releases lack it.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** What identifies a finding: its rule, which of the rule's messages, the file and the node. */
export interface FindingIdentity {
  ruleId: string;
  /** Which of the rule's messages; the rule id when it has one. Never the rendered text. */
  messageId?: string;
  /** The file's absolute path (or URL). */
  path: string;
  pointer: string;
}

/**
 * The fingerprint baselines and SARIF match findings by: the same finding gets the same one from
 * any working directory, and when a number in its message changes.
 */
export function findingFingerprint(finding: FindingIdentity, cwd?: string): string {
  return fingerprint(finding.ruleId, finding.messageId ?? finding.ruleId, repositoryPath(finding.path, cwd), finding.pointer);
}

const tops = new Map<string, string | undefined>();

/** The nearest folder at or above `dir` holding `.git` (a folder, or a file in a worktree). */
function gitTop(dir: string): string | undefined {
  if (tops.has(dir)) return tops.get(dir);
  const parent = dirname(dir);
  const top = existsSync(`${dir}${sep}.git`) ? dir : parent === dir ? undefined : gitTop(parent);
  tops.set(dir, top);
  return top;
}

/**
 * A file as the repository names it (forward slashes): relative to the git top above it, else to
 * the working directory the caller gives, else its absolute path. A URL stays as it is.
 */
export function repositoryPath(path: string, cwd?: string): string {
  if (!isAbsolute(path)) return path;
  // A large API's findings name a handful of files thousands of times.
  const key = `${cwd ?? ''}\0${path}`;
  let known = repositoryPaths.get(key);
  if (known === undefined) repositoryPaths.set(key, (known = repositoryPathOf(path, cwd)));
  return known;
}

const repositoryPaths = new Map<string, string>();

function repositoryPathOf(path: string, cwd: string | undefined): string {
  const base = gitTop(dirname(path)) ?? cwd;
  const rel = base === undefined ? path : relative(base, path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}
