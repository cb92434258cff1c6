import { defineCheck } from '../check.js';
import { inMessage, show, where } from '../describe.js';
export default defineCheck({
  id: 'consumed-message-enum-value-removed',
  event: 'EnumValueRemoved',
  level: 'breaking',
  description: 'A property of a message the service receives no longer accepts one of its enum values.',
  rationale: 'Producers still send the value; those messages are now rejected or dead-lettered.',
  fix: 'Keep accepting the value until every producer has stopped sending it.',
  applies: (e) => e.direction === 'request' && inMessage(e),
  message: (e) => `${where(e)} no longer accepts ${show(e.value)}`,
  examples: {
    bad: {
      name: 'rejecting an enum value producers still send breaks them',
      base: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid] } } } }',
    },
    good: {
      name: 'a producer sending fewer values breaks no consumer',
      base: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } } }',
      revision: 'OrderPlaced: { payload: { type: object, properties: { state: { type: string, enum: [placed, paid] } } } }',
    },
  },
});
