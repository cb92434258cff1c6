import { named, mirror, type CheckCases } from './case.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';

export default {
  triggers: named(requestPropertyFormatChanged.passes, 'narrowing a response property from int64 to int32 is information'),
  passes: mirror(requestPropertyFormatChanged.passes, 'widening is not a specialisation'),
} satisfies CheckCases;
