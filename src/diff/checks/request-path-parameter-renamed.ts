import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-path-parameter-renamed',
  event: 'ParameterRenamed',
  level: 'info',
  description: 'A path parameter was renamed; the URL clients call is unchanged.',
  rationale: 'The wire format is the same, but generated clients rename an argument, which breaks code that passes it by name.',
  fix: 'Keep parameter names stable unless you also release new client libraries.',
  applies: (e) => e.area === 'path-parameter',
  message: (e) => `path parameter "${e.from}" was renamed to "${e.to}"`,
  examples: {
    bad: {
      name: 'renaming {id} to {petId} is the same operation, reported as information',
      base: '/pets/{id}:\n    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
      revision: '/pets/{petId}:\n    parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]',
    },
    good: { name: 'an unchanged path parameter is not reported', base: '', revision: '' },
  },
});
