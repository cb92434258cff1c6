import { defineDesignRule } from '../../core/design-rule.js';
import { walk } from '../../contracts/walk.js';
import { InputError } from '../../core/input-error.js';
import { words } from '../../lint/events.js';
import { operationName } from '../../lint/helpers.js';

/** How many places a finding lists in its data. */
const LISTED = 5;
const normal = (name: string) => words(name).join('');

export default defineDesignRule({
  id: 'tenant-id-client-supplied',
  stage: 'contracts',
  category: 'security',
  severity: 'error',
  description: 'A multi-tenant API takes the tenant from the credentials, never from a request parameter or body property.',
  rationale:
    'When the design names its tenant key (it comes from the token) but a contract also accepts that key from the client, one forgotten check lets any caller read or write another tenant’s data by changing a field: the classic broken object-level authorization. A tenant that is never accepted from the client cannot be spoofed.',
  fix: 'Remove the tenant key from the request (query, header, cookie, body) and derive it from the authenticated principal; a path-scoped tenant (`/tenants/{id}/…`) must still be checked against the token.',
  verify: 'A cross-tenant negative test sends another tenant’s id in every place the contract used to accept it and gets the caller’s own data or 403.',
  references: ['OWASP API Security Top 10 2023, API1 "Broken Object Level Authorization"', 'OWASP ASVS 4.0.3, V4.2.1'],
  examples: {
    bad: 'archway: 1\nservice: { name: invoices }\napi:\n  - { name: public, contract: ./openapi.yaml }\nsecurity: { tenantKey: tenant_id }\n',
    good: 'archway: 1\nservice: { name: invoices }\napi:\n  - { name: public, contract: ./scoped.yaml }\nsecurity: { tenantKey: tenant_id }\n',
    files: {
      'openapi.yaml':
        'openapi: 3.1.0\ninfo: { title: Invoices, version: 1.0.0 }\npaths:\n  /invoices:\n    get:\n      parameters: [{ name: tenantId, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
      'scoped.yaml':
        'openapi: 3.1.0\ninfo: { title: Invoices, version: 1.0.0 }\npaths:\n  /invoices:\n    get:\n      responses: { "200": { description: OK } }\n',
    },
  },
  check({ design, contracts, report }) {
    const key = design.security?.tenantKey ?? design.security?.authorization?.tenantKey;
    if (!key) return;
    for (const surface of design.api) {
      if (!surface.contract) continue;
      const doc = contracts.document(surface.contract);
      if (doc instanceof InputError || doc.kind !== 'openapi') continue;
      const places = new Set<string>();
      // Path parameters are left out: a path-scoped tenant is addressing, checked by other rules.
      walk(doc, [
        {
          Parameter(node, ctx) {
            if (node.in !== 'path' && node.in !== 'body' && normal(String(node.name ?? '')) === normal(key))
              places.add(`${operationName(ctx.operation!)} ${node.in} parameter "${node.name}"`);
          },
          Schema(_node, ctx) {
            if (ctx.direction !== 'request' || !ctx.operation || !ctx.name || normal(ctx.name) !== normal(key)) return;
            if (ctx.operation.parameters.some((p) => p.node.name === ctx.name && p.node.in !== 'body')) return;
            places.add(`${operationName(ctx.operation)} body property "${ctx.name}"`);
          },
        },
      ]);
      if (places.size === 0) continue;
      const sorted = [...places].sort();
      report({
        pointer: surface.contract.pointer,
        message: `contract "${surface.name}" accepts the tenant key ${key} from the client in ${sorted.length} place${sorted.length === 1 ? '' : 's'} (${sorted[0]}${sorted.length > 1 ? ', …' : ''}), though the design takes the tenant from the credentials`,
        data: { contract: surface.contract.path, tenantKey: key, count: sorted.length, places: sorted.slice(0, LISTED) },
      });
    }
  },
});
