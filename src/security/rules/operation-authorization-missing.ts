import { defineDesignRule } from '../../review/rule.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

type Doc = { security?: unknown[]; paths?: Record<string, Record<string, { security?: unknown[]; responses?: Record<string, unknown>; description?: string; summary?: string }>> };

export default defineDesignRule({
  id: 'operation-authorization-missing',
  stage: 'contracts',
  category: 'security',
  severity: 'error',
  description: 'Every operation of an API contract is secured (or explicitly public with a stated reason) and declares 401 and 403.',
  rationale:
    'Authorization must hold on every access path. An operation that inherits no security requirement is open to anyone; one that never declares 403 suggests nobody decided what a caller without the right scope gets.',
  fix: 'Add a security requirement (globally or per operation) and the 401 and 403 responses; mark deliberately public operations with `security: []` and say why in their description.',
  verify: 'Negative tests call every operation without credentials (401) and with a token lacking the scope (403).',
  references: ['OWASP API Security Top 10 2023, API5 "Broken Function Level Authorization"', 'OWASP ASVS 4.0, V4.1 General Access Control Design'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./open.yaml, stability: stable }\n',
    good: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./secured.yaml, stability: stable }\n',
    files: {
      'open.yaml': 'openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK } }\n',
      'secured.yaml':
        'openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\nsecurity: [{ oauth2: [orders] }]\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK }, "401": { description: No credentials }, "403": { description: Missing scope } }\n  /health:\n    get:\n      description: Public so load balancers can probe it.\n      security: []\n      responses: { "200": { description: OK } }\n',
    },
  },
  check({ design, contracts, report }) {
    for (const api of design.api) {
      if (!api.contract) continue;
      const doc = contracts.read(api.contract) as Doc | undefined;
      if (!doc?.paths) continue;
      const problems: string[] = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const method of METHODS) {
          const op = item?.[method];
          if (!op) continue;
          const security = op.security ?? doc.security;
          const explicitlyPublic = Array.isArray(op.security) && op.security.length === 0;
          const operation = `${method.toUpperCase()} ${path}`;
          if (explicitlyPublic) {
            if (!/public|unauthenticated|anonymous|without credentials/i.test(`${op.description ?? ''} ${op.summary ?? ''}`)) problems.push(`${operation} is public without saying why`);
            continue;
          }
          if (!Array.isArray(security) || security.length === 0) {
            problems.push(`${operation} has no security requirement`);
            continue;
          }
          const missing = ['401', '403'].filter((code) => !op.responses?.[code]);
          if (missing.length) problems.push(`${operation} declares no ${missing.join(' or ')}`);
        }
      }
      if (problems.length === 0) continue;
      report({
        pointer: api.contract.pointer,
        message: `contract "${api.name}": ${problems.length} operation${problems.length > 1 ? 's' : ''} without full authorization: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
        data: { contract: api.contract.path, operations: problems },
      });
    }
  },
});
