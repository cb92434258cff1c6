import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'api-tag-removed',
  event: 'TagRemoved',
  level: 'info',
  description: 'An operation lost a tag.',
  rationale: 'Generated clients that group methods by tag may move the method to another class.',
  fix: 'Nothing to do unless clients are generated per tag.',
  applies: () => true,
  message: (e) => `tag "${e.tag}" was removed`,
  examples: {
    bad: { name: 'removing a tag is information', base: 'tags: [pets, store]', revision: 'tags: [pets]' },
    good: { name: 'adding one is not removing one', base: 'tags: [pets]', revision: 'tags: [pets, store]' },
  },
});
