import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'published-message-added',
  event: 'MessageAdded',
  level: 'warn',
  description: 'The service sends a new message type on an existing operation.',
  rationale: 'Consumers of the channel receive a type they do not know; strict ones fail to deserialise it or dead-letter it.',
  fix: 'Make sure every consumer ignores unknown message types (or route the new type to a new channel) before sending it.',
  applies: (e) => e.direction === 'response',
  message: (e) => `${e.operation} now also sends message "${e.messageName}"`,
  fixtures: {
    triggers: { name: 'a new message type on a channel reaches consumers that may not know it', base: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }), revision: events({ messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }) },
    passes: {
      name: 'accepting a new message type breaks no producer',
      base: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }),
      revision: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
    },
  },
});
