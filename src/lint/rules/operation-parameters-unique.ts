import type { At, WalkContext } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { below, resolved } from '../oas-nodes.js';
import { defineLintRule, type LintRuleContext } from '../rule.js';

/** Duplicates within one `parameters` list (a path item’s or an operation’s: the operation’s may override the path item’s). */
function check(list: unknown, listAt: At, where: string, ctx: WalkContext, report: LintRuleContext['report']): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, number>();
  let body: number | undefined;
  let formData: number | undefined;
  list.forEach((raw, i) => {
    const { node } = resolved(ctx.doc, raw, below(listAt, i));
    if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return;
    const at = below(listAt, i);
    const key = `${node.in}\0${node.name}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(ctx, {
        at,
        message: `${where} declares ${node.in} parameter "${node.name}" twice (first at parameters[${first}])`,
        messageId: 'duplicate',
        data: { name: node.name, in: node.in },
      });
    else seen.set(key, i);
    if (node.in === 'body') {
      if (body !== undefined) report(ctx, { at, message: `${where} declares a second body parameter`, messageId: 'body' });
      body ??= i;
    }
    if (node.in === 'formData') formData ??= i;
  });
  if (body !== undefined && formData !== undefined)
    report(ctx, { at: below(listAt, Math.max(body, formData)), message: `${where} declares both body and formData parameters`, messageId: 'body-and-form' });
}

export default defineLintRule({
  id: 'operation-parameters-unique',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'A parameters list declares each name and location once (and, in OpenAPI 2.0, at most one body, never with formData).',
  rationale: 'Two parameters with the same name and location are one value on the wire: tools keep one of them, and which one differs between them.',
  fix: 'Remove or rename the duplicate parameter.',
  references: [
    'OpenAPI 3.1 §4.8.10 "parameters: the list MUST NOT include duplicated parameters"',
    'spectral:oas operation-parameters',
    'Redocly operation-parameters-unique',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: q, in: query }, { name: q, in: query }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      parameters: [{ name: q, in: query }, { name: q, in: header }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    PathItem(node, ctx) {
      check(node.parameters, below(ctx.at, 'parameters'), `path ${ctx.name}`, ctx, report);
    },
    Operation(node, ctx) {
      const op = ctx.operation!;
      check(node.parameters, below(ctx.at, 'parameters'), `${op.method.toUpperCase()} ${op.path}`, ctx, report);
    },
  }),
});
