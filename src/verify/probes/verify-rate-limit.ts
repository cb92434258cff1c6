import { childAt } from '../../lint/helpers.js';
import type { Probe } from '../types.js';

const SAFE = new Set(['get', 'head', 'options']);
/** Requests kept back from the burst for the cleanup. */
const RESERVE = 10;
/** The burst's size at most. */
const BURST = 100;

/** When the contract declares 429: exceeding the limit answers 429 with Retry-After. */
const probe: Probe = {
  id: 'verify-rate-limit',
  category: 'verify',
  severity: 'warn',
  description:
    'For the first operation that declares 429, a burst of valid requests (at most 100, within the budget) reaches a 429, and that 429 carries a Retry-After of delta-seconds or an HTTP date.',
  rationale:
    'A declared 429 promises clients a limit they can back off from. Without Retry-After they guess and retry at once, which turns a throttle into a retry storm. A limit not reached within the burst is reported as info: it may be higher, or counted per hour.',
  fix: 'Answer 429 with `Retry-After: <seconds>` (and RateLimit headers), from the gateway or the service.',
  references: ['RFC 6585 §4 "429 Too Many Requests"', 'RFC 9110 §10.2.3 "Retry-After"', 'IETF draft-ietf-httpapi-ratelimit-headers'],
  examples: {
    bad: '# GET /tasks, the 31st request within a minute\nHTTP/1.1 429 Too Many Requests\ncontent-type: application/problem+json\n\n{"title":"Too Many Requests","status":429}\n',
    good: '# GET /tasks, the 31st request within a minute\nHTTP/1.1 429 Too Many Requests\nretry-after: 42\ncontent-type: application/problem+json\n\n{"title":"Too Many Requests","status":429}\n',
  },
  async run(ctx) {
    const op = ctx.plan.operations.find((o) => o.info.responses.has('429') && (SAFE.has(o.method) || ctx.allowWrites) && !o.path.includes('{'));
    if (!op) return;
    const burst = Math.min(BURST, ctx.remaining() - RESERVE);
    let sent = 0;
    while (sent < burst) {
      const exchange = await ctx.send(op, { purpose: 'valid' });
      sent++;
      if (!exchange || exchange.status === null) return;
      if (exchange.status !== 429) continue;
      const retryAfter = exchange.headers['retry-after'];
      if (retryAfter !== undefined && (/^\d+$/.test(retryAfter.trim()) || !Number.isNaN(Date.parse(retryAfter)))) return;
      ctx.report(probe, {
        op,
        messageId: retryAfter === undefined ? 'no-retry-after' : 'bad-retry-after',
        message:
          retryAfter === undefined
            ? `${op.name} answered 429 after ${sent} requests without Retry-After`
            : `${op.name} answered 429 with Retry-After "${retryAfter}", neither seconds nor an HTTP date`,
        at: childAt({ node: op.info.responses.get('429')!.node, at: op.info.responses.get('429')!.at }, 'headers'),
        exchange,
        headers: ['retry-after'],
        data: { requests: sent },
      });
      return;
    }
    if (sent > 0) {
      ctx.report(probe, {
        op,
        messageId: 'not-reached',
        message: `${op.name} answered ${sent} requests in a row without 429; the limit it declares was not reached within the budget`,
        severity: 'info',
        data: { requests: sent },
      });
    }
  },
};

export default probe;
