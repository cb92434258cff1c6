import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'server-removed',
  event: 'ServerRemoved',
  level: 'breaking',
  removal: true,
  description: 'A server URL was removed from the contract.',
  rationale: 'Clients configured with that base URL stop reaching the API.',
  fix: 'Keep the old URL working (a redirect or an alias) until clients have moved.',
  applies: () => true,
  message: (e) => `server ${e.url} was removed`,
  fixtures: {
    triggers: {
      name: 'removing a server URL strands clients configured with it',
      base: oas(`
        servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]
        paths: {}
      `),
      revision: oas(`
        servers: [{ url: 'https://api.example.com' }]
        paths: {}
      `),
    },
    passes: {
      name: 'adding a server is not removing one',
      base: oas(`
        servers: [{ url: 'https://api.example.com' }]
        paths: {}
      `),
      revision: oas(`
        servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]
        paths: {}
      `),
    },
  },
});
