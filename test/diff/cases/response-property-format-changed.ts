import { mirror, type CheckCases } from './case.js';
import { inResponse, withKind } from '../fixtures/build.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';

export default {
  triggers: mirror(requestPropertyFormatChanged.passes, 'widening a response property from int32 to int64 overflows 32-bit clients'),
  passes: mirror(requestPropertyFormatChanged.triggers, 'the same widening in a request is safe'),
  more: [
    {
      name: 'a response property that drops its format may return any string',
      base: inResponse(withKind('{ type: string, format: uuid }')),
      revision: inResponse(withKind('{ type: string }')),
    },
  ],
} satisfies CheckCases;
