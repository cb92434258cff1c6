import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-style-changed',
  event: 'ParameterStyleChanged',
  level: 'breaking',
  description: 'A request parameter is serialised differently (style or explode).',
  rationale: 'Clients keep writing the old form (tags=a&tags=b); the server parses the new one (tags=a,b) and misreads them.',
  fix: 'Keep the serialisation; add a new parameter if another form is needed.',
  applies: () => true,
  message: (e) => `${where(e)} serialisation changed from ${e.from} to ${e.to}`,
  examples: {
    bad: {
      name: 'switching an array query parameter from exploded to comma-separated misreads clients',
      base: 'parameters: [{ name: tags, in: query, schema: { type: array, items: { type: string } } }]',
      revision: 'parameters: [{ name: tags, in: query, explode: false, schema: { type: array, items: { type: string } } }]',
    },
    good: {
      name: 'spelling out the default style is not a change',
      base: 'parameters: [{ name: tags, in: query, schema: { type: array, items: { type: string } } }]',
      revision: 'parameters: [{ name: tags, in: query, style: form, explode: true, schema: { type: array, items: { type: string } } }]',
    },
  },
});
