import { rootAt } from '../async-peers.js';
import { documentValidator, schemaProblems } from '../async-schemas.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-schema',
  category: 'schema',
  severity: 'error',
  presets: ['strict'],
  formats: ['async'],
  description: 'The document is valid against the official AsyncAPI JSON Schema of its version (2.0 to 3.1), `$ref`s only where the specification allows them.',
  rationale:
    'A document the specification rejects is read differently by every tool: generators skip the invalid part or stop, documentation drops it, and other archway rules judge what they can read. A misspelt key (`payLoad`, `subscibe`) is silently ignored by lenient tools, so the message it was meant to describe goes undocumented.',
  fix: 'Correct the key or value the message names; move a `$ref` that is not allowed there into a place that accepts one (3.0: an operation’s `channel` and a channel’s `servers` must be `$ref`s).',
  references: [
    'AsyncAPI JSON Schemas (https://github.com/asyncapi/spec-json-schemas), vendored from @asyncapi/specs',
    'Spectral asyncapi-schema, asyncapi-3-document-resolved, asyncapi-3-document-unresolved; Redocly struct',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    mesages: {}\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders\n    messages: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      // Validated as written: a `$ref` stays a `$ref` (as the schema allows), and each node is judged where it is written.
      const validate = documentValidator(ctx.doc.version);
      if (!validate || validate(node)) return;
      const at = rootAt(ctx.doc);
      for (const problem of schemaProblems(validate.errors ?? [], node))
        report(ctx, {
          at: { file: at.file, pointer: problem.pointer },
          target: problem.key ? 'key' : 'value',
          messageId: problem.keyword,
          message: `${(problem.key ? problem.pointer.replace(/\/[^/]*$/, '') : problem.pointer) || 'the document'}: ${problem.message}`,
          data: { keyword: problem.keyword },
        });
    },
  }),
});
