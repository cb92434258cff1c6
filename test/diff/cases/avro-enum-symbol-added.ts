import type { CheckCases } from './case.js';
import { inAvroMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a producer adding an enum symbol breaks consumers whose enum has no default',
    base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }]'),
    revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED] } }]'),
  },
  passes: {
    name: 'with an enum default old readers map the new symbol to it',
    base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID], default: PLACED } }]'),
    revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID, REFUNDED], default: PLACED } }]'),
  },
} satisfies CheckCases;
