import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** RFC 3986 unreserved and reserved characters: what a URL may carry unescaped. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;

export default defineLintRule({
  id: 'operation-operationId-url-safe',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  description: 'operationIds use only characters that are valid in a URL.',
  rationale: 'Documentation tools put the operationId in links (`#operation/createOrder`); a space or a non-ASCII character breaks them.',
  fix: 'Rename the operationId with letters, digits, `-`, `_` or `.`.',
  references: ['RFC 3986 §2 "Characters"', 'spectral:oas operation-operationId-valid-in-url', 'Redocly operation-operationId-url-safe'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { operationId: "get a", responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { operationId: getA, responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const id = node.operationId;
      if (typeof id !== 'string' || URL_SAFE.test(id)) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/operationId` },
        message: `operationId "${id}" of ${operationName(ctx.operation!)} has characters that are not valid in a URL`,
        data: { operationId: id },
      });
    },
  }),
});
