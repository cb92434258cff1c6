import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'channel-added',
  event: 'ChannelAdded',
  level: 'info',
  description: 'A channel was added.',
  rationale: 'A new address breaks nobody; it is listed so reviewers see the contract grow.',
  fix: 'Nothing to fix; document who publishes and who consumes on it.',
  applies: () => true,
  message: (e) => `channel "${e.address}" was added`,
  examples: {
    bad: { name: 'a new channel is reported for information', base: '', revision: 'audit: { address: orders.audit }' },
    good: { name: 'an unchanged contract reports nothing', base: '', revision: '' },
  },
});
