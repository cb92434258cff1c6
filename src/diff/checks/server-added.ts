import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'server-added',
  event: 'ServerAdded',
  level: 'info',
  description: 'A server URL was added.',
  rationale: 'Nothing existing changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `server ${e.url} was added`,
  examples: {
    bad: {
      name: 'adding a server URL is information',
      base: "servers: [{ url: 'https://api.example.com' }]",
      revision: "servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]",
    },
    good: {
      name: 'removing one is not adding one',
      base: "servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]",
      revision: "servers: [{ url: 'https://api.example.com' }]",
    },
  },
});
