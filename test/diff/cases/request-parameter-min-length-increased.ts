import { named, mirror, type CheckCases } from './case.js';
import requestParameterMinLengthDecreased from './request-parameter-min-length-decreased.js';

export default {
  triggers: mirror(requestParameterMinLengthDecreased.triggers, 'raising minLength of a query parameter rejects short values'),
  passes: named(requestParameterMinLengthDecreased.triggers, 'lowering minLength accepts everything it did'),
} satisfies CheckCases;
