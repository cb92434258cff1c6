import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'avro-enum-symbol-added',
  event: 'AvroSymbolAdded',
  level: 'breaking',
  description: 'An Avro enum gained a symbol that readers of the old schema cannot resolve.',
  rationale: 'Under FORWARD (or FULL) compatibility consumers on the old schema meet the new symbol; without an enum default Avro fails to read the record.',
  fix: 'Declare an enum `default` in a release consumers take first, then add the symbol.',
  applies: (e) => e.breaks,
  message: (e) => `Avro enum at "${e.property}" of message "${e.messageName}" gained symbol ${e.symbol}, which breaks ${e.mode} compatibility`,
  examples: {
    bad: {
      name: 'a producer adding an enum symbol breaks consumers whose enum has no default',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED] } }] } } }",
    },
    good: {
      name: 'with an enum default old readers map the new symbol to it',
      base: "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID], default: PLACED } }] } } }",
      revision:
        "OrderPlaced: { payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED], default: PLACED } }] } } }",
    },
  },
});
