import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-became-nullable',
  event: 'NullableChanged',
  level: 'breaking',
  description: 'A response property may now be null.',
  rationale: 'Clients dereference the value without a null check and crash; typed clients fail to deserialise.',
  fix: 'Omit the property instead, or return null only to clients that opt in.',
  applies: (e) => e.area === 'response-body' && e.to,
  message: (e) => `${where(e)} may now be null`,
  fixtures: {
    triggers: { name: 'a response property that may become null breaks clients', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, nullable: true }')) },
    passes: { name: 'a request property that accepts null is safe', base: inRequest(withKind('{ type: string }')), revision: inRequest(withKind('{ type: string, nullable: true }')) },
  },
});
