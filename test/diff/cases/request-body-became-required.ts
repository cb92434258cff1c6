import { named, mirror, type CheckCases } from './case.js';
import requestBodyBecameOptional from './request-body-became-optional.js';

export default {
  triggers: mirror(requestBodyBecameOptional.triggers, 'making the request body required breaks clients that omit it'),
  passes: named(requestBodyBecameOptional.triggers, 'making it optional is not the reverse'),
} satisfies CheckCases;
