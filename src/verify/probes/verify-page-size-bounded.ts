import { isObject } from '../../lint/helpers.js';
import { listItems, PAGE_SIZE_PARAMS } from '../shapes.js';
import type { Probe } from '../types.js';

/** A page size above the declared maximum is refused with 400 or capped; the maximum itself is accepted. */
const probe: Probe = {
  id: 'verify-page-size-bounded',
  category: 'verify',
  severity: 'warn',
  description:
    'A list operation whose page-size parameter declares a `maximum` refuses maximum + 1 with a 4xx or answers with at most `maximum` items, and accepts the maximum itself.',
  rationale:
    'The maximum page size is what keeps one request from reading the whole table: a service that honours `limit=100000` turns one client’s loop into an outage. The boundary is tried from both sides, because a service that refuses its own maximum breaks clients that read the contract.',
  fix: 'Validate the page-size parameter against the declared maximum (refuse with 400, or clamp), and keep the contract’s `maximum` equal to the server’s.',
  references: ['Google AIP-158 "Pagination" (page_size)', 'Microsoft REST API Guidelines §9.8 "Server-driven paging"'],
  examples: {
    bad: '# limit: { type: integer, maximum: 20 }\n# GET /tasks?limit=21\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n{"items":[ …21 items… ],"next":null}\n',
    good: '# GET /tasks?limit=21\nHTTP/1.1 400 Bad Request\ncontent-type: application/problem+json\n\n{"title":"Bad Request","status":400,"detail":"limit must be at most 20"}\n',
  },
  async run(ctx) {
    for (const op of ctx.plan.operations) {
      if (op.method !== 'get' || op.path.includes('{')) continue;
      const parameter = op.info.parameters.find((p) => p.node.in === 'query' && PAGE_SIZE_PARAMS.test(p.node.name));
      const schema = parameter && ctx.plan.doc.deref(parameter.node.schema, parameter.at.file, `${parameter.at.pointer}/schema`).node;
      if (!parameter || !isObject(schema) || typeof schema.maximum !== 'number') continue;
      const max = schema.maximum;
      const name = parameter.node.name as string;
      const over = await ctx.send(op, { purpose: 'over-limit', query: { [name]: String(max + 1) } });
      if (!over) return;
      const count = listItems(over.json)?.length;
      if (over.status !== null && over.status < 300 && count !== undefined && count > max) {
        ctx.report(probe, {
          op,
          messageId: 'exceeded',
          message: `${op.name} answered ${name}=${max + 1} with ${count} items; the declared maximum is ${max}`,
          at: parameter.at,
          exchange: over,
          data: { parameter: name, maximum: max, sent: max + 1, items: count },
        });
      }
      const atMax = await ctx.send(op, { purpose: 'valid', query: { [name]: String(max) } });
      if (!atMax) return;
      if (atMax.status !== null && atMax.status >= 400 && atMax.status < 500 && atMax.status !== 429) {
        ctx.report(probe, {
          op,
          messageId: 'refused-maximum',
          message: `${op.name} refused ${name}=${max}, the declared maximum, with ${atMax.status}`,
          at: parameter.at,
          exchange: atMax,
          data: { parameter: name, maximum: max, status: atMax.status },
        });
      }
    }
  },
};

export default probe;
