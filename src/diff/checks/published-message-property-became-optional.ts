import { defineCheck } from '../check.js';
import { inMessage, where } from '../describe.js';
export default defineCheck({
  id: 'published-message-property-became-optional',
  event: 'RequiredRemoved',
  level: 'breaking',
  description: 'A property of a message the service sends is no longer always present.',
  rationale: 'Consumers rely on the property being there; messages without it break them.',
  fix: 'Keep sending the property; add a new optional one if the value can be missing.',
  applies: (e) => e.direction === 'response' && inMessage(e),
  message: (e) => `${where(e)}: "${e.name}" is no longer required`,
  examples: {
    bad: {
      name: 'a published property that may now be missing breaks consumers that rely on it',
      base: 'OrderPlaced: { payload: { type: object, required: [id], properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
    },
    good: {
      name: 'a consumer relaxing what it requires breaks no producer',
      base: 'OrderPlaced: { payload: { type: object, required: [id], properties: { id: { type: string } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { id: { type: string } } } }',
    },
  },
});
