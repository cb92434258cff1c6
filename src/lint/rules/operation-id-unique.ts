import type { At } from '../../contracts/walk.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'operation-id-unique',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Every operation has an operationId, unique in the document.',
  rationale:
    'Code generators name methods after operationIds; a missing one gets a generated name that changes when the path does, and a duplicate makes the generated client fail to compile.',
  fix: 'Give each operation a unique, stable `operationId` (e.g. `listOrders`).',
  references: ['OpenAPI 3.1 §4.8.10 "operationId"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { operationId: get, responses: { "200": { description: OK } } } }\n  /b: { get: { operationId: get, responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { operationId: getA, responses: { "200": { description: OK } } } }\n  /b: { get: { operationId: getB, responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => {
    const seen = new Map<string, string>();
    return {
      Operation(node, ctx) {
        const op = ctx.operation!;
        const id = node.operationId;
        if (typeof id !== 'string' || id === '') return report(ctx, { messageId: 'missing', message: `${operationName(op)} has no operationId` });
        const first = seen.get(id);
        const at: At = { file: ctx.at.file, pointer: `${ctx.at.pointer}/operationId` };
        if (first) report(ctx, { at, messageId: 'duplicate', message: `operationId "${id}" of ${operationName(op)} is already used by ${first}` });
        else seen.set(id, operationName(op));
      },
    };
  },
});
