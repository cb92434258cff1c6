import { isObject } from '../helpers.js';
import { below, operationsOf, resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'security-scopes-defined',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Every OAuth2 scope a security requirement lists is declared by the scheme’s flows.',
  rationale: 'An undeclared scope cannot be requested from the authorisation server: clients following the description get tokens that the API then rejects.',
  fix: 'Declare the scope in the scheme’s flows, or correct its name in the requirement.',
  references: ['OpenAPI 3.1 §4.8.29 "OAuth Flow Object: scopes"', 'spectral:oas oas3-operation-security-defined', 'Redocly security-scopes-defined'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ oauth: [orders:write] }]\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://auth.shop.io/token", scopes: { orders:read: Read orders } } } }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ oauth: [orders:read] }]\ncomponents:\n  securitySchemes:\n    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://auth.shop.io/token", scopes: { orders:read: Read orders } } } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const v2 = ctx.doc.version === '2.0';
      const schemesAt = v2 ? below(ctx.at, 'securityDefinitions') : below(ctx.at, 'components', 'securitySchemes');
      const schemes = v2 ? node.securityDefinitions : node.components?.securitySchemes;
      const scopes = new Map<string, Set<string>>();
      for (const name of Object.keys(isObject(schemes) ? schemes : {})) {
        const { node: scheme, at } = resolved(ctx.doc, schemes[name], below(schemesAt, name));
        if (!isObject(scheme) || scheme.type !== 'oauth2') continue;
        const declared = new Set<string>(v2 && isObject(scheme.scopes) ? Object.keys(scheme.scopes) : []);
        const flows = resolved(ctx.doc, scheme.flows, below(at, 'flows'));
        if (isObject(flows.node))
          for (const flow of Object.values(flows.node)) if (isObject(flow) && isObject(flow.scopes)) for (const s of Object.keys(flow.scopes)) declared.add(s);
        scopes.set(name, declared);
      }
      const lists = [{ list: node.security, at: below(ctx.at, 'security') }];
      for (const { op, opAt } of operationsOf(ctx.doc, node.paths, below(ctx.at, 'paths'))) lists.push({ list: op.security, at: below(opAt, 'security') });
      for (const { list, at } of lists) {
        if (!Array.isArray(list)) continue;
        list.forEach((requirement, i) => {
          if (!isObject(requirement)) return;
          for (const [name, listed] of Object.entries(requirement)) {
            const declared = scopes.get(name);
            if (!declared || !Array.isArray(listed)) continue;
            listed.forEach((scope, j) => {
              if (typeof scope === 'string' && !declared.has(scope))
                report(ctx, {
                  at: below(at, i, name, j),
                  message: `scope "${scope}" is not declared by security scheme "${name}"`,
                  data: { scheme: name, scope },
                });
            });
          }
        });
      }
    },
  }),
});
