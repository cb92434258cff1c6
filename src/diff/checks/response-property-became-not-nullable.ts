import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-became-not-nullable',
  event: 'NullableChanged',
  level: 'info',
  description: 'A response property is no longer null.',
  rationale: 'Clients handle a subset of what they handled.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body' && !e.to,
  message: (e) => `${where(e)} is never null now`,
  fixtures: {
    triggers: { name: 'a response property that is no longer null is information', base: inResponse(withKind('{ type: string, nullable: true }')), revision: inResponse(withKind('{ type: string }')) },
    passes: { name: 'becoming nullable is not the reverse', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, nullable: true }')) },
  },
});
