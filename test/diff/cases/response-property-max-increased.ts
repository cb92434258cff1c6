import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxDecreased from './request-property-max-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxDecreased.passes, 'raising a response property maximum may overflow client types'),
  passes: mirror(requestPropertyMaxDecreased.triggers, 'raising a request property maximum is safe'),
} satisfies CheckCases;
