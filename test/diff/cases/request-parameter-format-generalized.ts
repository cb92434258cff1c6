import { named, mirror, type CheckCases } from './case.js';
import requestParameterFormatChanged from './request-parameter-format-changed.js';

export default {
  triggers: named(requestParameterFormatChanged.passes, 'widening a query parameter from int32 to int64 is information'),
  passes: mirror(requestParameterFormatChanged.passes, 'narrowing int64 to int32 is not a generalisation'),
  more: [mirror(requestParameterFormatChanged.triggers, 'dropping the format of a query parameter accepts any string')],
} satisfies CheckCases;
