import { named, mirror, type CheckCases } from './case.js';
import requestParameterBecameOptional from './request-parameter-became-optional.js';

export default {
  triggers: mirror(requestParameterBecameOptional.triggers, 'making a query parameter required breaks clients that omit it'),
  passes: named(requestParameterBecameOptional.triggers, 'making it optional is not the reverse'),
} satisfies CheckCases;
