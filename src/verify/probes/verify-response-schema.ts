import { childAt } from '../../lint/helpers.js';
import { declaredResponse } from '../plan.js';
import { answered, isContractExample, isJsonMedia, mediaMatches, mediaType } from '../shapes.js';
import type { Probe } from '../types.js';

/** Responses match the schema the contract declares for their status and media type. */
const probe: Probe = {
  id: 'verify-response-schema',
  category: 'verify',
  severity: 'error',
  description: 'Every response to a valid request has a declared status, and its body matches the schema declared for that status and media type.',
  rationale:
    'Clients are generated from, and tested against, the contract: a field of another type, a missing required property or an undeclared status breaks them at run time, in production, where no contract test looked. The body is validated with ajv in the document’s own dialect (OpenAPI 3.1: JSON Schema 2020-12; 3.0: its draft-04 based Schema Object).',
  fix: 'Make the service send what the schema says, or correct the schema (and run `archway diff` to see who that breaks).',
  references: ['OpenAPI 3.1 §4.8.17 "Responses Object"', 'Schemathesis checks `response_schema_conformance`, `status_code_conformance`'],
  examples: {
    bad: '# schema: Task { id: string, title: string, done: boolean }\n# GET /tasks/t_0001\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"t_0001","title":"Write the report","done":"no"}\n',
    good: '# GET /tasks/t_0001\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"t_0001","title":"Write the report","done":false}\n',
  },
  inspect(exchange, ctx) {
    if (!answered(exchange) || exchange.method === 'HEAD') return;
    const { op, status } = exchange;
    const response = declaredResponse(op, status);
    if (!response) {
      // OpenAPI lets a contract leave error statuses out, and a redirect may be the network's; an undeclared success is a promise missing.
      const success = status < 300;
      ctx.report(probe, {
        op,
        messageId: 'undeclared-status',
        message: success
          ? `${op.name} answered ${status}, a status the contract does not declare`
          : `${op.name} answered ${status} to a request verify built as valid; the contract does not declare ${status}, so clients cannot know its shape`,
        severity: success ? 'warn' : 'info',
        at: childAt({ node: op.info.node, at: op.info.at }, 'responses'),
        exchange,
        data: { status },
      });
      return;
    }
    const content = response.node.content;
    const sent = mediaType(exchange.headers['content-type']);
    // An undeclared media type has no schema to judge by: verify-content-type reports it.
    const key = content && typeof content === 'object' ? Object.keys(content).find((k) => mediaMatches(k, sent)) : undefined;
    if (key === undefined || !isJsonMedia(sent) || content[key]?.schema === undefined || exchange.body === '') return;
    const at = childAt(response, 'content', key, 'schema');
    if (exchange.json === undefined) {
      ctx.report(probe, {
        op,
        messageId: 'not-json',
        message: `${op.name} answered ${status} as ${sent}, but the body is not JSON`,
        at,
        exchange,
        data: { status },
      });
      return;
    }
    const error = ctx.validate({ node: content[key].schema, at }, exchange.json);
    if (!error) return;
    const where = error.path === '' ? 'the body' : `the body at ${error.path}`;
    // A mock serves the contract's examples: then the contract contradicts itself, and that is what to fix.
    const own = isContractExample(op, exchange) ? " (the contract's own example)" : '';
    ctx.report(probe, {
      op,
      messageId: 'mismatch',
      message: `${op.name} answered ${status} with a body${own} that does not match its schema: ${where} ${error.message}`,
      at,
      exchange,
      data: { status, path: error.path, error: error.message },
    });
  },
};

export default probe;
