import { childAt, isObject } from '../../lint/helpers.js';
import { declaredResponse } from '../plan.js';
import { answered, isContractExample, isJsonMedia, mediaMatches, mediaType } from '../shapes.js';
import type { ContractFile } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { getAtPointer } from '../../core/pointer.js';
import type { Plan, Probe, ProbeContext } from '../types.js';
import { sampleValue } from '../values.js';

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
    const error = responseError(ctx, { node: content[key].schema, at }, exchange.json);
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

/**
 * The first error of a response body, where `required` does not bind a writeOnly property
 * (OpenAPI 3.x Schema Object; ajv knows nothing of the keyword): each such property found
 * missing is filled in with a sample of its schema, and the body judged again.
 */
function responseError(ctx: ProbeContext, schema: { node: unknown; at: At }, body: unknown): { message: string; path: string } | undefined {
  let value = body;
  for (let round = 0; round < 20; round++) {
    const error = ctx.validate(schema, value);
    const missing = error && /^must have required property '(.+)'$/.exec(error.message)?.[1];
    const property = missing === undefined ? undefined : writeOnlyProperties(ctx.plan).get(missing);
    if (!error || !property) return error;
    value = structuredClone(value);
    const holder = getAtPointer(value, error.path) as Record<string, unknown>;
    holder[missing!] = sampleValue(ctx.plan.doc, property.schema, property.file);
  }
  return undefined;
}

const writeOnly = new WeakMap<Plan, Map<string, { schema: unknown; file: ContractFile }>>();

/** Properties the contract marks writeOnly anywhere, by name. */
function writeOnlyProperties(plan: Plan): Map<string, { schema: unknown; file: ContractFile }> {
  let found = writeOnly.get(plan);
  if (found) return found;
  found = new Map();
  for (const file of plan.doc.files.values()) {
    if (!file) continue;
    const stack: unknown[] = [file.root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (isObject(node)) {
        if (isObject(node.properties))
          for (const [name, property] of Object.entries(node.properties))
            if (isObject(property) && property.writeOnly === true) found.set(name, { schema: property, file });
        stack.push(...Object.values(node));
      }
    }
  }
  writeOnly.set(plan, found);
  return found;
}

export default probe;
