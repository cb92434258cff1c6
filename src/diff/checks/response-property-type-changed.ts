import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-type-changed',
  event: 'TypeChanged',
  level: 'breaking',
  description: 'A response property may now hold values of a type clients do not expect.',
  rationale: 'Clients deserialise the property into the old type; a value of another type fails parsing or is misread.',
  fix: 'Return the new type in a new property and deprecate the old one.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `${where(e)} changed type from ${e.from.join('|') || 'any'} to ${e.to.join('|') || 'any'}`,
  fixtures: {
    triggers: { name: 'a response property that turns from integer to string breaks typed clients', base: inResponse(withKind('{ type: integer }')), revision: inResponse(withKind('{ type: string }')) },
    passes: { name: 'narrowing a response property from number to integer returns only values clients already accept', base: inResponse(withKind('{ type: number }')), revision: inResponse(withKind('{ type: integer }')) },
  },
});
