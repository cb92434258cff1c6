import { mirror, type CheckCases } from './case.js';
import { events } from '../fixtures/build.js';
import consumedMessageAdded from './consumed-message-added.js';

export default {
  triggers: mirror(consumedMessageAdded.triggers, 'no longer consuming a message type breaks the producers that send it'),
  passes: {
    name: 'a producer dropping a message type is another check',
    base: events({ messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
    revision: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }),
  },
} satisfies CheckCases;
