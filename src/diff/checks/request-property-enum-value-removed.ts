import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-enum-value-removed',
  event: 'EnumValueRemoved',
  level: 'breaking',
  description: 'A request body property no longer accepts one of its enum values.',
  rationale: 'Clients that send the removed value are rejected.',
  fix: 'Keep accepting the value and map it on the server; deprecate it in the description.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} no longer accepts ${show(e.value)}`,
  fixtures: {
    triggers: { name: 'removing an enum value from a request property breaks clients that send it', base: inRequest(withKind('{ type: string, enum: [cat, dog] }')), revision: inRequest(withKind('{ type: string, enum: [cat] }')) },
    passes: { name: 'removing an enum value from a response property only narrows what clients receive', base: inResponse(withKind('{ type: string, enum: [cat, dog] }')), revision: inResponse(withKind('{ type: string, enum: [cat] }')) },
  },
});
