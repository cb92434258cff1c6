import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inMessage } from '../fixture.js';
export default defineCheck({
  id: 'consumed-message-property-became-required',
  event: 'RequiredAdded',
  level: 'breaking',
  description: 'A property of a message the service receives became required.',
  rationale: 'Producers that omit it now send invalid messages.',
  fix: 'Have every producer send the property first, then require it.',
  applies: (e) => e.direction === 'request' && (e.area === 'message-payload' || e.area === 'message-header'),
  message: (e) => `${where(e)}: "${e.name}" became required`,
  fixtures: {
    triggers: { name: 'requiring a property producers may omit breaks them', base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'), revision: inMessage('{ type: object, required: [id], properties: { id: { type: string } } }', 'receive') },
    passes: { name: 'a producer promising a property breaks no consumer', base: inMessage('{ type: object, properties: { id: { type: string } } }'), revision: inMessage('{ type: object, required: [id], properties: { id: { type: string } } }') },
  },
});
