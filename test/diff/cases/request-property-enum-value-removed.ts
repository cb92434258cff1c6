import { mirror, type CheckCases } from './case.js';
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js';

export default {
  triggers: mirror(requestPropertyEnumValueAdded.triggers, 'removing an enum value from a request property breaks clients that send it'),
  passes: mirror(requestPropertyEnumValueAdded.passes, 'removing an enum value from a response property only narrows what clients receive'),
} satisfies CheckCases;
