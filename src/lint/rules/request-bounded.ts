import { defineLintRule } from '../rule.js';

/** Formats whose length the format itself bounds. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'uuid', 'email', 'ipv4', 'ipv6', 'byte', 'int32', 'int64', 'duration']);

export default defineLintRule({
  id: 'request-bounded',
  category: 'security',
  severity: 'warn',
  presets: ['strict'],
  description: 'Strings, arrays and numbers accepted from clients are bounded (maxLength, maxItems, minimum/maximum).',
  rationale:
    'Unbounded input is a denial-of-service lever and a buffer for injection: a 100 MB name, a million-item array or a negative quantity reach the code before any business rule. Bounds in the contract are enforced at the edge, by generated validators.',
  fix: 'Add `maxLength` (or a pattern/enum/format) to strings, `maxItems` to arrays, `minimum`/`maximum` to numbers in request schemas.',
  references: ['OWASP API Security Top 10 2023, API4 "Unrestricted Resource Consumption"', 'OWASP ASVS 4.0, V5.1.3'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }\n      responses: { "201": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { name: { type: string, maxLength: 100 } } } } } }\n      responses: { "201": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (ctx.direction !== 'request') return;
      const types = Array.isArray(node.type) ? node.type : [node.type];
      let missing: string | undefined;
      if (
        types.includes('string') &&
        node.maxLength === undefined &&
        !node.enum &&
        node.const === undefined &&
        !node.pattern &&
        !BOUNDED_FORMATS.has(node.format)
      )
        missing = 'maxLength';
      else if (types.includes('array') && node.maxItems === undefined) missing = 'maxItems';
      else if ((types.includes('integer') || types.includes('number')) && node.maximum === undefined && node.exclusiveMaximum === undefined && !node.enum)
        missing = 'maximum';
      if (missing) report(ctx, { message: `request ${types.filter(Boolean).join('/')}${ctx.name ? ` "${ctx.name}"` : ''} has no ${missing}` });
    },
  }),
});
