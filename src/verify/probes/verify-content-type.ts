import { childAt, isObject } from '../../lint/helpers.js';
import { declaredResponse } from '../plan.js';
import { answered, mediaMatches, mediaType } from '../shapes.js';
import type { Probe } from '../types.js';

/** The media type sent is one the contract declares for that status. */
const probe: Probe = {
  id: 'verify-content-type',
  category: 'verify',
  severity: 'error',
  description: 'A response body comes with a Content-Type the contract declares for its status.',
  rationale:
    'Clients pick their parser by Content-Type: JSON sent as text/plain, or a problem document sent as text/html by a proxy, fails in the client’s deserialiser, not where it was caused. The declared media types are the promise.',
  fix: 'Set the Content-Type the contract declares (e.g. `application/json`, `application/problem+json`), or declare the one the service sends.',
  references: ['RFC 9110 §8.3 "Content-Type"', 'Schemathesis check `content_type_conformance`'],
  examples: {
    bad: '# declared: 200 application/json\n# GET /tasks/t_0001\nHTTP/1.1 200 OK\ncontent-type: text/plain\n\n{"id":"t_0001","title":"Write the report","done":false}\n',
    good: '# GET /tasks/t_0001\nHTTP/1.1 200 OK\ncontent-type: application/json; charset=utf-8\n\n{"id":"t_0001","title":"Write the report","done":false}\n',
  },
  inspect(exchange, ctx) {
    if (!answered(exchange) || exchange.body === '') return;
    const { op, status } = exchange;
    const response = declaredResponse(op, status);
    if (!response || !isObject(response.node.content) || Object.keys(response.node.content).length === 0) return;
    const declared = Object.keys(response.node.content);
    const sent = mediaType(exchange.headers['content-type']);
    if (declared.some((d) => mediaMatches(d, sent))) return;
    ctx.report(probe, {
      op,
      messageId: 'undeclared',
      message: `${op.name} answered ${status} as ${sent || 'no media type'}; the contract declares ${declared.join(', ')}`,
      at: childAt(response, 'content'),
      exchange,
      data: { status, sent, declared },
    });
  },
};

export default probe;
