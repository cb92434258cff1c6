import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-tag-added',
  event: 'TagAdded',
  level: 'info',
  description: 'An operation gained a tag.',
  rationale: 'Tags group operations in docs and generated clients; nothing on the wire changes.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `tag "${e.tag}" was added`,
  examples: {
    bad: { name: 'adding a tag is information', base: 'tags: [pets]', revision: 'tags: [pets, store]' },
    good: { name: 'removing one is not adding one', base: 'tags: [pets, store]', revision: 'tags: [pets]' },
  },
});
