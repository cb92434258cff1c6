import type { ErrorObject } from 'ajv';
import { getAtPointer } from '../../core/pointer.js';
import { oasVersion } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';
import { pathOf, structureErrors, structureValidator } from '../structure.js';

function message(error: ErrorObject): string {
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `property "${p.additionalProperty ?? p.unevaluatedProperty}" is not allowed here`;
    case 'required':
      return `required property "${p.missingProperty}" is missing`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${p.type}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

export default defineLintRule({
  id: 'document-structure',
  category: 'schema',
  severity: 'error',
  presets: ['strict'],
  description:
    'The document is a valid OpenAPI 2.0, 3.0 or 3.1 description: its root file validates against the OpenAPI Initiative’s JSON Schema for its version.',
  rationale:
    'A misplaced or misspelt field (`reponses`, `schema` beside `content`, `required: true` on a property) is silently ignored by most tools, and rejected by others: the API each tool sees differs from the one written.',
  fix: 'Correct the field as the message says: rename it, move it to the object it belongs to, or fix its type.',
  references: ['OpenAPI Initiative JSON Schemas (spec.openapis.org/oas)', 'spectral:oas oas3-schema, oas2-schema', 'Redocly struct'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { reponses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const validate = structureValidator(oasVersion(ctx.doc));
      if (validate(node)) return;
      for (const error of structureErrors(validate.errors ?? [])) {
        const pointer = pathOf(error);
        // A `$ref` where the schema wants the object itself is judged by what it resolves to, as the peers do: left alone here.
        const target = getAtPointer(node, error.instancePath);
        if (pointer.endsWith('/$ref') || (target !== null && typeof target === 'object' && '$ref' in target)) continue;
        report(ctx, {
          at: { file: ctx.at.file, pointer },
          target: error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' ? 'key' : undefined,
          message: message(error),
          messageId: error.keyword,
          data: { keyword: error.keyword },
        });
      }
    },
  }),
});
