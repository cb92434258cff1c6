import { named, mirror, type CheckCases } from './case.js';
import requestPropertyOneOfAdded from './request-property-one-of-added.js';

export default {
  triggers: mirror(requestPropertyOneOfAdded.triggers, 'removing a oneOf alternative from a request rejects clients that send it'),
  passes: named(requestPropertyOneOfAdded.triggers, 'adding an alternative is not removing one'),
} satisfies CheckCases;
