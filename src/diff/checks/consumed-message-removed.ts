import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'consumed-message-removed',
  event: 'MessageRemoved',
  level: 'breaking',
  removal: true,
  description: 'The service no longer accepts one of the messages producers send it.',
  rationale: 'Producers keep sending it; the consumer now rejects, dead-letters or silently drops those messages.',
  fix: 'Keep consuming the message until every producer named in archway.yaml has stopped sending it.',
  applies: (e) => e.direction === 'request',
  message: (e) => `${e.operation} no longer accepts message "${e.messageName}"`,
  fixtures: {
    triggers: {
      name: 'no longer consuming a message type breaks the producers that send it',
      base: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
      revision: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }),
    },
    passes: { name: 'a producer dropping a message type is another check', base: events({ messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }), revision: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }) },
  },
});
