import type { CheckCases } from './case.js';
import { inAvroMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a consumer that adds a field without a default cannot read what producers already wrote (BACKWARD)',
    base: inAvroMessage('[{ name: id, type: string }]', 'receive'),
    revision: inAvroMessage('[{ name: id, type: string }, { name: note, type: string }]', 'receive'),
  },
  passes: {
    name: 'the same field with a default reads old records',
    base: inAvroMessage('[{ name: id, type: string }]', 'receive'),
    revision: inAvroMessage('[{ name: id, type: string }, { name: note, type: string, default: "" }]', 'receive'),
  },
} satisfies CheckCases;
