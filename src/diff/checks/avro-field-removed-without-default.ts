import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'avro-field-removed-without-default',
  event: 'AvroFieldRemoved',
  level: 'breaking',
  description: 'An Avro field without a default was removed where readers of the old schema must read new data.',
  rationale:
    'Under FORWARD (or FULL) compatibility consumers still on the old schema meet records without the field; with no default in their schema deserialisation fails.',
  fix: 'Keep the field, or first release a schema that gives it a default, then remove it.',
  applies: (e) => e.breaks,
  message: (e) => `Avro field "${e.property}" of message "${e.messageName}" was removed although it had no default, which breaks ${e.mode} compatibility`,
  examples: {
    bad: {
      name: 'a producer dropping a field consumers have no default for breaks them (FORWARD)',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }, { name: note, type: string }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }] } } }",
    },
    good: {
      name: 'removing a field that had a default is forward compatible',
      base: 'OrderPlaced: { payload: { schemaFormat: \'application/vnd.apache.avro;version=1.9.0\', schema: { type: record, name: Order, fields: [{ name: id, type: string }, { name: note, type: string, default: "" }] } } }',
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }] } } }",
    },
  },
});
