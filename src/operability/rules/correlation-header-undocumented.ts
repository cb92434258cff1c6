import { defineDesignRule } from '../../core/design-rule.js';

/** Every object in a document, depth-first; contracts are trees (refs are strings), so no cycles. */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (!value || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield value as Record<string, unknown>;
  for (const child of Object.values(value)) yield* nodes(child);
}

/** A header parameter, a response header, or an AsyncAPI correlation id carrying the header. */
function mentionsHeader(document: unknown, header: string): boolean {
  const name = header.toLowerCase();
  for (const node of nodes(document)) {
    if (node.in === 'header' && String(node.name).toLowerCase() === name) return true;
    for (const key of ['headers', 'parameters']) {
      const map = node[key];
      if (map && typeof map === 'object' && !Array.isArray(map) && Object.keys(map).some((k) => k.toLowerCase() === name)) return true;
    }
    if (typeof node.location === 'string' && node.location.toLowerCase().endsWith(`#/${name}`)) return true;
  }
  return false;
}

export default defineDesignRule({
  id: 'correlation-header-undocumented',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'The contracts document the correlation header the design propagates.',
  rationale:
    'Trace context only helps when every client sends and forwards it. A header the contract never mentions is left out of generated clients, dropped by gateways that allow-list headers, and forgotten by consumers of events.',
  fix: 'Declare the correlation header (e.g. `traceparent`) as a header parameter of the API’s operations, and as the `correlationId` location of event messages.',
  verify: 'A contract test sends a request with the header and finds its trace id in the service’s logs and spans.',
  references: ['W3C Trace Context, "traceparent header"', 'AsyncAPI 3.0, Correlation ID Object'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./openapi.yaml }\ntelemetry: { propagation: w3c, correlationHeader: traceparent }\n',
    good: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./traced.yaml }\ntelemetry: { propagation: w3c, correlationHeader: traceparent }\n',
    files: {
      'openapi.yaml':
        'openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK } }\n',
      'traced.yaml':
        'openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters:\n        - { name: traceparent, in: header, schema: { type: string } }\n      responses: { "200": { description: OK } }\n',
    },
  },
  check({ design, contracts, report }) {
    const header = design.telemetry?.correlationHeader;
    if (!header) return;
    for (const surface of [...design.api, ...design.events]) {
      if (!surface.contract) continue;
      const document = contracts.read(surface.contract);
      if (document === undefined || mentionsHeader(document, header)) continue;
      report({
        pointer: surface.contract.pointer,
        message: `contract "${surface.name}" never mentions the ${header} correlation header, so clients and gateways have no reason to carry it`,
        data: { contract: surface.contract.path, header },
      });
    }
  },
});
