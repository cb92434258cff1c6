import { defineCheck } from '../check.js';
import { oas } from '../fixture.js';

export default defineCheck({
  id: 'api-tag-removed',
  event: 'TagRemoved',
  level: 'info',
  description: 'An operation lost a tag.',
  rationale: 'Generated clients that group methods by tag may move the method to another class.',
  fix: 'Nothing to do unless clients are generated per tag.',
  applies: () => true,
  message: (e) => `tag "${e.tag}" was removed`,
  fixtures: {
    triggers: {
      name: 'removing a tag is information',
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
    passes: {
      name: 'adding one is not removing one',
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
  },
});
