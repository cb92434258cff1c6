import { isObject } from '../helpers.js';
import { below, operationsOf } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'security-scheme-defined',
  category: 'security',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Every security requirement names a scheme declared in `components.securitySchemes` (OpenAPI 2.0: `securityDefinitions`).',
  rationale:
    'A requirement naming no declared scheme tells clients nothing about how to authenticate; gateways generated from the description may leave the operation open.',
  fix: 'Declare the scheme, or correct the name in the requirement.',
  references: [
    'OpenAPI 3.1 §4.8.30 "Security Requirement Object"',
    'spectral:oas oas3-operation-security-defined, oas2-operation-security-defined',
    'Redocly security-defined',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ bearer: [] }]\ncomponents: { securitySchemes: { token: { type: http, scheme: bearer } } }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ token: [] }]\ncomponents: { securitySchemes: { token: { type: http, scheme: bearer } } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const schemes = (ctx.doc.version === '2.0' ? node.securityDefinitions : node.components?.securitySchemes) ?? {};
      const declared = new Set(isObject(schemes) ? Object.keys(schemes) : []);
      const lists = [{ list: node.security, at: below(ctx.at, 'security') }];
      for (const { op, opAt } of operationsOf(ctx.doc, node.paths, below(ctx.at, 'paths'))) lists.push({ list: op.security, at: below(opAt, 'security') });
      for (const { list, at } of lists) {
        if (!Array.isArray(list)) continue;
        list.forEach((requirement, i) => {
          if (!isObject(requirement)) return;
          for (const name of Object.keys(requirement))
            if (!declared.has(name))
              report(ctx, { at: below(at, i, name), target: 'key', message: `security scheme "${name}" is not declared`, data: { scheme: name } });
        });
      }
    },
  }),
});
