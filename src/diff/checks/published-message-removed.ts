import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'published-message-removed',
  event: 'MessageRemoved',
  level: 'breaking',
  removal: true,
  description: 'The service no longer sends one of the messages of an operation.',
  rationale: 'Consumers waiting for that message type never see it again; their workflows stall without an error.',
  fix: 'Deprecate the message with an `x-sunset` date, confirm its consumers have moved on, then stop sending it.',
  applies: (e) => e.direction === 'response',
  message: (e) => `${e.operation} no longer sends message "${e.messageName}"`,
  fixtures: {
    triggers: { name: 'no longer sending a message type breaks the consumers that wait for it', base: events({ messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }), revision: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }) },
    passes: {
      name: 'a consumer dropping a message type is another check',
      base: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
      revision: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }),
    },
  },
});
