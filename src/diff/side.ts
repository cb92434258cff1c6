import { isRef, type ContractDocument, type ContractFile, type Resolved } from '../contracts/load.js';
import type { Location } from '../core/diagnostic.js';
import type { InputProblem } from '../core/input-error.js';
import { joinPointer, parsePointer } from '../core/pointer.js';
import { displayPath } from '../core/source.js';

/**
 * One version of a contract, as the comparer sees it. The comparer walks `root` and follows
 * references with `deref`; it names places with LOGICAL pointers (the path from the root as if
 * every `$ref` were inlined), and `locate` maps one to the file, pointer, line and column where
 * that node is written. Keeping the interface this narrow lets the diff engine run on any
 * loader: the contract engine's documents (see `sideFromContract`) or a plain parsed file.
 */
export interface DiffSide {
  /** Display path of the root document. */
  file: string;
  /** The parsed root document. */
  root: unknown;
  /** Follows a `$ref` chain (cycle-safe) and returns its target; any other value is returned as is. */
  deref(node: unknown): unknown;
  /** Logical JSON pointer → where it is written (the nearest existing ancestor when it is not). */
  locate(pointer: string): Location;
  /** The `$ref`s that `deref` could not follow so far, located where each is written. */
  unresolved?(): InputProblem[];
}

/**
 * The diff's view of a loaded contract. `$ref`s resolve relative to the file they are written
 * in; the comparer hands nodes over without saying where they came from, so objects of every
 * file other than the root are indexed by identity when a `$ref` first leads into that file
 * (the root file, usually the only one, is never indexed). `show` renames files for display:
 * a checkout in a temporary folder is shown as `git:<ref>:<path>`.
 */
export function sideFromContract(doc: ContractDocument, show: (path: string) => string = (path) => displayPath(path)): DiffSide {
  const fileOf = new WeakMap<object, ContractFile>();
  const indexed = new Set<ContractFile>([doc.rootFile]);
  const enter = (file: ContractFile) => {
    if (indexed.has(file)) return;
    indexed.add(file);
    const stack: unknown[] = [file.root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object' || fileOf.has(node)) continue;
      fileOf.set(node, file);
      for (const value of Object.values(node)) stack.push(value);
    }
  };
  const resolve = (node: unknown, file: ContractFile, pointer: string) => {
    const target = doc.deref(node, file, pointer);
    enter(target.file);
    return target;
  };
  // A `$ref` object always names the same target: resolve each once.
  const targets = new WeakMap<object, unknown>();
  const failures: InputProblem[] = [];
  const deref = (node: unknown): unknown => {
    if (!isRef(node)) return node;
    if (!targets.has(node)) {
      const target = resolve(node, fileOf.get(node) ?? doc.rootFile, '');
      if (isRef(target.node)) failures.push(unresolvedAt(doc, target, show));
      targets.set(node, target.node);
    }
    return targets.get(node);
  };
  return {
    file: show(doc.rootFile.path),
    root: doc.root,
    deref,
    locate(logical: string): Location {
      let node = doc.root;
      let file = doc.rootFile;
      let pointer = '';
      // Each `$ref` passed through moves to where its target is written; one at the very end is
      // kept: it is the place that uses the target (a parameter, a oneOf branch), and the change's.
      for (const segment of parsePointer(logical)) {
        if (isRef(node)) ({ node, file, pointer } = resolve(node, file, pointer));
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
        node = (node as Record<string, unknown>)[segment];
        pointer = joinPointer(pointer, segment);
      }
      return { file: show(file.path), pointer, ...file.source.locate(pointer) };
    },
    unresolved: () => [...failures],
  };
}

/**
 * Why the `$ref` a chain stopped at leads nowhere, located where it is written. Nodes reach the
 * comparer without their pointers; failures are rare, so the file is searched for this one.
 */
function unresolvedAt(doc: ContractDocument, stop: Resolved, show: (path: string) => string): InputProblem {
  const pointer = joinPointer(stop.pointer || (pointerOf(stop.file.root, stop.node) ?? ''), '$ref');
  const ref = (stop.node as { $ref: string }).$ref;
  const before = doc.problems.length;
  doc.resolve(ref, stop.file, pointer);
  const message = doc.problems.length > before ? doc.problems[doc.problems.length - 1].message : `$ref "${ref}" points to nothing`;
  return { location: { file: show(stop.file.path), pointer, ...stop.file.source.locate(pointer) }, message: `${message} (ref-unresolved)` };
}

/** The pointer of `target` (by identity) inside `root`, depth first. */
function pointerOf(root: unknown, target: unknown): string | undefined {
  const stack: Array<[unknown, string]> = [[root, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === target) return pointer;
    if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) stack.push([value, joinPointer(pointer, key)]);
  }
  return undefined;
}
