import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'avro-enum-symbol-removed',
  event: 'AvroSymbolRemoved',
  level: 'breaking',
  description: 'An Avro enum lost a symbol that data written with the old schema may still hold.',
  rationale: 'Under BACKWARD (or FULL) compatibility the new reader meets old records with the removed symbol; without an enum default it cannot read them.',
  fix: 'Keep the symbol, or give the enum a default before removing it.',
  applies: (e) => e.breaks,
  message: (e) => `Avro enum at "${e.property}" of message "${e.messageName}" lost symbol ${e.symbol}, which breaks ${e.mode} compatibility`,
  examples: {
    bad: {
      name: 'a consumer dropping an enum symbol cannot read records producers wrote with it',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED] } }] } } }",
    },
    good: {
      name: 'with an enum default the new reader maps the old symbol to it',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED], default: PLACED } }] } } }",
    },
  },
});
