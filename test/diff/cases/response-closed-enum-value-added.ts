import type { CheckCases } from './case.js';
import { inRequest, inResponse, oas, withKind } from '../fixtures/build.js';
import responsePropertyEnumValueAdded from './response-property-enum-value-added.js';

export default {
  triggers: {
    name: 'a new value in a response enum declared closed breaks clients that switch over it',
    base: inResponse(withKind('{ type: string, enum: [cat], x-extensible-enum: false }')),
    revision: inResponse(withKind('{ type: string, enum: [cat, dog], x-extensible-enum: false }')),
  },
  passes: {
    ...responsePropertyEnumValueAdded.triggers,
    name: 'the same addition to an enum not declared closed is a warning (response-property-enum-value-added)',
  },
  more: [
    {
      name: 'declared closed for the whole document in info',
      base: oas(`
        info: { title: fixture, version: '1', x-extensible-enum: false }
        paths: { /pets: { get: { responses: { '200': { description: ok, headers: { X-Cache: { schema: { type: string, enum: [hit] } } } } } } } }
      `).replace("info: { title: fixture, version: '1' }\n", ''),
      revision: oas(`
        info: { title: fixture, version: '1', x-extensible-enum: false }
        paths: { /pets: { get: { responses: { '200': { description: ok, headers: { X-Cache: { schema: { type: string, enum: [hit, miss] } } } } } } } }
      `).replace("info: { title: fixture, version: '1' }\n", ''),
    },
    {
      name: 'a value added to a closed enum of a request is no response break',
      base: inRequest(withKind('{ type: string, enum: [cat], x-extensible-enum: false }')),
      revision: inRequest(withKind('{ type: string, enum: [cat, dog], x-extensible-enum: false }')),
    },
  ],
} satisfies CheckCases;
