import { named, type CheckCases } from './case.js';
import requestPropertyPatternAdded from './request-property-pattern-added.js';
import requestPropertyPatternChanged from './request-property-pattern-changed.js';

export default {
  triggers: named(requestPropertyPatternChanged.passes, 'changing a response property pattern may break clients that parse the value'),
  passes: named(requestPropertyPatternAdded.passes, 'adding a pattern to a response only narrows what clients receive'),
} satisfies CheckCases;
