import { named, type CheckCases } from './case.js';
import { inResponse, withKind } from '../fixtures/build.js';
import requestPropertyPatternAdded from './request-property-pattern-added.js';
import requestPropertyPatternChanged from './request-property-pattern-changed.js';

export default {
  triggers: named(requestPropertyPatternChanged.passes, 'changing a response property pattern may break clients that parse the value'),
  passes: named(requestPropertyPatternAdded.passes, 'adding a pattern to a response only narrows what clients receive'),
  more: [
    {
      name: 'boundary: a response pattern dropped widens what clients receive',
      base: inResponse(withKind('{ type: string, pattern: "^[a-z]+$" }')),
      revision: inResponse(withKind('{ type: string }')),
    },
  ],
} satisfies CheckCases;
