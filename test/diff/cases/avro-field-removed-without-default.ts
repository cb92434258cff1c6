import type { CheckCases } from './case.js';
import { inAvroMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a producer dropping a field consumers have no default for breaks them (FORWARD)',
    base: inAvroMessage('[{ name: id, type: string }, { name: note, type: string }]'),
    revision: inAvroMessage('[{ name: id, type: string }]'),
  },
  passes: {
    name: 'removing a field that had a default is forward compatible',
    base: inAvroMessage('[{ name: id, type: string }, { name: note, type: string, default: "" }]'),
    revision: inAvroMessage('[{ name: id, type: string }]'),
  },
} satisfies CheckCases;
