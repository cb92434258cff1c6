import { defineCheck } from '../check.js';
import { inAvroMessage } from '../fixture.js';
export default defineCheck({
  id: 'avro-enum-symbol-added',
  event: 'AvroSymbolAdded',
  level: 'breaking',
  description: 'An Avro enum gained a symbol that readers of the old schema cannot resolve.',
  rationale: 'Under FORWARD (or FULL) compatibility consumers on the old schema meet the new symbol; without an enum default Avro fails to read the record.',
  fix: 'Declare an enum `default` in a release consumers take first, then add the symbol.',
  applies: (e) => e.breaks,
  message: (e) => `Avro enum at "${e.property}" of message "${e.messageName}" gained symbol ${e.symbol}, which breaks ${e.mode} compatibility`,
  fixtures: {
    triggers: { name: 'a producer adding an enum symbol breaks consumers whose enum has no default', base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }]'), revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED] } }]') },
    passes: { name: 'with an enum default old readers map the new symbol to it', base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID], default: PLACED } }]'), revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED], default: PLACED } }]') },
  },
});
