import { defineCheck } from '../check.js';
export default defineCheck({
  id: 'channel-removed',
  event: 'ChannelRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'A channel was removed.',
  rationale: 'Services still publishing to or consuming from the address lose their messages or wait forever for new ones.',
  fix: 'Deprecate the channel with an `x-sunset` date, move producers and consumers off it, then remove it.',
  applies: () => true,
  message: (e) => `channel "${e.address}" was removed`,
  examples: {
    bad: { name: 'removing a channel that was not deprecated breaks whoever still uses it', base: 'audit: { address: orders.audit }', revision: '' },
    good: {
      name: 'removing a deprecated channel after its sunset is not breaking',
      base: "audit: { address: orders.audit, deprecated: true, x-sunset: '2025-01-01' }",
      revision: '',
    },
  },
});
