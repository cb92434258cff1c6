import type { Probe } from '../types.js';

/** No 5xx, and an answer at all, for a request the contract calls valid. */
const probe: Probe = {
  id: 'verify-not-server-error',
  category: 'verify',
  severity: 'error',
  description: 'A valid request gets an answer, and not a 5xx.',
  rationale:
    'A 5xx to a request the contract calls valid is a bug on the server side that clients cannot work around; a request that gets no answer within the timeout holds a client’s connection and thread until it gives up. Both are outages for the caller.',
  fix: 'Find the failing handler in the service’s logs (the evidence shows the request) and make it answer as the contract declares.',
  references: ['RFC 9110 §15.6 "Server Error 5xx"', 'Schemathesis check `not_a_server_error`'],
  examples: {
    bad: '# GET /tasks/t_0001 (valid id, valid credentials)\nHTTP/1.1 500 Internal Server Error\ncontent-type: application/problem+json\n\n{"title":"Internal Server Error","status":500}\n',
    good: '# GET /tasks/t_0001\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"t_0001","title":"Write the report","done":false}\n',
  },
  inspect(exchange, ctx) {
    const op = exchange.op;
    if (!op || exchange.purpose !== 'valid') return;
    if (exchange.status === null) {
      ctx.report(probe, {
        op,
        messageId: 'no-answer',
        message: `${op.name} gave no answer: ${exchange.failure}`,
        exchange,
        data: { failure: exchange.failure },
      });
    } else if (exchange.status >= 500) {
      ctx.report(probe, {
        op,
        messageId: 'server-error',
        message: `${op.name} answered ${exchange.status} to a valid request`,
        exchange,
        data: { status: exchange.status },
      });
    }
  },
};

export default probe;
