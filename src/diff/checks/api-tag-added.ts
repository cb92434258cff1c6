import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-tag-added',
  event: 'TagAdded',
  level: 'info',
  description: 'An operation gained a tag.',
  rationale: 'Tags group operations in docs and generated clients; nothing on the wire changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `tag "${e.tag}" was added`,
  fixtures: {
    triggers: {
      name: 'adding a tag is information',
      base: oas(`
        paths:
          /pets:
            get:
              tags: [pets]
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              tags: [pets, store]
              responses: { '200': { description: ok } }
      `),
    },
    passes: {
      name: 'removing one is not adding one',
      base: oas(`
        paths:
          /pets:
            get:
              tags: [pets, store]
              responses: { '200': { description: ok } }
      `),
      revision: oas(`
        paths:
          /pets:
            get:
              tags: [pets]
              responses: { '200': { description: ok } }
      `),
    },
  },
});
