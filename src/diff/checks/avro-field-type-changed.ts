import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'avro-field-type-changed',
  event: 'AvroTypeChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: 'An Avro field changed to a type the other side cannot resolve.',
  rationale:
    'Avro resolves only identical types and promotions (int → long → float → double, string ↔ bytes); any other change fails deserialisation for readers on the other schema.',
  fix: 'Add a new field with the new type (with a default) and deprecate the old one, or dual-publish on a new versioned channel.',
  applies: (e) => e.breaks,
  message: (e) => `Avro field "${e.property}" of message "${e.messageName}" changed from ${e.from} to ${e.to}, which breaks ${e.mode} compatibility`,
  examples: {
    bad: {
      name: 'a producer turning an int field into a string breaks consumers on the old schema',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: total, type: int }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: total, type: string }] } } }",
    },
    good: {
      name: 'a consumer widening int to long is a promotion Avro resolves (BACKWARD)',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: total, type: int }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: total, type: long }] } } }",
    },
  },
});
