import { childAt, isObject } from '../../lint/helpers.js';
import { declaredResponse } from '../plan.js';
import { CORRELATION } from '../session.js';
import { answered } from '../shapes.js';
import type { Probe } from '../types.js';

/** The declared correlation header is echoed. */
const probe: Probe = {
  id: 'verify-correlation-echo',
  category: 'verify',
  severity: 'warn',
  description:
    'A correlation header the operation accepts and its response declares (X-Request-Id, X-Correlation-Id…) comes back with the value the client sent.',
  rationale:
    'The echo is what lets a client quote one id to support and find its request in the service’s logs and traces. A service that accepts the header but answers with a fresh id (or none) breaks that chain at the first hop. verify sends a unique value on every request so that an echo can be told from a constant.',
  fix: 'Read the header from the request (generate one only when it is absent), log under it, and copy it onto every response.',
  references: ['W3C Trace Context (traceparent) for the standard alternative', 'Zalando RESTful API Guidelines §233 "X-Flow-ID"'],
  examples: {
    bad: '# GET /tasks\n# x-request-id: archway-verify-7\nHTTP/1.1 200 OK\nx-request-id: 9b2e4c1f\n',
    good: '# GET /tasks\n# x-request-id: archway-verify-7\nHTTP/1.1 200 OK\nx-request-id: archway-verify-7\n',
  },
  inspect(exchange, ctx) {
    if (!answered(exchange)) return;
    const { op, status } = exchange;
    const response = declaredResponse(op, status);
    if (!response || !isObject(response.node.headers)) return;
    for (const name of Object.keys(response.node.headers)) {
      const sent = exchange.requestHeaders[name.toLowerCase()];
      if (!CORRELATION.test(name) || sent === undefined) continue;
      const echoed = exchange.headers[name.toLowerCase()];
      if (echoed === sent) continue;
      const at = childAt(response, 'headers', name);
      const header = ctx.plan.doc.deref(response.node.headers[name], at.file, at.pointer).node as Record<string, any>;
      // A mock answers with the contract's example value: it cannot echo, and that says nothing about the service.
      const mock = echoed !== undefined && (echoed === header?.example || echoed === header?.schema?.example);
      ctx.report(probe, {
        op,
        messageId: echoed === undefined ? 'missing' : mock ? 'example' : 'different',
        message:
          echoed === undefined
            ? `${op.name} answered ${status} without ${name}; the request sent ${sent}`
            : mock
              ? `${op.name} answered ${status} with the contract's example ${name} (${echoed}) instead of the ${sent} sent: a mock cannot echo`
              : `${op.name} answered ${status} with ${name}: ${echoed} instead of echoing ${sent}`,
        severity: mock ? 'info' : undefined,
        at,
        exchange,
        headers: [name],
        data: { status, header: name, sent, echoed: echoed ?? null },
      });
    }
  },
};

export default probe;
