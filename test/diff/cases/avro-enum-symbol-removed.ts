import type { CheckCases } from './case.js';
import { inAvroMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a consumer dropping an enum symbol cannot read records producers wrote with it',
    base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }]', 'receive'),
    revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED] } }]', 'receive'),
  },
  passes: {
    name: 'with an enum default the new reader maps the old symbol to it',
    base: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED, PAID] } }]', 'receive'),
    revision: inAvroMessage('[{ name: state, type: { type: enum, name: State, symbols: [PLACED], default: PLACED } }]', 'receive'),
  },
} satisfies CheckCases;
