import type { KeyIndex } from './key-index.js';
import type { JsonPath } from './types.js';

/**
 * nimma's traversal, memoised for a document whose subtrees are shared (the resolved view: one
 * object per component, reached by every path that refers to it). nimma visits every path of the
 * resolved tree, 1.8 million nodes on Stripe; a compiled expression is a pattern over path
 * segments, so this runs it as an automaton and evaluates each (object, automaton state) once,
 * then replays the matches under every path that reaches the object: the same (path, value)
 * pairs nimma emits, each once per matching node, as nimma does.
 *
 * Only what nimma compiles into its traversal is taken, in nimma's semantics (a deep wildcard
 * `..[*]` followed by more steps may match no segment; a name that reads as an integer matches an array index), with
 * filters nimma itself compiled, restricted to those that read `@property` and one level of `@`:
 * filter errors then depend on the node alone. A filter that throws here hands the expression back
 * to nimma, whose run decides, as before, whether the lint stops.
 */

export type Emit = (scope: { path: JsonPath; value: unknown }) => void;

/** Follows a replay down and up: `enter` answering false skips the child's subtree (`leave` is then not called for it). */
export interface ReplayGuide {
  enter(key: string | number, value: unknown): boolean;
  leave(): void;
}

interface Step {
  deep: boolean;
  /** The segment test; undefined for a wildcard. */
  test?: (key: string | number, value: unknown) => unknown;
  /** A name step's names, as text: below a node without any of them a deep name step cannot advance. */
  names?: string[];
}

export interface DagPattern {
  steps: Step[];
  /** Trailing `^`s: the match is reported that many levels up. */
  up: number;
  /** Trailing `~`: the value reported is the last key of the path. */
  key: boolean;
  /** Whether nimma evaluates the pattern's filter on exactly the nodes this query does (`..name..[?(…)]`). */
  filterWhereNimma: boolean;
}

/** A node of nimma's parser output: `MemberExpression`, `WildcardExpression`, `ScriptFilterExpression`, `ParentExpression`… */
export interface NimmaNode {
  type: string;
  deep?: boolean;
  value?: unknown;
}

/**
 * The pattern of a parsed expression, or undefined when it has something this does not take.
 * `filter` turns a filter script into a test (undefined: not taken); `last` says the filter is the
 * expression's final step, where nimma evaluates it on every node it reaches.
 */
export function compilePattern(nodes: readonly NimmaNode[], filter: (script: string, last: boolean) => Step['test'] | undefined): DagPattern | undefined {
  const steps: Step[] = [];
  let up = 0;
  let key = false;
  let lastStep = nodes.length - 1;
  while (lastStep >= 0 && (nodes[lastStep].type === 'ParentExpression' || nodes[lastStep].type === 'KeyExpression')) lastStep--;
  for (const [i, node] of nodes.entries()) {
    if (key) return undefined;
    if (node.type === 'ParentExpression') {
      if (i < lastStep) return undefined;
      up++;
      continue;
    }
    if (node.type === 'KeyExpression') {
      if (i < lastStep) return undefined;
      key = true;
      continue;
    }
    const deep = node.deep === true;
    if (node.type === 'MemberExpression' && (typeof node.value === 'string' || typeof node.value === 'number')) {
      steps.push({ deep, test: member(node.value), names: [String(node.value)] });
    } else if (
      node.type === 'MultipleMemberExpression' &&
      Array.isArray(node.value) &&
      node.value.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      const tests = (node.value as Array<string | number>).map(member);
      steps.push({ deep, test: (k) => tests.some((test) => test(k)), names: node.value.map(String) });
    } else if (node.type === 'WildcardExpression') steps.push({ deep });
    else if (node.type === 'ScriptFilterExpression' && typeof node.value === 'string') {
      const test = filter(node.value, i === lastStep);
      if (!test) return undefined;
      steps.push({ deep, test });
    } else return undefined;
  }
  // One `..` at most: nimma then checks a fixed prefix and a suffix, a pattern over the path. With
  // more it searches the path for each name in turn (first occurrence), which this does not model,
  // but for `$..name..[?(…)]`: every node strictly below the first `name` of its path that passes
  // the filter, which nimma evaluates there and nowhere else, as this does.
  const deepSteps = steps.filter((step) => step.deep).length;
  const nameThenFilter =
    steps.length === 2 &&
    up === 0 &&
    !key &&
    steps.every((step) => step.deep) &&
    steps[0].names?.length === 1 &&
    steps[1].test !== undefined &&
    !steps[1].names;
  return steps.length > 0 && steps.length <= 30 && (deepSteps <= 1 || nameThenFilter) ? { steps, up, key, filterWhereNimma: nameThenFilter } : undefined;
}

/** nimma's name test (its `safeBinaryExpression`): a name that reads as an integer compares as text, so it matches an array index. */
function member(name: string | number): (key: string | number) => boolean {
  if (typeof name === 'number' || Number.isSafeInteger(Number(name))) {
    const text = String(name);
    return (key) => String(key) === text;
  }
  return (key) => key === name;
}

/** Matches in the subtree of one node: how many times the node itself matched, and each child's matches. */
interface Matches {
  here: number;
  below: Array<{ key: string | number; value: unknown; matches: Matches }>;
}
const NONE: Matches = { here: 0, below: [] };
const HIT: Matches = { here: 1, below: [] };

/** The names a state of a pattern waits for: its name step's, or after a deep wildcard the next step's. */
function waitedNames(steps: readonly Step[], i: number): string[] | undefined {
  const step = steps[i];
  if (step.names) return step.names;
  return step.deep && !step.test && i + 1 < steps.length ? steps[i + 1].names : undefined;
}

/** The names the states of some patterns wait for, those that can wait longest (a `..`) first: a document's key index is built for them. */
export function waitedFor(patterns: readonly DagPattern[]): string[] {
  const deep = patterns.flatMap((p) => p.steps.flatMap((step, i) => (step.deep ? (waitedNames(p.steps, i) ?? []) : [])));
  const shallow = patterns.flatMap((p) => p.steps.flatMap((step) => (!step.deep && step.names ? step.names : [])));
  return [...deep, ...shallow];
}

export class DagQuery {
  /** Per set of states: the matches below each object (a few sets, each met at many objects). */
  private readonly memo = new Map<number, Map<object, Matches>>();
  private readonly accept: number;
  /**
   * Per state bit: the key-index bits of the names without which the state cannot advance below a
   * node (0: it may advance anywhere). A name step needs its name among the keys in or below the
   * node; a deep wildcard before a name step needs that step's name.
   */
  private readonly waits: number[];

  constructor(
    private readonly pattern: DagPattern,
    private readonly index: KeyIndex,
  ) {
    this.accept = 1 << pattern.steps.length;
    this.waits = pattern.steps.map((_, i) => {
      const names = waitedNames(pattern.steps, i);
      const bits = (names ?? []).map((name) => index.bit(name));
      return bits.length === 0 || bits.includes(0) ? 0 : bits.reduce((a, b) => a | b, 0);
    });
  }

  /** The matches in `root`; throws what a filter throws. */
  collect(root: object): Matches {
    const matches = this.node(root, this.closure(1), true);
    this.memo.clear(); // the matches hold what the replay needs
    return matches;
  }

  /**
   * Calls `emit` for each match, with nimma's path (array indices as numbers) and value; a guide
   * may skip subtrees, unless matches are reported above where they were found (`^`).
   */
  replay(root: object, matches: Matches, emit: Emit, guide?: ReplayGuide): void {
    const { up, key } = this.pattern;
    const guided = up === 0 ? guide : undefined;
    const path: JsonPath = [];
    const values: unknown[] = [root];
    const walk = (m: Matches) => {
      for (let n = 0; n < m.here; n++) {
        if (up > path.length) continue;
        const at = path.slice(0, path.length - up);
        emit({ path: at, value: key ? (at.length === 0 ? undefined : at[at.length - 1]) : values[values.length - 1 - up] });
      }
      // Indexed: this runs before the JIT has optimised it, where for…of allocates per item.
      const below = m.below;
      for (let i = 0; i < below.length; i++) {
        const child = below[i];
        if (guided && !guided.enter(child.key, child.value)) continue;
        path.push(child.key);
        values.push(child.value);
        walk(child.matches);
        path.pop();
        values.pop();
        guided?.leave();
      }
    };
    walk(matches);
  }

  /** States are bits: bit i set means step i is next. nimma lets a deep wildcard before another step match no segment. */
  private closure(states: number): number {
    const { steps } = this.pattern;
    for (let i = 0; i < steps.length - 1; i++) if (states & (1 << i) && steps[i].deep && !steps[i].test) states |= 1 << (i + 1);
    return states;
  }

  private step(states: number, key: string | number, value: unknown): number {
    const { steps } = this.pattern;
    let next = 0;
    for (let i = 0; i < steps.length; i++) {
      if (!(states & (1 << i))) continue;
      const step = steps[i];
      if (step.deep) next |= 1 << i;
      if (!step.test || step.test(key, value)) next |= 1 << (i + 1);
    }
    return this.closure(next);
  }

  /** Whether every live state waits for a name that occurs nowhere in or below `value`. */
  private stuck(value: object, live: number): boolean {
    let wanted = 0;
    for (let i = 0; i < this.waits.length; i++) {
      if (!(live & (1 << i))) continue;
      if (this.waits[i] === 0) return false;
      wanted |= this.waits[i];
    }
    return (this.index.mask(value) & wanted) === 0;
  }

  /** `below` with the matches under one child added. */
  private child(live: number, key: string | number, child: unknown, below: Matches['below'] | undefined): Matches['below'] | undefined {
    const next = this.step(live, key, child);
    if (next === 0) return below;
    // A scalar has no children: it matches or not, with nothing to remember.
    const m = child !== null && typeof child === 'object' ? this.node(child, next) : next & this.accept ? HIT : NONE;
    if (m !== NONE) (below ??= []).push({ key, value: child, matches: m });
    return below;
  }

  private node(value: unknown, states: number, root = false): Matches {
    const here = !root && states & this.accept ? 1 : 0;
    const live = states & (this.accept - 1);
    if (value === null || typeof value !== 'object' || live === 0) return here ? HIT : NONE;
    if (this.stuck(value, live)) return here ? HIT : NONE;
    const known = root ? undefined : this.memo.get(states)?.get(value);
    if (known) return known;
    let below: Matches['below'] | undefined;
    // for…in lists an object's keys in Object.keys order without allocating their array (a plain object, as JSON gives).
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) below = this.child(live, i, value[i], below);
    else for (const key in value) below = this.child(live, key, (value as Record<string, unknown>)[key], below);
    const out = here === 0 && below === undefined ? NONE : { here, below: below ?? [] };
    if (!root) {
      // Looked up again: the children may have made this set's map.
      let byObject = this.memo.get(states);
      if (!byObject) this.memo.set(states, (byObject = new Map()));
      byObject.set(value, out);
    }
    return out;
  }
}
