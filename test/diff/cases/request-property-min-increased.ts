import { mirror, type CheckCases } from './case.js';
import requestPropertyMinDecreased from './request-property-min-decreased.js';

export default {
  triggers: mirror(requestPropertyMinDecreased.triggers, 'raising a request property minimum rejects smaller values'),
  passes: mirror(requestPropertyMinDecreased.passes, 'raising a response property minimum is safe for clients'),
} satisfies CheckCases;
