import { words } from '../events.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** Words that say the service will call the URL (a webhook, a callback, a notification target). */
const CALLED = new Set([
  'webhook',
  'webhooks',
  'callback',
  'callbacks',
  'notify',
  'notification',
  'notifications',
  'hook',
  'hooks',
  'ping',
  'postback',
  'delivery',
]);
const URL_WORDS = new Set(['url', 'uri', 'endpoint']);

/**
 * The property is a URL the service will call: `webhookUrl`, `callback_uri`, or a bare `url` sent
 * to a webhook resource (`/hooks`, `/webhook_endpoints/{id}`, `/hooks/{id}/config`), not to an
 * endpoint that merely sits under one (`/webhooks/{id}/github` takes a GitHub payload).
 */
function calledUrl(name: string, path: string): boolean {
  const parts = words(name);
  if (!URL_WORDS.has(parts.at(-1) ?? '')) return false;
  if (parts.some((w) => CALLED.has(w))) return true;
  const literals = path.split('/').filter((s) => s !== '' && !s.includes('{'));
  const resource = literals.at(-1) === 'config' ? literals.at(-2) : literals.at(-1);
  return parts.length === 1 && words(resource ?? '').some((w) => CALLED.has(w));
}

/** A pattern that pins the scheme to https (`^https://`), or an enum/const that pins the whole value. */
const restricted = (node: Record<string, any>) =>
  node.enum !== undefined || node.const !== undefined || (typeof node.pattern === 'string' && /^\^?\(?https(\\?:|:)/.test(node.pattern));

export default defineLintRule({
  id: 'callback-url-restricted',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'URLs the service will call (webhook and callback URLs in request bodies) are restricted to https.',
  rationale:
    'A webhook or callback URL taken from a client is a request the server makes on the client’s behalf: without a restriction it can be `http://169.254.169.254/` (cloud metadata), `http://localhost:6379/` or an internal admin API — server-side request forgery. The contract is where the first restriction belongs: https only, and the server must still refuse private and link-local addresses.',
  fix: 'Add `pattern: "^https://"` (and `format: uri`, `maxLength`) to the URL property; resolve and refuse private, loopback and link-local addresses in the service.',
  references: ['OWASP API Security Top 10 2023, API7 "Server Side Request Forgery"', 'OWASP SSRF Prevention Cheat Sheet'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /subscriptions:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { webhookUrl: { type: string, format: uri } } } } } }\n      responses: { "201": { description: Created } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /subscriptions:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { webhookUrl: { type: string, format: uri, pattern: "^https://" } } } } } }\n      responses: { "201": { description: Created } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (ctx.direction !== 'request' || !ctx.operation || !ctx.name) return;
      // A parameter's own schema (`/webhook_endpoints/{webhook_endpoint}`) is an id, not a URL property.
      if (ctx.operation.parameters.some((p) => p.node.name === ctx.name && p.node.in !== 'body')) return;
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.includes('string') || restricted(node) || !calledUrl(ctx.name, ctx.operation.path)) return;
      report(ctx, {
        message: `${operationName(ctx.operation)} takes "${ctx.name}", a URL the service will call, without restricting it to https://`,
        data: { property: ctx.name },
      });
    },
  }),
});
