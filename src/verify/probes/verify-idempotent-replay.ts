import { createOperations, idempotencyHeader } from '../creates.js';
import { isContractExample, itemId } from '../shapes.js';
import type { Exchange, PlannedOperation, Probe, ProbeContext } from '../types.js';
import { otherValue, requestBody } from '../values.js';

/** The same Idempotency-Key replays the first response; with another body, 422 (or the declared conflict status). Needs --allow-writes. */
const probe: Probe = {
  id: 'verify-idempotent-replay',
  category: 'verify',
  severity: 'error',
  description:
    'With --allow-writes: a create that takes an Idempotency-Key answers a retry with the same key and body as it answered the first request (same status, same resource, no second one), and refuses the same key with another body with 422 or the conflict status it declares.',
  rationale:
    'Clients retry a create after a timeout because they cannot know whether it happened. The key is what makes that retry safe: if the service ignores it, every timeout becomes a duplicate order or a double charge; if it replays a different body’s result, the client believes a request succeeded that was never processed.',
  fix: 'Store the first response under the key (with a hash of the body) for the retention period; replay it for the same body and answer 422 for another.',
  references: ['IETF draft-ietf-httpapi-idempotency-key-header', 'Stripe API "Idempotent requests"'],
  examples: {
    bad: '# POST /tasks, Idempotency-Key: k1, {"title":"Write the report"} → 201 {"id":"t_0026"}\n# the same again\nHTTP/1.1 201 Created\n\n{"id":"t_0027","title":"Write the report","done":false}\n',
    good: '# the same again\nHTTP/1.1 201 Created\n\n{"id":"t_0026","title":"Write the report","done":false}\n# POST /tasks, Idempotency-Key: k1, {"title":"Write the reporx"} → 422\n',
  },
  async run(ctx) {
    if (!ctx.allowWrites) return;
    for (const op of createOperations(ctx)) {
      const headers = idempotencyHeader(op);
      if (Object.keys(headers).length === 0) continue;
      const body = requestBody(ctx.plan.doc, op);
      const first = await ctx.send(op, { purpose: 'valid', body, headers });
      if (!first || first.status === null || first.status >= 300) continue;
      const id = remember(ctx, op, first);
      const replay = await ctx.send(op, { purpose: 'valid', body, headers });
      if (!replay || replay.status === null) continue;
      const replayId = remember(ctx, op, replay);
      if (replay.status !== first.status || (id !== undefined && replayId !== undefined && replayId !== id)) {
        ctx.report(probe, {
          op,
          messageId: 'not-replayed',
          message:
            replayId !== id && replayId !== undefined
              ? `${op.name} created ${replayId} for a retry with the same Idempotency-Key and body; the first request created ${id}`
              : `${op.name} answered ${replay.status} to a retry with the same Idempotency-Key and body; the first answer was ${first.status}`,
          exchange: replay,
          headers: ['location'],
          data: { first: { status: first.status, id: id ?? null }, replay: { status: replay.status, id: replayId ?? null } },
        });
      }
      const conflict = await ctx.send(op, { purpose: 'conflict', body: otherValue(body), headers });
      if (!conflict || conflict.status === null) continue;
      const expected: string[] = [...op.info.responses.keys()].filter((code) => code === '409' || code === '422');
      if (conflict.status >= 400 && conflict.status < 500 && (expected.length === 0 || expected.includes(String(conflict.status)))) continue;
      remember(ctx, op, conflict);
      // A mock answers every create with its example: it cannot know the key was used.
      const mock = conflict.status < 300 && isContractExample(op, conflict);
      ctx.report(probe, {
        op,
        messageId: mock ? 'example' : 'conflict-accepted',
        message: mock
          ? `${op.name} answered the reused Idempotency-Key with another body with the contract's example (a mock?): the replay cannot be shown`
          : `${op.name} answered ${conflict.status} to the same Idempotency-Key with another body; expected ${expected.join(' or ') || '422'}`,
        severity: mock ? 'info' : undefined,
        exchange: conflict,
        data: { status: conflict.status, expected: expected.length > 0 ? expected.map(Number) : [422] },
      });
    }
  },
};

/** The id a create answered with, recorded for the cleanup. */
function remember(ctx: ProbeContext, op: PlannedOperation, exchange: Exchange): string | undefined {
  if (exchange.status === null || exchange.status >= 300) return undefined;
  const id = itemId(exchange.json) ?? exchange.headers.location?.split(/[?#]/)[0].split('/').pop();
  if (id !== undefined && ctx.createdIn(op.path) !== id) ctx.created(op.path, id);
  return id;
}

export default probe;
