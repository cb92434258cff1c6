import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-enum-value-removed',
  event: 'EnumValueRemoved',
  level: 'breaking',
  description: 'A request parameter no longer accepts one of its enum values.',
  rationale: 'Clients that send the removed value get a 400 where they used to succeed.',
  fix: 'Keep accepting the value (map it to its replacement on the server) and deprecate it instead.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} no longer accepts ${show(e.value)}`,
  examples: {
    bad: {
      name: 'removing an enum value a client may send breaks it',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat, dog] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat] } }]',
    },
    good: {
      name: 'adding an enum value to a query parameter breaks nobody',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat, dog] } }]',
    },
  },
});
