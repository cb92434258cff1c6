import { named, mirror, type CheckCases } from './case.js';
import requestPropertyMaxDecreased from './request-property-max-decreased.js';

export default {
  triggers: named(requestPropertyMaxDecreased.passes, 'lowering a response maximum is information'),
  passes: mirror(requestPropertyMaxDecreased.passes, 'raising it is not a decrease'),
} satisfies CheckCases;
