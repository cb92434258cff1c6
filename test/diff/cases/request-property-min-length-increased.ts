import { mirror, type CheckCases } from './case.js';
import requestPropertyMinLengthDecreased from './request-property-min-length-decreased.js';

export default {
  triggers: mirror(requestPropertyMinLengthDecreased.triggers, 'raising minLength of a request property rejects short values'),
  passes: mirror(requestPropertyMinLengthDecreased.passes, 'raising minLength of a response property is safe for clients'),
} satisfies CheckCases;
