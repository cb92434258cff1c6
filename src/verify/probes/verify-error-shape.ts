import { childAt, isObject } from '../../lint/helpers.js';
import { collectionOf, declaredResponse } from '../plan.js';
import { isContractExample, isJsonMedia, itemId, mediaMatches, mediaType, PROVOKED } from '../shapes.js';
import type { Exchange, PlannedOperation, Plan, Probe, ProbeContext } from '../types.js';
import { invalidValue, unknownId } from '../values.js';

type Response = { node: Record<string, any>; at: Parameters<typeof childAt>[0]['at'] };

/** Provoked errors use the contract's error shape. */
const probe: Probe = {
  id: 'verify-error-shape',
  category: 'verify',
  severity: 'warn',
  description:
    'Errors verify provokes (400 from an invalid parameter, 401 without credentials, 404 for an unknown id; with --allow-writes 405 for an undeclared method and 415 for an unsupported media type) use the media type and schema the contract declares for errors.',
  rationale:
    'Clients handle errors in one place, by the contract’s error shape (problem details, or an envelope). A framework default (`{"error":"Not Found"}`, an HTML page from a proxy) for just the errors nobody tested sends them down a path that crashes or shows nothing useful. An undeclared error status is judged by the operation’s `default` response, else by the error response most of the contract uses.',
  fix: 'Route every error, including those raised by the framework (unknown route, wrong method, body parser), through one handler that writes the contract’s error shape.',
  references: ['RFC 9457 "Problem Details for HTTP APIs"', 'Schemathesis check `negative_data_rejection`'],
  examples: {
    bad: '# GET /tasks/archway-unknown-id (declared 404: application/problem+json)\nHTTP/1.1 404 Not Found\ncontent-type: application/json\n\n{"error":"not found"}\n',
    good: '# GET /tasks/archway-unknown-id\nHTTP/1.1 404 Not Found\ncontent-type: application/problem+json\n\n{"type":"about:blank","title":"Not Found","status":404}\n',
  },
  inspect(exchange, ctx) {
    const op = exchange.op;
    if (!op || !PROVOKED.has(exchange.purpose) || exchange.status === null || exchange.status < 400 || exchange.status >= 500) return;
    const shape = errorResponse(ctx.plan, op, exchange.status);
    if (!shape || !isObject(shape.node.content)) return;
    const declared = Object.keys(shape.node.content);
    const sent = mediaType(exchange.headers['content-type']);
    const key = declared.find((d) => mediaMatches(d, sent));
    if (key === undefined) {
      ctx.report(probe, {
        op,
        messageId: `media-${exchange.status}`,
        message: `${op.name} answered a provoked ${exchange.status} as ${sent || 'no media type'}; the contract's errors are ${declared.join(', ')}`,
        at: childAt(shape, 'content'),
        exchange,
        data: { status: exchange.status, sent, declared },
      });
      return;
    }
    const schema = shape.node.content[key]?.schema;
    if (schema === undefined || !isJsonMedia(sent)) return;
    const at = childAt(shape, 'content', key, 'schema');
    const error = exchange.json === undefined ? { path: '', message: 'is not JSON' } : ctx.validate({ node: schema, at }, exchange.json);
    if (!error) return;
    ctx.report(probe, {
      op,
      messageId: `schema-${exchange.status}`,
      message: `${op.name} answered a provoked ${exchange.status} whose body does not match the error schema: ${error.path === '' ? 'the body' : `the body at ${error.path}`} ${error.message}`,
      at,
      exchange,
      data: { status: exchange.status, path: error.path, error: error.message },
    });
  },
  async run(ctx) {
    for (const op of ctx.plan.operations.filter((o) => o.method === 'get')) {
      if (!(await invalidParameter(ctx, op)) || !(await unknownItem(ctx, op))) return;
    }
    if (ctx.allowWrites) await wrongMethodAndMedia(ctx);
  },
};

/** One request with a query parameter the schema plainly refuses; false when the budget is spent. */
async function invalidParameter(ctx: ProbeContext, op: PlannedOperation): Promise<boolean> {
  if (op.path.includes('{') && ctx.knownId(op) === undefined) return true;
  const parameter = op.info.parameters.find((p) => p.node.in === 'query' && invalidValue(ctx.plan.doc, p.node.schema ?? {}, p.at.file) !== undefined);
  if (!parameter) return true;
  const value = invalidValue(ctx.plan.doc, parameter.node.schema ?? {}, parameter.at.file)!;
  const exchange = await ctx.send(op, { purpose: 'invalid-param', query: { [parameter.node.name]: value } });
  if (!exchange) return false;
  if (exchange.status !== null && (exchange.status < 400 || exchange.status >= 500)) {
    ctx.report(probe, {
      op,
      messageId: exchange.status < 400 ? 'accepted-invalid' : 'server-error-invalid',
      message: `${op.name} answered ${exchange.status} to ${parameter.node.name}=${value}; an invalid parameter is refused with 400`,
      at: parameter.at,
      exchange,
      data: { status: exchange.status, parameter: parameter.node.name, value },
    });
  }
  return true;
}

/** An item read with an id nobody created: 404 in the error shape. */
async function unknownItem(ctx: ProbeContext, op: PlannedOperation): Promise<boolean> {
  const name = /\{([^}]+)\}$/.exec(op.path)?.[1];
  const parameter = name && op.info.parameters.find((p) => p.node.in === 'path' && p.node.name === name);
  if (!parameter || collectionOf(op.path) === undefined) return true;
  const id = unknownId(ctx.plan.doc, parameter.node.schema ?? {}, parameter.at.file);
  if (id === undefined) return true;
  const exchange = await ctx.send(op, { purpose: 'unknown-id', pathValues: { [name]: id } });
  if (!exchange) return false;
  if (exchange.status !== null && exchange.status < 300) {
    // A service that found the id answers about it; an answer that never mentions it comes from a mock or a catch-all.
    const mock = isContractExample(op, exchange) || !exchange.body.includes(id);
    ctx.report(probe, {
      op,
      messageId: 'unknown-found',
      message: mock
        ? `${op.name} answered ${exchange.status} for the unknown id ${id} with a body about something else (a mock?): 404 cannot be shown`
        : `${op.name} answered ${exchange.status} for the unknown id ${id}; an unknown id is a 404`,
      severity: mock ? 'info' : 'warn',
      exchange,
      data: { status: exchange.status, id },
    });
  }
  return true;
}

/** 405 for a method the path does not declare, 415 for a body in a media type the operation does not take. */
async function wrongMethodAndMedia(ctx: ProbeContext): Promise<void> {
  const paths = [...new Set(ctx.plan.operations.map((o) => o.path))].filter((p) => !p.includes('{'));
  for (const path of paths) {
    const declared = ctx.plan.operations.filter((o) => o.path === path);
    const method = ['patch', 'put', 'delete'].find((m) => !declared.some((o) => o.method === m));
    if (!method) continue;
    const exchange = await ctx.send(declared[0], { purpose: 'wrong-method', method });
    if (!exchange) return;
    expectError(ctx, declared[0], exchange, `${method.toUpperCase()} ${path}, a method the contract does not declare,`);
    break;
  }
  const create = ctx.plan.operations.find((o) => o.method === 'post' && isObject(o.info.node.requestBody));
  if (!create) return;
  const exchange = await ctx.send(create, { purpose: 'wrong-media-type', body: 'archway verify', contentType: 'text/plain' });
  if (!exchange) return;
  expectError(ctx, create, exchange, `${create.name} with a text/plain body`);
  // Accepted after all: whatever it created is deleted at the end like the rest.
  const id =
    exchange.status !== null && exchange.status < 300 ? (itemId(exchange.json) ?? exchange.headers.location?.split(/[?#]/)[0].split('/').pop()) : undefined;
  if (id) ctx.created(create.path, id);
}

function expectError(ctx: ProbeContext, op: PlannedOperation, exchange: Exchange, what: string): void {
  if (exchange.status === null || (exchange.status >= 400 && exchange.status < 500)) return;
  ctx.report(probe, {
    op,
    messageId: `not-refused-${exchange.purpose}`,
    message: `${what} answered ${exchange.status}; it is refused with ${exchange.purpose === 'wrong-method' ? 405 : 415}`,
    exchange,
    data: { status: exchange.status },
  });
}

/** The response that defines the error shape for a status: the operation's own, else the contract's usual error response. */
function errorResponse(plan: Plan, op: PlannedOperation, status: number): Response | undefined {
  const own = declaredResponse(op, status);
  if (own && isObject(own.node.content) && status >= 400) return own;
  return usualError(plan);
}

const usual = new WeakMap<Plan, Response | undefined>();

/** The 4xx response (by media types and schema) most operations declare. */
function usualError(plan: Plan): Response | undefined {
  if (usual.has(plan)) return usual.get(plan);
  const counts = new Map<string, { response: Response; count: number }>();
  for (const op of plan.operations) {
    for (const [code, response] of op.info.responses) {
      if (!/^4/.test(code) || !isObject(response.node.content)) continue;
      const key = JSON.stringify(Object.entries(response.node.content).map(([type, media]) => [type, (media as Record<string, unknown>)?.schema]));
      const entry = counts.get(key) ?? { response, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0]?.response;
  usual.set(plan, best);
  return best;
}

export default probe;
