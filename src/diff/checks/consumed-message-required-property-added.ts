import { defineCheck } from '../check.js';
import { where } from '../describe.js';
export default defineCheck({
  id: 'consumed-message-required-property-added',
  event: 'PropertyAdded',
  level: 'breaking',
  description: 'A message the service receives gained a required property.',
  rationale: 'Producers do not send it yet, so every message they send is now invalid.',
  fix: 'Add the property as optional, have producers send it, then make it required.',
  applies: (e) => e.direction === 'request' && e.area === 'message-payload' && e.required,
  message: (e) => `${where(e)} was added as required`,
  examples: {
    bad: {
      name: 'requiring a new property of producers breaks every producer',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, required: [note], properties: { id: { type: string }, note: { type: string } } } }',
    },
    good: {
      name: 'adding it as optional breaks nobody',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string }, note: { type: string } } } }',
    },
  },
});
