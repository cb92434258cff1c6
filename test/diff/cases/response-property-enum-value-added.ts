import { named, type CheckCases } from './case.js';
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js';

export default {
  triggers: named(requestPropertyEnumValueAdded.passes, 'a new value in a response enum not declared closed warns: strict clients may not know it'),
  passes: named(requestPropertyEnumValueAdded.triggers, 'the same new value in a request is safe'),
} satisfies CheckCases;
