import { mirror, type CheckCases } from './case.js';
import { inResponse } from '../fixtures/build.js';
import requestPropertyAdditionalPropertiesAllowed from './request-property-additional-properties-allowed.js';

export default {
  triggers: mirror(requestPropertyAdditionalPropertiesAllowed.triggers, 'forbidding additional properties in a request rejects clients that send extra fields'),
  passes: {
    name: 'forbidding them in a response is safe',
    base: inResponse('{ type: object, properties: { a: { type: string } } }'),
    revision: inResponse('{ type: object, properties: { a: { type: string } }, additionalProperties: false }'),
  },
} satisfies CheckCases;
