import { isObject } from '../../lint/helpers.js';
import { itemOperation } from '../plan.js';
import { lastParameter } from '../session.js';
import { CURSOR_PARAMS, isContractExample, itemId, listItems, nextPage, PAGE_SIZE_PARAMS } from '../shapes.js';
import type { Exchange, PlannedOperation, Probe, ProbeContext } from '../types.js';

/** Pages a walk follows at most; a longer list is walked this far and said to be unfinished. */
const MAX_PAGES = 20;

/** Following next links or cursors visits each item once and ends. */
const probe: Probe = {
  id: 'verify-pagination-walk',
  category: 'verify',
  severity: 'error',
  description: 'Following a list’s `next` link or cursor from the first page visits each item once and ends with a page that has no next.',
  rationale:
    'Clients sync, export and reconcile by walking every page. A cursor that repeats an item double-counts, one that skips an item loses data silently, and one that never ends makes the client loop until its quota runs out. The walk uses the largest declared page size and follows at most 20 pages.',
  fix: 'Encode the position after the last item returned (a keyset cursor on a unique, ordered key) and omit `next` on the last page.',
  references: ['Google AIP-158 "Pagination"', 'RFC 8288 "Web Linking" (rel="next")'],
  examples: {
    bad: '# GET /tasks?limit=20 → items t_0001…t_0020, next: c20\n# GET /tasks?limit=20&cursor=c20\nHTTP/1.1 200 OK\n\n{"items":[{"id":"t_0020"}, …],"next":null}\n',
    good: '# GET /tasks?limit=20&cursor=c20\nHTTP/1.1 200 OK\n\n{"items":[{"id":"t_0021"}, …, {"id":"t_0025"}],"next":null}\n',
  },
  async run(ctx) {
    for (const op of ctx.plan.operations) {
      if (op.method !== 'get' || op.path.includes('{')) continue;
      const cursor = op.info.parameters.find((p) => p.node.in === 'query' && CURSOR_PARAMS.test(p.node.name));
      if (cursor || ctx.exchanges.some((e) => e.op === op && e.purpose === 'valid' && nextPage(e) !== null)) await walk(ctx, op, cursor?.node.name);
    }
  },
};

async function walk(ctx: ProbeContext, op: PlannedOperation, cursorName: string | undefined): Promise<void> {
  const size = pageSize(ctx, op);
  const item = itemOperation(ctx.plan, op.path, 'get');
  const parameter = item ? lastParameter(item.path) : undefined;
  const seen = new Map<string, number>();
  const followed = new Set<string>();
  let page = await ctx.send(op, { purpose: 'valid', query: size ? { [size.name]: size.value } : {} });
  for (let n = 1; page && page.status !== null && page.status < 300; n++) {
    const items = listItems(page.json);
    if (!items) return;
    if (n > 1 && isContractExample(op, page)) {
      report(ctx, op, page, 'example', `${op.name} answered page ${n} with the contract's example (a mock?): the walk shows nothing`, 'info', { page: n });
      return;
    }
    for (const entry of items) {
      const id = itemId(entry, parameter);
      if (id === undefined) continue;
      if (seen.has(id)) {
        report(ctx, op, page, 'duplicate', `${op.name} listed ${id} on page ${seen.get(id)} and again on page ${n}`, undefined, {
          id,
          pages: [seen.get(id), n],
        });
        return;
      }
      seen.set(id, n);
    }
    const next = nextPage(page);
    if (next === null) return;
    const token = next.link ?? next.cursor!;
    if (followed.has(token)) {
      report(ctx, op, page, 'loop', `${op.name} page ${n} points back to a page already visited (${token}): the walk never ends`, undefined, {
        page: n,
        next: token,
      });
      return;
    }
    if (n >= MAX_PAGES) {
      report(ctx, op, page, 'unfinished', `${op.name} still had a next page after ${MAX_PAGES} pages; the walk stopped there`, 'info', { pages: n });
      return;
    }
    if (next.cursor !== undefined && !cursorName) return;
    followed.add(token);
    const query: Record<string, string> = size ? { [size.name]: size.value } : {};
    page = next.link
      ? await ctx.send(op, { purpose: 'valid', url: next.link })
      : await ctx.send(op, { purpose: 'valid', query: { ...query, [cursorName!]: next.cursor! } });
  }
}

/** The largest page the contract allows (fewest requests), or its default. */
function pageSize(ctx: ProbeContext, op: PlannedOperation): { name: string; value: string } | undefined {
  const parameter = op.info.parameters.find((p) => p.node.in === 'query' && PAGE_SIZE_PARAMS.test(p.node.name));
  if (!parameter) return undefined;
  const schema = ctx.plan.doc.deref(parameter.node.schema, parameter.at.file, `${parameter.at.pointer}/schema`).node;
  if (!isObject(schema) || typeof schema.maximum !== 'number') return undefined;
  return { name: parameter.node.name, value: String(schema.maximum) };
}

function report(
  ctx: ProbeContext,
  op: PlannedOperation,
  exchange: Exchange,
  messageId: string,
  message: string,
  severity: 'info' | undefined,
  data: Record<string, unknown>,
) {
  ctx.report(probe, { op, messageId, message, exchange, severity, headers: ['link'], data });
}

export default probe;
