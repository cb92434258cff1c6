import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'message-schema-format-changed',
  event: 'MessageFormatChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: 'A message changed its schema format (JSON Schema to Avro, say).',
  rationale: 'Every consumer and producer decodes the bytes with the old format; none can read the new one in place.',
  fix: 'Publish the new format on a new versioned channel beside the old one, move consumers, then retire the old channel.',
  applies: () => true,
  message: (e) => `message "${e.messageName}" changed its schema format from ${e.from} to ${e.to}`,
  examples: {
    bad: {
      name: 'switching a message from JSON Schema to Avro breaks every reader',
      base: 'OrderPlaced: { payload: { type: object } }',
      revision: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [] } } }",
    },
    good: {
      name: 'declaring the default JSON schema format explicitly is not a change',
      base: 'OrderPlaced: { payload: { type: object } }',
      revision: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.aai.asyncapi+json;version=3.0.0', schema: { type: object } } }",
    },
  },
});
