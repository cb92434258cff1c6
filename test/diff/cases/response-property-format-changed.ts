import { mirror, type CheckCases } from './case.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';

export default {
  triggers: mirror(requestPropertyFormatChanged.passes, 'widening a response property from int32 to int64 overflows 32-bit clients'),
  passes: mirror(requestPropertyFormatChanged.triggers, 'the same widening in a request is safe'),
} satisfies CheckCases;
