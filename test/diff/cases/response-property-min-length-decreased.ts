import { named, type CheckCases } from './case.js';
import requestPropertyMinLengthDecreased from './request-property-min-length-decreased.js';

export default {
  triggers: named(requestPropertyMinLengthDecreased.passes, 'lowering minLength of a response property may surprise clients'),
  passes: named(requestPropertyMinLengthDecreased.triggers, 'lowering minLength of a request property is safe'),
} satisfies CheckCases;
