import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inMessage } from '../fixture.js';
export default defineCheck({
  id: 'consumed-message-required-property-added',
  event: 'PropertyAdded',
  level: 'breaking',
  description: 'A message the service receives gained a required property.',
  rationale: 'Producers do not send it yet, so every message they send is now invalid.',
  fix: 'Add the property as optional, have producers send it, then make it required.',
  applies: (e) => e.direction === 'request' && e.area === 'message-payload' && e.required,
  message: (e) => `${where(e)} was added as required`,
  fixtures: {
    triggers: { name: 'requiring a new property of producers breaks every producer', base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'), revision: inMessage('{ type: object, required: [note], properties: { id: { type: string }, note: { type: string } } }', 'receive') },
    passes: { name: 'adding it as optional breaks nobody', base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'), revision: inMessage('{ type: object, properties: { id: { type: string }, note: { type: string } } }', 'receive') },
  },
});
