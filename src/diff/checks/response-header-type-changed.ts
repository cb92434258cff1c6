import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-header-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A response header may now carry values of a type clients do not parse.',
  rationale: 'Clients parse the header as before (a number, a date); a value of another type breaks them.',
  fix: 'Send the new form in a new header and deprecate the old one.',
  applies: (e) => e.area === 'response-header' && !e.narrowed,
  // A change that is not a narrowing started from a stated type: any type narrows no type (any).
  message: (e) => `${where(e)} changed type from ${e.from.join('|')} to ${e.to.join('|') || 'any'}`,
  examples: {
    bad: {
      name: 'a rate-limit header that turns from integer to string breaks clients that parse it',
      base: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: string } } } } }",
    },
    good: {
      name: 'narrowing a header from number to integer is safe',
      base: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: number } } } } }",
      revision: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
    },
  },
});
