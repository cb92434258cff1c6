import { ENVELOPE_IDS, eventContract, messageFields } from '../event-contract.js';
import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'dedup-missing',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'At-least-once delivery comes with a deduplication key.',
  rationale:
    'At-least-once means duplicates: after a consumer crash or a publisher retry the same message arrives twice. Without a stable id to deduplicate on, consumers apply it twice (two shipments, two e-mails).',
  fix: 'Declare `dedupKey:` (e.g. the CloudEvents `id`) and have consumers record processed keys, or make the handling idempotent.',
  verify: 'A test delivers the same message twice and observes a single effect.',
  references: ['CloudEvents 1.0, "id" attribute', 'Kleppmann, "Designing Data-Intensive Applications", ch. 11 "Idempotence"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, outbox: true }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, outbox: true, dedupKey: id }\n',
  },
  check({ design, report, contracts }) {
    for (const dependency of design.dependencies) {
      if (dependency.delivery !== 'at-least-once' || dependency.idempotent) continue;
      const contract = eventContract(design, dependency.name, contracts);
      const carried = contract?.model.messages.map((m) => ({ key: m.key, fields: messageFields(m, contract.doc) }));
      if (dependency.dedupKey) {
        // A declared key must be a field every message carries, or consumers have nothing to deduplicate on.
        const lacking = carried?.filter((m) => !m.fields.has(dependency.dedupKey!)).map((m) => m.key) ?? [];
        if (lacking.length > 0) {
          report({
            pointer: `${dependency.pointer}/dedupKey`,
            message: `"${dependency.name}" deduplicates on "${dependency.dedupKey}", but ${lacking.map((k) => `"${k}"`).join(', ')} in ${contract!.file} carr${lacking.length === 1 ? 'ies' : 'y'} no such field`,
            data: { dependency: dependency.name, dedupKey: dependency.dedupKey, messages: lacking },
          });
        }
        continue;
      }
      // The event contract's envelope id (CloudEvents `id`) is a deduplication key when every message has one.
      if (carried?.length && carried.every((m) => ENVELOPE_IDS.some((id) => m.fields.has(id)))) continue;
      const role = dependency.direction === 'inbound' ? 'consumes' : 'publishes';
      report({
        pointer: dependency.pointer,
        message: `"${dependency.name}" ${role} at least once with no deduplication key, so duplicates are applied twice`,
        data: { dependency: dependency.name, direction: dependency.direction },
      });
    }
  },
});
