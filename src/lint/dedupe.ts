import { compareLocations, compareStrings, type Finding, type Location } from '../core/diagnostic.js';
import type { At, WalkContext } from '../contracts/walk.js';

/** How many referring places a merged finding lists in `data.examples`. */
const EXAMPLES = 3;

/**
 * The place that led a rule to a node written elsewhere (the operation using a shared
 * response, say), as `related`; dropped again by `dedupe` unless the node has several uses.
 */
export function useOf(ctx: WalkContext | { at: At }, at: At): { related?: Location[] } {
  const use = ('operation' in ctx && ctx.operation?.at) || ctx.at;
  if (use.file === at.file && use.pointer === at.pointer) return {};
  // Most findings have one use and drop it: locate the place only when a merged finding sorts its uses.
  const source = use.file.source;
  return {
    related: [
      {
        file: source.displayPath,
        pointer: use.pointer,
        get line() {
          return source.locate(use.pointer).line;
        },
        get column() {
          return source.locate(use.pointer).column;
        },
      },
    ],
  };
}

/**
 * One finding per rule and place: a shared response referenced by 600 operations is one problem
 * to fix, so it is reported once, with `data.uses` (how many findings it stood for) and
 * `data.examples` (the first few referring places, sorted). Input order does not matter.
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.location.file}\0${finding.location.pointer}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      const { related: _use, ...finding } = group[0];
      out.push(finding);
      continue;
    }
    group.sort((a, b) => compareStrings(a.message, b.message));
    const { related: _use, ...first } = group[0];
    const uses = group.flatMap((f) => f.related ?? []).sort(compareLocations);
    const examples = [...new Set(uses.map((u) => (u.file === first.location.file ? u.pointer : `${u.file}#${u.pointer}`)))].slice(0, EXAMPLES);
    out.push({
      ...first,
      data: { ...first.data, uses: group.length, examples },
    });
  }
  return out;
}
