import { defineCheck } from '../check.js';
import { events, inMessage } from '../fixture.js';
export default defineCheck({
  id: 'channel-added',
  event: 'ChannelAdded',
  level: 'info',
  description: 'A channel was added.',
  rationale: 'A new address breaks nobody; it is listed so reviewers see the contract grow.',
  fix: 'Nothing to fix; document who publishes and who consumes on it.',
  applies: () => true,
  message: (e) => `channel "${e.address}" was added`,
  fixtures: {
    triggers: { name: 'a new channel is reported for information', base: events({}), revision: events({ moreChannels: '  audit: { address: orders.audit }' }) },
    passes: { name: 'an unchanged contract reports nothing', base: events({}), revision: events({}) },
  },
});
