import { named, mirror, type CheckCases } from './case.js';
import requestPropertyAdditionalPropertiesAllowed from './request-property-additional-properties-allowed.js';
import requestPropertyAdditionalPropertiesRestricted from './request-property-additional-properties-restricted.js';

export default {
  triggers: mirror(requestPropertyAdditionalPropertiesRestricted.passes, 'opening a closed response object may break strict clients'),
  passes: named(requestPropertyAdditionalPropertiesAllowed.triggers, 'opening a closed request object is safe'),
} satisfies CheckCases;
