import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'consumed-message-property-became-required',
  event: 'RequiredAdded',
  level: 'breaking',
  description: 'A property of a message the service receives became required.',
  rationale: 'Producers that omit it now send invalid messages.',
  fix: 'Have every producer send the property first, then require it.',
  applies: (e) => e.direction === 'request' && inMessage(e),
  message: (e) => `${where(e)}: "${e.name}" became required`,
  examples: {
    bad: {
      name: 'requiring a property producers may omit breaks them',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, required: [id], properties: { id: { type: string } } } }',
    },
    good: {
      name: 'a producer promising a property breaks no consumer',
      base: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, required: [id], properties: { id: { type: string } } } }',
    },
  },
});
