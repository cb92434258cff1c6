import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'consumed-message-added',
  event: 'MessageAdded',
  level: 'info',
  description: 'The service accepts a new message type.',
  rationale: 'Accepting more breaks no producer; it is listed so reviewers see the contract grow.',
  fix: 'Nothing to fix; name the producers in archway.yaml.',
  applies: (e) => e.direction === 'request',
  message: (e) => `${e.operation} now also accepts message "${e.messageName}"`,
  fixtures: {
    triggers: {
      name: 'accepting a new message type is reported for information',
      base: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }),
      revision: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
    },
    passes: { name: 'an unchanged contract reports nothing', base: events({}), revision: events({}) },
  },
});
