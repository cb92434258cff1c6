import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-enum-added',
  event: 'EnumConstraintAdded',
  level: 'breaking',
  description: 'A free request body property is restricted to a list of values.',
  rationale: 'Clients that send any other value are now rejected.',
  fix: 'Keep accepting other values during a transition.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now accepts only ${showValues(e.values)}`,
  fixtures: {
    triggers: { name: 'restricting a request property to a list rejects other values', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, enum: [small, large] }')) },
    passes: { name: 'restricting a response property only narrows what clients receive', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, enum: [small, large] }')) },
  },
});
