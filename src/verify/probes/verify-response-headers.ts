import { childAt, isObject } from '../../lint/helpers.js';
import { declaredResponse } from '../plan.js';
import { CORRELATION } from '../session.js';
import { answered } from '../shapes.js';
import type { Probe } from '../types.js';

/** Headers another probe judges more closely; reported there, once, rather than twice. */
const OWNED: Record<string, string> = {
  location: 'verify-created-location',
  'retry-after': 'verify-rate-limit',
  deprecation: 'verify-deprecation-headers',
  sunset: 'verify-deprecation-headers',
};

/** Headers the contract marks required are sent. */
const probe: Probe = {
  id: 'verify-response-headers',
  category: 'verify',
  severity: 'warn',
  description: 'Every response header the contract marks `required: true` for a status is sent with it.',
  rationale:
    'A required header is a promise clients build on (a rate-limit budget, an ETag for the next conditional update, a cache policy). When it is missing the client’s logic silently falls back, or breaks. Location, Retry-After, Deprecation, Sunset and correlation headers are judged by their own probes.',
  fix: 'Send the header on every response of that status, or drop `required: true` from the contract.',
  references: ['OpenAPI 3.1 §4.8.21 "Header Object"', 'Schemathesis check `response_headers_conformance`'],
  examples: {
    bad: '# declared: 200 headers: { RateLimit-Remaining: { required: true } }\n# GET /tasks\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"items":[],"next":null}\n',
    good: '# GET /tasks\nHTTP/1.1 200 OK\ncontent-type: application/json\nratelimit-remaining: 29\n\n{"items":[],"next":null}\n',
  },
  inspect(exchange, ctx) {
    if (!answered(exchange)) return;
    const { op, status } = exchange;
    const response = declaredResponse(op, status);
    if (!response || !isObject(response.node.headers)) return;
    for (const [name, raw] of Object.entries(response.node.headers)) {
      const lower = name.toLowerCase();
      if (lower === 'content-type' || OWNED[lower] || CORRELATION.test(name)) continue;
      const header = ctx.plan.doc.deref(raw, response.at.file, childAt(response, 'headers', name).pointer).node as Record<string, unknown>;
      if (!isObject(header) || header.required !== true || exchange.headers[lower] !== undefined) continue;
      ctx.report(probe, {
        op,
        messageId: `missing-${lower}`,
        message: `${op.name} answered ${status} without the required header ${name}`,
        at: childAt(response, 'headers', name),
        exchange,
        data: { status, header: name },
      });
    }
  },
};

export default probe;
