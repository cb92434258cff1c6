import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'request-property-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'info',
  description: 'A request body property no longer restricts its values to a list.',
  rationale: 'Every request that was valid stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} accepts any value now (was ${showValues(e.values)})`,
  fixtures: {
    triggers: { name: 'lifting a request enum is information', base: inRequest(withKind('{ type: string, enum: [small, large] }')), revision: inRequest(withKind('{ type: string }')) },
    passes: { name: 'lifting a response enum is judged by the response check', base: inResponse(withKind('{ type: string, enum: [small, large] }')), revision: inResponse(withKind('{ type: string }')) },
  },
});
