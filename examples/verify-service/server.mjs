// The tasks service `archway verify` is tested against: node:http only, state in memory.
// It keeps every promise openapi.yaml makes; each fault (named after the probe that catches it)
// breaks exactly one. Run it: `FAULTS=pagination-walk node examples/verify-service/server.mjs`.
import { createHash, randomUUID } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** One fault per probe: the promise each breaks. */
export const FAULTS = {
  'not-server-error': 'GET /tasks/{taskId} answers 500',
  'response-schema': 'tasks carry `done` as a string',
  'content-type': 'GET /tasks/{taskId} answers JSON as text/plain',
  'auth-enforced': 'GET /tasks/{taskId} serves requests without credentials',
  'error-shape': 'a 404 is {"error":"not found"} as application/json',
  'no-internal-leak': 'an invalid parameter’s 400 carries a stack trace',
  'page-size-bounded': 'limit above 20 is honoured, up to 100',
  'pagination-walk': 'the next page starts with the last item of the page before',
  'idempotent-replay': 'Idempotency-Key is ignored: every create creates',
  'created-location': 'Location names /task/{id}, which does not exist',
  'response-headers': 'GET /tasks omits RateLimit-Remaining',
  'correlation-echo': 'X-Request-Id is always a fresh one',
  'deprecation-headers': 'the deprecated operation sends no Deprecation or Sunset',
  'rate-limit': '429 without Retry-After',
};

const MAX_PAGE = 20;
const DEFAULT_PAGE = 10;
const SEEDED = 25;
const DEPRECATION = '@1767225600';
const SUNSET = 'Wed, 30 Jun 2027 23:59:59 GMT';

/**
 * Starts the service. `faults` names promises to break (keys of FAULTS); `rateLimit` GET /tasks
 * requests are allowed per `windowMs`. Resolves to its URL, the requests it received (method and
 * path, for tests that assert what a client sent) and `close()`.
 */
export async function start({ port = 0, host = '127.0.0.1', faults = [], token = 'verify-secret', rateLimit = 30, windowMs = 60_000 } = {}) {
  for (const fault of faults) if (!(fault in FAULTS)) throw new Error(`unknown fault "${fault}"; known: ${Object.keys(FAULTS).join(', ')}`);
  const broken = new Set(faults);
  const tasks = new Map();
  for (let n = 1; n <= SEEDED; n++) tasks.set(idOf(n), { id: idOf(n), title: `Task ${n}`, done: n % 3 === 0 });
  let nextNumber = SEEDED + 1;
  const keys = new Map();
  const received = [];
  let window = { start: Date.now(), count: 0 };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://service');
    received.push({ method: req.method, path: `${url.pathname}${url.search}` });
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && incoming.length <= 128 && !broken.has('correlation-echo') ? incoming : randomUUID();
    const send = (status, body, headers = {}, type = 'application/json') => {
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { 'x-request-id': requestId, ...(text ? { 'content-type': type } : {}), ...headers });
      res.end(text);
    };
    const problem = (status, title, detail, headers = {}) =>
      send(status, { type: 'about:blank', title, status, ...(detail ? { detail } : {}) }, headers, 'application/problem+json');
    const view = (task) => (broken.has('response-schema') ? { ...task, done: task.done ? 'yes' : 'no' } : task);
    const authorized = req.headers.authorization === `Bearer ${token}`;
    const unauthorized = () => problem(401, 'Unauthorized', 'Send a bearer token.', { 'www-authenticate': 'Bearer' });
    const notFound = () =>
      broken.has('error-shape') ? send(404, { error: 'not found' }) : problem(404, 'Not Found', `No task ${decodeURIComponent(url.pathname.split('/').pop())}.`);

    const path = url.pathname;
    const item = /^\/(legacy\/)?tasks\/([^/]+)$/.exec(path);
    if (path === '/tasks') {
      if (req.method === 'GET') {
        if (!authorized) return unauthorized();
        if (Date.now() - window.start >= windowMs) window = { start: Date.now(), count: 0 };
        if (++window.count > rateLimit) {
          const retry = String(Math.ceil((window.start + windowMs - Date.now()) / 1000));
          return problem(429, 'Too Many Requests', `At most ${rateLimit} list requests a minute.`, broken.has('rate-limit') ? {} : { 'retry-after': retry });
        }
        const max = broken.has('page-size-bounded') ? 100 : MAX_PAGE;
        const limitText = url.searchParams.get('limit') ?? String(DEFAULT_PAGE);
        const limit = /^\d+$/.test(limitText) ? Number(limitText) : NaN;
        if (!(limit >= 1 && limit <= max)) {
          const detail = broken.has('no-internal-leak')
            ? `TypeError: invalid limit "${limitText}"\n    at parseLimit (/srv/app/server.js:42:7)`
            : `limit must be an integer from 1 to ${MAX_PAGE}.`;
          return problem(400, 'Bad Request', detail);
        }
        const all = [...tasks.values()];
        const cursor = url.searchParams.get('cursor');
        let from = 0;
        if (cursor !== null) {
          const after = Buffer.from(cursor, 'base64url').toString();
          const index = all.findIndex((t) => t.id === after);
          if (index === -1) return problem(400, 'Bad Request', 'cursor is not one this service gave.');
          from = broken.has('pagination-walk') ? index : index + 1;
        }
        const page = all.slice(from, from + limit);
        const more = from + limit < all.length;
        const next = more ? Buffer.from(page[page.length - 1].id).toString('base64url') : null;
        const remaining = broken.has('response-headers') ? {} : { 'ratelimit-remaining': String(Math.max(0, rateLimit - window.count)) };
        return send(200, { items: page.map(view), next }, remaining);
      }
      if (req.method === 'POST') {
        if (!authorized) return unauthorized();
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return problem(415, 'Unsupported Media Type', 'Send application/json.');
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || key === '' || key.length > 255) return problem(400, 'Bad Request', 'Idempotency-Key is required.');
        const text = await readBody(req);
        let body;
        try {
          body = JSON.parse(text);
        } catch {
          return problem(400, 'Bad Request', 'The body is not JSON.');
        }
        const invalid = validateNewTask(body);
        if (invalid) return problem(400, 'Bad Request', invalid);
        const hash = createHash('sha256').update(text).digest('hex');
        const seen = broken.has('idempotent-replay') ? undefined : keys.get(key);
        if (seen && seen.hash !== hash) return problem(422, 'Unprocessable Content', 'This Idempotency-Key was used with another body.');
        if (seen) return send(201, seen.task, { location: seen.location });
        const task = { id: idOf(nextNumber++), title: body.title, done: body.done ?? false };
        tasks.set(task.id, task);
        const location = broken.has('created-location') ? `/task/${task.id}` : `/tasks/${task.id}`;
        keys.set(key, { hash, task: view(task), location });
        return send(201, view(task), { location });
      }
      return problem(405, 'Method Not Allowed', `${req.method} is not allowed here.`, { allow: 'GET, POST' });
    }
    if (item) {
      const [, legacy, id] = item;
      const methods = legacy ? ['GET'] : ['GET', 'DELETE'];
      if (!methods.includes(req.method)) return problem(405, 'Method Not Allowed', `${req.method} is not allowed here.`, { allow: methods.join(', ') });
      const open = req.method === 'GET' && !legacy && broken.has('auth-enforced');
      if (!authorized && !open) return unauthorized();
      const task = tasks.get(decodeURIComponent(id));
      if (!task) return notFound();
      if (req.method === 'DELETE') {
        tasks.delete(task.id);
        return send(204);
      }
      if (legacy) return send(200, view(task), broken.has('deprecation-headers') ? {} : { deprecation: DEPRECATION, sunset: SUNSET });
      if (broken.has('not-server-error')) return problem(500, 'Internal Server Error');
      if (broken.has('content-type')) return send(200, view(task), {}, 'text/plain');
      return send(200, view(task));
    }
    return problem(404, 'Not Found', `Nothing at ${path}.`);
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    received,
    /** How many tasks there are now: a run that cleans up leaves the seeded 25. */
    size: () => tasks.size,
    close: () => new Promise((done) => server.close(done)),
  };
}

function idOf(n) {
  return `t_${String(n).padStart(4, '0')}`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function validateNewTask(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'The body is an object.';
  const extra = Object.keys(body).find((k) => k !== 'title' && k !== 'done');
  if (extra) return `Unknown property ${extra}.`;
  if (typeof body.title !== 'string' || body.title.length < 1 || body.title.length > 200) return 'title is a string of 1 to 200 characters.';
  if (body.done !== undefined && typeof body.done !== 'boolean') return 'done is a boolean.';
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const faults = (process.env.FAULTS ?? '').split(',').filter(Boolean);
  const service = await start({ port: Number(process.env.PORT ?? 8080), faults, token: process.env.TOKEN ?? 'verify-secret' });
  console.log(`tasks service on ${service.url} (token: ${process.env.TOKEN ? '$TOKEN' : 'verify-secret'}; faults: ${faults.join(', ') || 'none'})`);
}
