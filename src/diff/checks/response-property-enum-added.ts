import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';
import { inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-enum-added',
  event: 'EnumConstraintAdded',
  level: 'info',
  description: 'A response property is now documented as one of a list of values.',
  rationale: 'Clients receive a subset of what they accepted before.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} now returns only ${showValues(e.values)}`,
  fixtures: {
    triggers: { name: 'documenting the values of a response property is information', base: inResponse(withKind('{ type: string }')), revision: inResponse(withKind('{ type: string, enum: [small, large] }')) },
    passes: { name: 'dropping a response enum is not a restriction', base: inResponse(withKind('{ type: string, enum: [small, large] }')), revision: inResponse(withKind('{ type: string }')) },
  },
});
