import { headerNames, isCreate, operationName } from '../helpers.js';
import { bodySchemasAt, returnsId } from '../shapes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'create-201-location',
  category: 'status',
  severity: 'warn',
  presets: ['strict'],
  description: 'A create (POST) answers 201 Created with a Location header, or returns the created resource with its id.',
  rationale:
    '201 with Location tells the client the resource exists and where: it can be fetched, linked and retried against. A 200 leaves clients unsure whether anything was created.',
  fix: 'Answer 201 and declare the `Location` header pointing to the new resource.',
  references: ['RFC 9110 §15.3.2 "201 Created"', 'RFC 9110 §10.2.2 "Location"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      responses: { "201": { description: Created, headers: { Location: { schema: { type: string } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const op = ctx.operation!;
      if (!isCreate(op)) return;
      const created = op.responses.get('201');
      if (!created || headerNames(created.node).includes('location')) return;
      // The created resource with its id tells the client as much as Location does.
      if (bodySchemasAt(created).some(({ schema, at }) => returnsId(ctx.doc, schema, at))) return;
      report(ctx, { at: created.at, message: `${operationName(op)} answers 201 without a Location header` });
    },
  }),
});
