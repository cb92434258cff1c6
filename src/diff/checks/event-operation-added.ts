import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'event-operation-added',
  event: 'EventOperationAdded',
  level: 'info',
  description: 'The service started sending or receiving on a channel.',
  rationale: 'A new operation breaks nobody; it is listed so reviewers see who now depends on the channel.',
  fix: 'Nothing to fix; name its consumers or producers in archway.yaml.',
  applies: () => true,
  message: (e) => `${e.operation} was added`,
  fixtures: {
    triggers: { name: 'a new operation is reported for information', base: events({ noOperation: true }), revision: events({}) },
    passes: { name: 'an unchanged contract reports nothing', base: events({}), revision: events({}) },
  },
});
