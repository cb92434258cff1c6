import { named, type CheckCases } from './case.js';
import requestPropertyMinDecreased from './request-property-min-decreased.js';

export default {
  triggers: named(requestPropertyMinDecreased.passes, 'lowering a response property minimum may surprise clients'),
  passes: named(requestPropertyMinDecreased.triggers, 'lowering a request property minimum is safe'),
} satisfies CheckCases;
