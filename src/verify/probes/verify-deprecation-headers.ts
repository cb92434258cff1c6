import { answered } from '../shapes.js';
import type { Probe } from '../types.js';

/** Deprecated operations send Deprecation and Sunset. */
const probe: Probe = {
  id: 'verify-deprecation-headers',
  category: 'verify',
  severity: 'warn',
  description: 'An operation the contract marks `deprecated: true` answers with a Deprecation header (RFC 9745) and a Sunset header (RFC 8594).',
  rationale:
    '`deprecated: true` in a contract reaches the people who read it; the headers reach the running clients, whose owners may never read it again. Without them the first notice a client gets is the 410 after the sunset.',
  fix: 'Send `Deprecation: @<unix time>` and `Sunset: <HTTP date>` on every response of the deprecated operation (a gateway policy will do).',
  references: ['RFC 9745 "The Deprecation HTTP Response Header Field"', 'RFC 8594 "The Sunset HTTP Header Field"'],
  examples: {
    bad: '# GET /legacy/tasks/t_0001 (deprecated: true)\nHTTP/1.1 200 OK\ncontent-type: application/json\n',
    good: '# GET /legacy/tasks/t_0001 (deprecated: true)\nHTTP/1.1 200 OK\ncontent-type: application/json\ndeprecation: @1767225600\nsunset: Wed, 30 Jun 2027 23:59:59 GMT\n',
  },
  inspect(exchange, ctx) {
    if (!answered(exchange) || !exchange.op.deprecated || exchange.status >= 300) return;
    const { op, status } = exchange;
    const missing = ['Deprecation', 'Sunset'].filter((h) => exchange.headers[h.toLowerCase()] === undefined);
    if (missing.length === 0) return;
    ctx.report(probe, {
      op,
      messageId: `missing-${missing.join('-').toLowerCase()}`,
      message: `${op.name} is deprecated but answered ${status} without ${missing.join(' or ')}`,
      exchange,
      headers: ['deprecation', 'sunset'],
      data: { status, missing },
    });
  },
};

export default probe;
