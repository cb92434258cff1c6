import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-enum-value-added',
  event: 'EnumValueAdded',
  level: 'info',
  description: 'A request body property accepts a new enum value.',
  rationale: 'Requests that were valid stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now accepts ${show(e.value)}`,
  fixtures: {
    triggers: { name: 'adding a value to a request enum is information', base: inRequest(withKind('{ type: string, enum: [cat] }')), revision: inRequest(withKind('{ type: string, enum: [cat, dog] }')) },
    passes: { name: 'the same addition in a response is judged by the response check', base: inResponse(withKind('{ type: string, enum: [cat] }')), revision: inResponse(withKind('{ type: string, enum: [cat, dog] }')) },
  },
});
