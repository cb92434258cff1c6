import { mirror, type CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const triggers = {
  name: 'adding a server URL is information',
  base: oas(`
    servers: [{ url: 'https://api.example.com' }]
    paths: {}
  `),
  revision: oas(`
    servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' }]
    paths: {}
  `),
};

export default { triggers, passes: mirror(triggers, 'removing one is not adding one') } satisfies CheckCases;
