import type { At } from '../../contracts/walk.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** Wording that says why an operation is public ("does not require any form of authentication", a presigned URL). */
const PUBLIC =
  /public|anonymous|unauthenticated|without (credentials|auth)|(not|never|n't)\s+require\s+(any\s+)?(form\s+of\s+)?(authentication|authorization|credentials|a\s+token)|no\s+(authentication|credentials)\s+(is\s+)?(required|needed)|pre-?signed/i;
/** OAuth 2.0 endpoints authenticate through their own parameters (RFC 6749 §3, RFC 7009). */
const OAUTH = /\/(oauth2?\/)?(authorize|token|revoke|introspect)(#\w+)?$/i;

export default defineLintRule({
  id: 'operation-security-defined',
  category: 'security',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description:
    'Every operation is authenticated, or explicitly public (`security: []`) with a stated reason ("does not require authentication", a presigned URL) or an OAuth 2.0 authorize, token or revoke endpoint.',
  rationale:
    'Authorization must hold on every access path. An operation with no security requirement at any level is open to anyone, usually by accident; a deliberate exception should say so.',
  fix: 'Add a top-level or operation `security` requirement; for a deliberately public operation, set `security: []` and explain why in its description.',
  references: ['OWASP API Security Top 10 2023, API2 and API5', 'OpenAPI 3.1 §4.8.30 "Security Requirement Object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nsecurity: [{ key: [] }]\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK } }\n  /health:\n    get:\n      description: Public so load balancers can probe it.\n      security: []\n      responses: { "200": { description: OK } }\ncomponents: { securitySchemes: { key: { type: http, scheme: bearer } } }\n',
  },
  create: ({ report }) => {
    // A document that declares no security anywhere has one problem, not one per operation.
    let unsecured: Array<{ at: At; name: string }> = [];
    let declaresSecurity = false;
    return {
      Document(node) {
        const components = node.components as Record<string, unknown> | undefined;
        declaresSecurity = node.security !== undefined || node.securityDefinitions !== undefined || components?.securitySchemes !== undefined;
        unsecured = [];
      },
      Operation(node, ctx) {
        const op = ctx.operation!;
        if (node.security !== undefined) declaresSecurity = true;
        if (op.security === undefined) unsecured.push({ at: ctx.at, name: operationName(op) });
        else if (
          Array.isArray(node.security) &&
          node.security.length === 0 &&
          !PUBLIC.test(`${node.description ?? ''} ${node.summary ?? ''}`) &&
          !OAUTH.test(op.path)
        ) {
          report(ctx, { messageId: 'public-unexplained', message: `${operationName(op)} is public (security: []) without saying why` });
        }
      },
      DocumentExit(_node, ctx) {
        if (declaresSecurity || unsecured.length < 2) {
          for (const { at, name } of unsecured)
            report({ at }, { messageId: 'missing', message: `${name} has no security requirement at operation or document level` });
          return;
        }
        report(
          { at: { file: ctx.at.file, pointer: '/paths' } },
          {
            messageId: 'undeclared',
            target: 'key',
            message: `the document declares no security at all: none of its ${unsecured.length} operations says how it is authenticated or that it is public`,
            data: { operations: unsecured.length, examples: unsecured.slice(0, 3).map((u) => u.name) },
          },
        );
      },
    };
  },
});
