import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-removed',
  event: 'ParameterRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'A request parameter was removed.',
  rationale: 'Clients still send it; the server now ignores it (changing behaviour silently) or rejects the unknown parameter.',
  fix: 'Deprecate the parameter with a Sunset date first and keep honouring it until then.',
  applies: () => true,
  message: (e) => `${where(e)} was removed`,
  examples: {
    bad: {
      name: 'removing a query parameter changes what clients that send it get',
      base: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
      revision: 'parameters: []',
    },
    good: {
      name: 'removing a deprecated parameter after its sunset is not a warning',
      base: 'parameters: [{ name: limit, in: query, deprecated: true, schema: { type: integer } }]',
      revision: 'parameters: []',
    },
  },
});
