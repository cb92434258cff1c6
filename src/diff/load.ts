import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadContract, type LoadOptions } from '../contracts/load.js';
import { InputError, inputError } from '../core/input-error.js';
import { displayPath } from '../core/source.js';
import { sideFromContract, type DiffSide } from './side.js';

export interface OpenedContracts {
  sides: DiffSide[];
  /** Removes the temporary checkouts of `git:` inputs; call once the diff is printed. */
  dispose(): void;
}

/**
 * Opens each input, a file or `git:<ref>:<path>` (path relative to the working directory). A
 * git input is read from the repository without touching the work tree: the folder holding the
 * contract is exported at that ref (`git archive`) into a temporary folder, so `$ref`s to
 * sibling files resolve at the same ref; locations still read `git:<ref>:<path>`.
 */
export function openContracts(inputs: readonly string[], cwd: string, options: LoadOptions = {}): OpenedContracts {
  const scratch: string[] = [];
  const dispose = () => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  options = { ...options, cwd };
  try {
    const sides = inputs.map((input) => {
      const git = /^git:([^:]+):(.+)$/.exec(input);
      if (!git) return openContract(resolve(cwd, input), options, (p) => displayPath(p, cwd));
      const dir = mkdtempSync(join(tmpdir(), 'archway-diff-'));
      scratch.push(dir);
      return checkout(input, git[1], git[2], cwd, dir, options);
    });
    return { sides, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

function checkout(input: string, ref: string, path: string, cwd: string, dir: string, options: LoadOptions): DiffSide {
  const git = (args: string[], options: { cwd: string; input?: Buffer } = { cwd }) => {
    try {
      return execFileSync(args[0], args.slice(1), { ...options, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
        .trim()
        .split('\n')[0];
      throw inputError(input, `cannot read ${path} at ${ref}: ${stderr}`);
    }
  };
  // A ref is a user value: one starting with `-` would reach git as an option (`--output=<file>`
  // truncates a file, `--remote=` talks to another repository). It is refused, then resolved to a
  // commit id with `--end-of-options`, and only that id reaches `git archive` (whose option parser
  // takes `--end-of-options` as a path).
  if (ref.startsWith('-')) throw inputError(input, `"${ref}" is not a git ref (refs cannot start with "-")`);
  const top = String(git(['git', 'rev-parse', '--show-toplevel'])).trim();
  const inRepo = relative(top, resolve(cwd, path));
  if (inRepo.startsWith('..')) throw inputError(input, `${path} is outside the repository at ${top}`);
  const commit = String(git(['git', 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], { cwd: top })).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw inputError(input, `cannot read ${path} at ${ref}: not a commit`);
  const tar = git(['git', 'archive', '--format=tar', commit, '--', dirname(inRepo)], { cwd: top });
  git(['tar', '-x', '-C', dir], { cwd: dir, input: tar });
  const file = join(dir, inRepo);
  if (!existsSync(file)) throw inputError(input, `${path} does not exist at ${ref}`);
  const show = (p: string) => (p.startsWith(dir + sep) ? `git:${ref}:${displayPath(join(top, relative(dir, p)), cwd)}` : displayPath(p, cwd));
  try {
    return openContract(file, options, show);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ ...p, location: { ...p.location, file: show(resolve(cwd, p.location.file)) } })));
  }
}

function openContract(path: string, options: LoadOptions, show: (path: string) => string): DiffSide {
  return sideFromContract(loadContract(path, options), show);
}
