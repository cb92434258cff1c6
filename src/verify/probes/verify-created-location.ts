import { createOperations, idempotencyHeader } from '../creates.js';
import { itemOperation } from '../plan.js';
import { lastParameter } from '../session.js';
import { isContractExample, itemId } from '../shapes.js';
import type { Probe } from '../types.js';
import { requestBody } from '../values.js';

/** 201 carries Location, and it resolves to the created resource. Needs --allow-writes. */
const probe: Probe = {
  id: 'verify-created-location',
  category: 'verify',
  severity: 'warn',
  description:
    'With --allow-writes: a create that answers 201 sends a Location header, and a GET of that Location answers 2xx with the created resource. verify deletes it again when the contract offers a delete.',
  rationale:
    'Location is how a client finds what it just created without parsing the body or guessing URL templates; a Location that points nowhere (a wrong prefix, an internal host, the collection) sends every client that follows it into a 404.',
  fix: 'Answer 201 with `Location: <the item URL>` built from the same route table the item GET is served from.',
  references: ['RFC 9110 §15.3.2 "201 Created"', 'RFC 9110 §10.2.2 "Location"'],
  examples: {
    bad: '# POST /tasks {"title":"Write the report"}\nHTTP/1.1 201 Created\nlocation: /task/t_0026\n# GET /task/t_0026 → 404\n',
    good: '# POST /tasks {"title":"Write the report"}\nHTTP/1.1 201 Created\nlocation: /tasks/t_0026\n# GET /tasks/t_0026 → 200 {"id":"t_0026",…}\n',
  },
  async run(ctx) {
    if (!ctx.allowWrites) return;
    for (const op of createOperations(ctx)) {
      const body = requestBody(ctx.plan.doc, op);
      const created = await ctx.send(op, { purpose: 'valid', body, headers: idempotencyHeader(op) });
      if (!created || created.status !== 201) continue;
      const id = itemId(created.json);
      const location = created.headers.location;
      if (location === undefined) {
        if (id !== undefined) ctx.created(op.path, id);
        ctx.report(probe, { op, messageId: 'missing', message: `${op.name} answered 201 without Location`, exchange: created, headers: ['location'] });
        continue;
      }
      const fromLocation = decodeURIComponent(location.split(/[?#]/)[0].split('/').pop() ?? '');
      ctx.created(op.path, id ?? fromLocation);
      const item = itemOperation(ctx.plan, op.path, 'get') ?? op;
      const read = await ctx.send(item, { purpose: item === op ? 'unknown-id' : 'valid', url: location });
      if (!read) return;
      if (read.status === null) continue;
      const readId = itemId(read.json, item === op ? undefined : lastParameter(item.path));
      const elsewhere =
        (read.status >= 300 && read.status < 500) || (id !== undefined && readId !== undefined && readId !== id && !isContractExample(item, read));
      if (!elsewhere) continue;
      ctx.report(probe, {
        op,
        messageId: 'unresolved',
        message:
          read.status >= 300
            ? `${op.name} answered 201 with Location ${location}, which answers ${read.status}`
            : `${op.name} created ${id} but its Location ${location} shows ${readId}`,
        exchange: read,
        data: { location, status: read.status, created: id ?? null },
      });
    }
  },
};

export default probe;
