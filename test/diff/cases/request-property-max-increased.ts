import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxDecreased from './request-property-max-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxDecreased.triggers, 'raising a request property maximum is information'),
  passes: mirror(requestPropertyMaxDecreased.passes, 'raising it in a response is judged by the response check'),
} satisfies CheckCases;
