import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';
import { inRequest, inResponse, withKind } from '../fixture.js';

export default defineCheck({
  id: 'response-property-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'breaking',
  description: 'A response property that returned one of a list of values may now return anything.',
  rationale: 'Clients map the property to an enum type or switch over its values; any other value breaks them.',
  fix: 'Keep the list and add values deliberately, each announced in advance.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} may now return any value (was ${showValues(e.values)})`,
  fixtures: {
    triggers: { name: 'lifting a response enum breaks clients that map it to an enum type', base: inResponse(withKind('{ type: string, enum: [small, large] }')), revision: inResponse(withKind('{ type: string }')) },
    passes: { name: 'lifting a request enum only accepts more', base: inRequest(withKind('{ type: string, enum: [small, large] }')), revision: inRequest(withKind('{ type: string }')) },
  },
});
