import { defineLintRule } from '../rule.js';

const ORDER = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'];

export default defineLintRule({
  id: 'path-http-verbs-order',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'The operations of a path are written in the order get, head, post, put, patch, delete, options, trace.',
  rationale: 'Some style guides want one order for every path, so readers and reviewers find each method where they expect it.',
  fix: 'Reorder the path item’s operations.',
  references: ['Redocly path-http-verbs-order'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post: { responses: { "201": { description: Created } } }\n    get: { responses: { "200": { description: OK } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get: { responses: { "200": { description: OK } } }\n    post: { responses: { "201": { description: Created } } }\n',
  },
  create: ({ report }) => ({
    PathItem(node, ctx) {
      const methods = Object.keys(node).filter((k) => ORDER.includes(k));
      for (let i = 1; i < methods.length; i++) {
        if (ORDER.indexOf(methods[i]) > ORDER.indexOf(methods[i - 1])) continue;
        report(ctx, {
          at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/${methods[i]}` },
          target: 'key',
          message: `${methods[i]} comes after ${methods[i - 1]} in path ${ctx.name}`,
          data: { method: methods[i], after: methods[i - 1] },
        });
      }
    },
  }),
});
