import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const NAMES_REPLACEMENT = /\b(use|replaced by|instead|superseded|migrate to|see)\b/i;

export default defineLintRule({
  id: 'deprecated-replacement',
  category: 'deprecation',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'A deprecated operation or parameter names its replacement.',
  rationale: 'A deprecation without a replacement is a dead end: consumers cannot migrate, so they keep calling it, and the removal breaks them.',
  fix: 'Say what to use instead in the description (“Use POST /v2/orders instead”) or in `x-replaced-by`.',
  references: ['RFC 9745 "The Deprecation HTTP Header Field"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      description: Use GET /new instead.\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => {
    const named = (node: Record<string, any>) =>
      Boolean(node['x-replaced-by'] || node['x-replacement'] || NAMES_REPLACEMENT.test(`${node.description ?? ''} ${node.summary ?? ''}`));
    return {
      Operation(node, ctx) {
        if (node.deprecated === true && !named(node))
          report(ctx, { messageId: 'operation', message: `${operationName(ctx.operation!)} is deprecated without naming a replacement` });
      },
      Parameter(node, ctx) {
        if (node.deprecated === true && !named(node))
          report(ctx, {
            messageId: 'parameter',
            message: `parameter "${node.name}" of ${operationName(ctx.operation!)} is deprecated without naming a replacement`,
          });
      },
    };
  },
});
