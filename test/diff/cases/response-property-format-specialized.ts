import { named, mirror, type CheckCases } from './case.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';
import responsePropertyFormatChanged from './response-property-format-changed.js';

export default {
  triggers: named(requestPropertyFormatChanged.passes, 'narrowing a response property from int64 to int32 is information'),
  passes: mirror(requestPropertyFormatChanged.passes, 'widening is not a specialisation'),
  more: [mirror(responsePropertyFormatChanged.more[0], 'a response property that gains a format narrows what clients receive')],
} satisfies CheckCases;
