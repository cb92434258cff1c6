import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'server-removed',
  event: 'ServerRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'A server URL was removed from the contract.',
  rationale: 'Clients configured with that base URL stop reaching the API.',
  fix: 'Keep the old URL working (a redirect or an alias) until clients have moved.',
  applies: () => true,
  message: (e) => `server ${e.url} was removed`,
  examples: {
    bad: {
      name: 'removing a server URL strands clients configured with it',
      base: "servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]",
      revision: "servers: [{ url: 'https://api.example.com' }]",
    },
    good: {
      name: 'adding a server is not removing one',
      base: "servers: [{ url: 'https://api.example.com' }]",
      revision: "servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]",
    },
  },
});
