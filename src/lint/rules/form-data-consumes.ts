import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const FORMS = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export default defineLintRule({
  id: 'form-data-consumes',
  category: 'docs',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'OpenAPI 2.0: an operation with `in: formData` parameters consumes a form media type.',
  rationale:
    'formData parameters are sent as `application/x-www-form-urlencoded` or `multipart/form-data`; without one in `consumes`, clients send JSON the server cannot read as a form.',
  fix: 'Add `application/x-www-form-urlencoded` (or `multipart/form-data` for files) to the operation’s `consumes`.',
  references: ['OpenAPI 2.0 §Parameter Object "formData"', 'spectral:oas oas2-operation-formData-consume-check'],
  examples: {
    bad: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nconsumes: [application/json]\npaths:\n  /a: { post: { parameters: [{ name: n, in: formData, type: string }], responses: { "200": { description: OK } } } }\n',
    good: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nconsumes: [application/json]\npaths:\n  /a: { post: { consumes: [application/x-www-form-urlencoded], parameters: [{ name: n, in: formData, type: string }], responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => {
    let global: unknown;
    return {
      Document(node) {
        global = node.consumes;
      },
      Operation(node, ctx) {
        if (ctx.doc.version !== '2.0') return;
        const op = ctx.operation!;
        if (!op.parameters.some((p) => p.node.in === 'formData')) return;
        const consumes = Array.isArray(node.consumes) ? node.consumes : global;
        if (Array.isArray(consumes) && consumes.some((type) => typeof type === 'string' && FORMS.some((f) => type.toLowerCase().startsWith(f)))) return;
        report(ctx, { target: 'key', message: `${operationName(op)} takes formData parameters but consumes no form media type` });
      },
    };
  },
});
