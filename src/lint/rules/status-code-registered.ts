import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** IANA HTTP status code registry (RFC 9110 and its updates). */
const REGISTERED = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408,
  409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

export default defineLintRule({
  id: 'status-code-registered',
  category: 'status',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Response codes are registered HTTP status codes (or 1XX–5XX ranges, or default).',
  rationale:
    'Proxies, clients and monitoring understand registered codes. An invented code (499, 299) is handled as the generic class at best, and as a protocol error at worst.',
  fix: 'Use the registered code that means the same (e.g. 422 rather than 499), and put detail in the error body.',
  references: ['IANA "HTTP Status Code Registry"', 'RFC 9110 §15'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "499": { description: Client gone } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK }, "4XX": { description: Client error } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      for (const [code, response] of ctx.operation!.responses) {
        if (code === 'default' || /^[1-5]XX$/i.test(code) || REGISTERED.has(Number(code))) continue;
        report(ctx, { at: response.at, target: 'key', message: `${operationName(ctx.operation!)} uses unregistered status code ${code}` });
      }
    },
  }),
});
