import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'avro-field-added-without-default',
  event: 'AvroFieldAdded',
  level: 'breaking',
  description: 'An Avro field was added without a default where the compatibility mode needs readers of the new schema to read old data.',
  rationale:
    'Under BACKWARD (or FULL) compatibility a reader with the new schema meets records written without the field; with no default Avro cannot resolve them and deserialisation fails.',
  fix: 'Give the new field a default (often `null` with a `["null", …]` union).',
  applies: (e) => e.breaks,
  message: (e) => `Avro field "${e.property}" of message "${e.messageName}" was added without a default, which breaks ${e.mode} compatibility`,
  examples: {
    bad: {
      name: 'a consumer that adds a field without a default cannot read what producers already wrote (BACKWARD)',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }, { name: note, type: string }] } } }",
    },
    good: {
      name: 'the same field with a default reads old records',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: id, type: string }] } } }",
      revision:
        'OrderPlaced: { payload: { schemaFormat: \'application/vnd.apache.avro;version=1.9.0\', schema: { type: record, name: Order, fields: [{ name: id, type: string }, { name: note, type: string, default: "" }] } } }',
    },
  },
});
