import { collectionOf } from '../plan.js';
import { lastParameter } from '../session.js';
import type { Exchange, PlannedOperation, Probe, ProbeContext } from '../types.js';

const SAFE = new Set(['get', 'head', 'options']);

/** Secured operations answer 401 without credentials and with malformed ones, and change nothing. */
const probe: Probe = {
  id: 'verify-auth-enforced',
  category: 'verify',
  severity: 'error',
  description:
    'Every secured operation answers 401 to a request without credentials and to one with malformed credentials; with --allow-writes, an unauthenticated delete leaves the resource in place.',
  rationale:
    'A route that forgot its auth middleware serves anyone, and no functional test notices because tests send credentials. Only a request without them shows it. 401 (with WWW-Authenticate) tells a client to authenticate; a 403 or 404 is reported as info, since some services hide resources on purpose.',
  fix: 'Put the operation behind the authentication the contract declares (a route-level guard that fails closed), or declare `security: []` if it is public on purpose.',
  references: ['RFC 9110 §15.5.2 "401 Unauthorized"', 'OWASP API Security Top 10 2023, API2 "Broken Authentication"', 'Schemathesis check `ignored_auth`'],
  examples: {
    bad: '# GET /tasks/t_0001, no Authorization header\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"t_0001","title":"Write the report","done":false}\n',
    good: '# GET /tasks/t_0001, no Authorization header\nHTTP/1.1 401 Unauthorized\nwww-authenticate: Bearer\ncontent-type: application/problem+json\n\n{"title":"Unauthorized","status":401}\n',
  },
  async run(ctx) {
    for (const op of ctx.plan.operations) {
      // A client certificate is negotiated below HTTP: verify cannot leave it out.
      if (op.credentials.length === 0 || op.credentials.every((c) => c.type === 'mutualTLS') || !SAFE.has(op.method)) continue;
      if (op.path.includes('{') && ctx.knownId(op) === undefined) continue;
      for (const auth of ['none', 'malformed'] as const) {
        const exchange = await ctx.send(op, { purpose: auth === 'none' ? 'no-auth' : 'bad-auth', auth });
        if (!exchange) return;
        judge(ctx, op, exchange, auth === 'none' ? 'without credentials' : 'with malformed credentials');
      }
    }
    if (ctx.allowWrites) await deleteWithoutCredentials(ctx);
  },
};

function judge(ctx: ProbeContext, op: PlannedOperation, exchange: Exchange, how: string): void {
  const status = exchange.status;
  if (status === 401 || status === null) return;
  const served = status < 400;
  ctx.report(probe, {
    op,
    messageId: served ? `served-${exchange.purpose}` : `status-${exchange.purpose}`,
    message: served ? `${op.name} answered ${status} ${how}` : `${op.name} answered ${status} ${how}; 401 tells the client to authenticate`,
    severity: served ? 'error' : status === 403 || status === 404 ? 'info' : 'warn',
    exchange,
    headers: ['www-authenticate'],
    data: { status, credentials: exchange.purpose === 'no-auth' ? 'none' : 'malformed' },
  });
}

/** With writes allowed: an unauthenticated DELETE of an item verify created must leave it readable. */
async function deleteWithoutCredentials(ctx: ProbeContext): Promise<void> {
  for (const remove of ctx.plan.operations) {
    const id = collectionOf(remove.path) === undefined ? undefined : ctx.createdIn(collectionOf(remove.path)!);
    if (remove.method !== 'delete' || remove.credentials.length === 0 || id === undefined) continue;
    const read = ctx.plan.operations.find((op) => op.method === 'get' && op.path === remove.path);
    if (!read) continue;
    const pathValues = { [lastParameter(remove.path)]: id };
    const attempt = await ctx.send(remove, { purpose: 'no-auth', auth: 'none', pathValues });
    if (!attempt) return;
    judge(ctx, remove, attempt, 'without credentials');
    const after = await ctx.send(read, { purpose: 'valid', pathValues });
    if (after && attempt.status !== null && attempt.status >= 400 && after.status === 404) {
      ctx.report(probe, {
        op: remove,
        messageId: 'deleted-anyway',
        message: `${remove.name} refused a request without credentials with ${attempt.status} but deleted the item anyway`,
        exchange: after,
        data: { status: attempt.status },
      });
    }
    return;
  }
}

export default probe;
