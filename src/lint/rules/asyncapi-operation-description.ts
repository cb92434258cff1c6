import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-operation-description',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'Every operation has a non-empty `description` (a trait may supply it) (selected by `extends: spectral:asyncapi`).',
  rationale:
    'Style guides that mirror Spectral want a description on every operation. archway’s `event-operation-documented` accepts a summary instead, so this stricter rule is in no archway preset.',
  fix: 'Add a `description` to the operation: what triggers the message and what a consumer should do with it.',
  references: [
    'AsyncAPI 3.0.0 "Operation Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#operationObject)',
    'Spectral asyncapi-operation-description, asyncapi-3-operation-description',
  ],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      operationId: onOrder\n      summary: Order events.\n      message: { payload: { type: object } }\n',
    good: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    subscribe:\n      operationId: onOrder\n      description: Sent when an order is placed.\n      message: { payload: { type: object } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      if (node.description) return;
      const op = ctx.event!.operation!;
      report(ctx, { at: op.at, target: 'key', message: `operation ${op.id} has no description`, data: { operation: op.id } });
    },
  }),
});
