import type { CheckCases } from './case.js';
import { oas } from '../fixtures/build.js';

const withParameters = (parameters: string) =>
  oas(`
    paths:
      /pets:
        get:
          parameters: ${parameters}
          responses: { '200': { description: ok } }
  `);

export default {
  triggers: {
    name: 'moving a query parameter into a header ignores what clients send',
    base: withParameters('[{ name: filter, in: query, schema: { type: string } }]'),
    revision: withParameters('[{ name: filter, in: header, schema: { type: string } }]'),
  },
  passes: {
    name: 'a parameter that stays where it is and another that is added are not a move',
    base: withParameters('[{ name: filter, in: query, schema: { type: string } }]'),
    revision: withParameters('[{ name: filter, in: query, schema: { type: string } }, { name: sort, in: header, schema: { type: string } }]'),
  },
  more: [
    {
      name: 'a header matched case-insensitively that moves to the query, made required and narrowed, is one parameter compared',
      base: withParameters('[{ name: X-Filter, in: header, schema: { type: string } }]'),
      revision: withParameters('[{ name: x-filter, in: query, required: true, schema: { type: string, maxLength: 10 } }]'),
    },
  ],
} satisfies CheckCases;
