import type { CheckCases } from './case.js';
import { inHeader } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a new value in a response header enum breaks clients that branch on it',
    base: inHeader('{ type: string, enum: [hit, miss] }'),
    revision: inHeader('{ type: string, enum: [hit, miss, stale] }'),
  },
  passes: {
    name: 'removing a header enum value narrows what clients see',
    base: inHeader('{ type: string, enum: [hit, miss] }'),
    revision: inHeader('{ type: string, enum: [hit] }'),
  },
} satisfies CheckCases;
