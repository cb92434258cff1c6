import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'server-added',
  event: 'ServerAdded',
  level: 'info',
  description: 'A server URL was added.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `server ${e.url} was added`,
  fixtures: {
    triggers: {
      name: 'adding a server URL is information',
      base: oas(`
        servers: [{ url: 'https://api.example.com' }]
        paths: {}
      `),
      revision: oas(`
        servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]
        paths: {}
      `),
    },
    passes: {
      name: 'removing one is not adding one',
      base: oas(`
        servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]
        paths: {}
      `),
      revision: oas(`
        servers: [{ url: 'https://api.example.com' }]
        paths: {}
      `),
    },
  },
});
