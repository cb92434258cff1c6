import type { CheckCases } from './case.js';
import { inAvroMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a producer turning an int field into a string breaks consumers on the old schema',
    base: inAvroMessage('[{ name: total, type: int }]'),
    revision: inAvroMessage('[{ name: total, type: string }]'),
  },
  passes: {
    name: 'a consumer widening int to long is a promotion Avro resolves (BACKWARD)',
    base: inAvroMessage('[{ name: total, type: int }]', 'receive'),
    revision: inAvroMessage('[{ name: total, type: long }]', 'receive'),
  },
} satisfies CheckCases;
