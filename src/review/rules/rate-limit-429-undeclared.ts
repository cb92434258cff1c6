import { defineDesignRule } from '../../core/design-rule.js';
import { InputError } from '../../core/input-error.js';
import { walk } from '../../contracts/walk.js';

export default defineDesignRule({
  id: 'rate-limit-429-undeclared',
  stage: 'contracts',
  category: 'security',
  severity: 'warn',
  description: 'An API whose design declares rate limits declares 429 Too Many Requests on its contract.',
  rationale:
    'A limit the contract does not mention surprises every client: generated SDKs treat 429 as an unknown failure and do not back off, retries amplify the overload, and nothing tells integrators to read Retry-After. The design decided the limits; the contract is where clients learn of them.',
  fix: 'Declare a 429 response (with a Retry-After header and the error shape) on the rate-limited operations, or as a shared response on all of them.',
  verify: 'A load test exceeds each limit and gets 429 with Retry-After, as the contract says.',
  references: ['RFC 6585 §4 "429 Too Many Requests"', 'RFC 9110 §10.2.3 "Retry-After"', 'OWASP API Security Top 10 2023, API4'],
  examples: {
    bad: 'archway: 1\nservice: { name: accounts }\napi:\n  - { name: public, contract: ./openapi.yaml }\nsecurity: { rateLimits: [sign-in] }\n',
    good: 'archway: 1\nservice: { name: accounts }\napi:\n  - { name: public, contract: ./limited.yaml }\nsecurity: { rateLimits: [sign-in] }\n',
    files: {
      'openapi.yaml':
        'openapi: 3.1.0\ninfo: { title: Accounts, version: 1.0.0 }\npaths:\n  /sessions:\n    post:\n      responses: { "201": { description: Created } }\n',
      'limited.yaml':
        'openapi: 3.1.0\ninfo: { title: Accounts, version: 1.0.0 }\npaths:\n  /sessions:\n    post:\n      responses: { "201": { description: Created }, "429": { description: Too many attempts, headers: { Retry-After: { schema: { type: integer } } } } }\n',
    },
  },
  check({ design, contracts, report }) {
    const limits = design.security?.rateLimits ?? [];
    if (limits.length === 0) return;
    for (const surface of design.api) {
      if (!surface.contract) continue;
      const doc = contracts.document(surface.contract);
      if (doc instanceof InputError || doc.kind !== 'openapi') continue;
      let operations = 0;
      let declared = false;
      walk(doc, [
        {
          Operation(_node, ctx) {
            operations++;
            // 4XX covers 429 too: a contract that says so is not wrong, only vague.
            declared ||= ['429', '4XX', '4xx'].some((code) => ctx.operation!.responses.has(code));
          },
        },
      ]);
      if (operations === 0 || declared) continue;
      report({
        pointer: surface.contract.pointer,
        message: `contract "${surface.name}" declares no 429 response on any of its ${operations} operations, though the design rate-limits ${limits.join(', ')}`,
        data: { contract: surface.contract.path, limits, operations },
      });
    }
  },
});
