import { defineCheck } from '../check.js';
import { inMessage, show, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-enum-value-added',
  event: 'EnumValueAdded',
  level: 'warn',
  description: 'A property of a message the service sends may carry a new enum value.',
  rationale: 'Strict consumers (generated enums, exhaustive switches) fail on a value they do not know; tolerant ones are fine.',
  fix: 'Check that consumers handle unknown values (or give them a default) before sending the new value.',
  applies: (e) => e.direction === 'response' && inMessage(e),
  message: (e) => `${where(e)} may now carry ${show(e.value)}`,
  examples: {
    bad: {
      name: 'a new enum value in a published event can break strict consumers',
      base: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid] } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } } }',
    },
    good: {
      name: 'a consumer accepting one more value breaks no producer',
      base: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid] } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } } }',
    },
  },
});
