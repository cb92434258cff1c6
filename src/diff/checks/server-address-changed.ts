import { defineCheck } from '../check.js';
import { fromTo } from '../describe.js';

export default defineCheck({
  id: 'server-address-changed',
  event: 'ServerChanged',
  level: 'breaking',
  description: 'A server kept its name but changed its host, pathname, protocol or url.',
  rationale: 'Clients configured with the old address connect to nothing, or to a broker that speaks another protocol.',
  fix: 'Keep the old address serving (an alias, a listener on the old protocol) until clients have moved, and add the new one as another server.',
  applies: () => true,
  message: (e) => `${e.field} of server "${e.server}" changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'moving a named broker to another host strands clients configured with it',
      base: 'production: { host: broker.example.com, protocol: kafka }',
      revision: 'production: { host: kafka.example.com, protocol: kafka }',
    },
    good: { name: 'adding a second server beside the old one is not a move', base: '', revision: 'staging: { host: kafka.example.com, protocol: kafka }' },
  },
});
