// A StrykerJS ignorer: the prose of a rule's metadata (description, rationale, the verification
// step, references) is documentation. Mutating it changes no finding; the generated docs pages and
// their staleness test cover it. Ids, severities, fixes, examples and messages stay mutated.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const PROSE = new Set(['description', 'rationale', 'verify', 'references']);

function isProse(path) {
  const property = path.findParent((p) => p.isObjectProperty());
  if (!property || property.node.computed || !PROSE.has(property.node.key.name ?? property.node.key.value)) return false;
  // Only in an object literal passed to a define*() call: the rule definition itself.
  const call = property.parentPath.parentPath;
  return call.isCallExpression() && /^define[A-Z]/.test(call.node.callee.name ?? '');
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'rule-prose', {
    shouldIgnore: (path) => (isProse(path) ? 'Rule documentation (prose); the docs pages pin it.' : undefined),
  }),
];
