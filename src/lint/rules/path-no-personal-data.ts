import { words } from '../events.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** Word sequences that name personal data (GDPR Art. 4(1) identifiers people are found by). */
const PERSONAL = [
  ['email'],
  ['e', 'mail'],
  ['phone'],
  ['msisdn'],
  ['ssn'],
  ['social', 'security'],
  ['passport'],
  ['birthdate'],
  ['date', 'of', 'birth'],
  ['dob'],
];
/** A last word that makes the name an identifier of a record, not the datum (`email_id`, `phone_number_sid`). */
const IDENTIFIER = new Set([
  'id',
  'ids',
  'sid',
  'uuid',
  'key',
  'type',
  'template',
  'templates',
  'domain',
  'domains',
  'config',
  'verification',
  'setting',
  'settings',
]);

const includesRun = (list: string[], run: string[]) => list.some((_, i) => run.every((w, j) => list[i + j] === w));

/** The personal datum a path parameter carries, or undefined. */
function personalDatum(node: Record<string, any>): string | undefined {
  const name = words(String(node.name ?? ''));
  if (name.length > 0 && !IDENTIFIER.has(name.at(-1)!)) {
    const run = PERSONAL.find((p) => includesRun(name, p));
    if (run) return run.join(' ');
  }
  const format = node.schema?.format ?? node.format;
  return format === 'email' ? 'email' : undefined;
}

export default defineLintRule({
  id: 'path-no-personal-data',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Path parameters carry no personal data (email, phone number, social security number, date of birth).',
  rationale:
    'A path is written to access logs, proxy and CDN logs, analytics, browser history and Referer headers, none of which a privacy review covers. `/users/{email}` spreads the email to all of them and makes it the resource’s identity, so it cannot be changed or erased cleanly.',
  fix: 'Address the resource by an opaque id (`/users/{userId}`); look people up by email with a POST search whose body carries the email.',
  references: [
    'OWASP API Security Top 10 2023, API3 "Broken Object Property Level Authorization"',
    'GDPR Art. 5(1)(c) "data minimisation"',
    'OWASP ASVS 4.0, V8.3.1',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /users/{email}:\n    get:\n      parameters: [{ name: email, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /users/{userId}:\n    get:\n      parameters: [{ name: userId, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Parameter(node, ctx) {
      if (node.in !== 'path') return;
      const datum = personalDatum(node);
      if (datum)
        report(ctx, {
          message: `${operationName(ctx.operation!)} puts personal data (${datum}) in its path parameter "${node.name}"`,
          data: { parameter: node.name, datum },
        });
    },
  }),
});
