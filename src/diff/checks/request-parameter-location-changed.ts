import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-location-changed',
  event: 'ParameterLocationChanged',
  level: 'breaking',
  description: 'A request parameter moved to another location (query, header or cookie) under the same name.',
  rationale: 'Clients keep sending it where it was; the server now looks elsewhere and ignores it, or rejects the request when the new one is required.',
  fix: 'Accept the parameter in both places until clients have moved, then deprecate the old location with a Sunset date.',
  applies: () => true,
  message: (e) => `${where(e)} moved from the ${e.from} to the ${e.to}`,
  examples: {
    bad: {
      name: 'moving a query parameter into a header ignores what clients send',
      base: 'parameters: [{ name: filter, in: query, schema: { type: string } }]',
      revision: 'parameters: [{ name: filter, in: header, schema: { type: string } }]',
    },
    good: {
      name: 'a parameter that stays where it is and another that is added are not a move',
      base: 'parameters: [{ name: filter, in: query, schema: { type: string } }]',
      revision: 'parameters: [{ name: filter, in: query, schema: { type: string } }, { name: sort, in: header, schema: { type: string } }]',
    },
  },
});
