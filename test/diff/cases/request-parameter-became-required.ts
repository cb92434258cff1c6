import { named, mirror, type CheckCases } from './case.js';
import { channelBindings, operationBindings } from '../fixtures/build.js';
import requestParameterBecameOptional from './request-parameter-became-optional.js';

export default {
  triggers: mirror(requestParameterBecameOptional.triggers, 'making a query parameter required breaks clients that omit it'),
  passes: named(requestParameterBecameOptional.triggers, 'making it optional is not the reverse'),
  more: [
    {
      name: 'AsyncAPI 3.0: a WebSocket handshake header that becomes required (named in another case) refuses clients without it',
      base: channelBindings('{ ws: { headers: { type: object, properties: { X-Token: { type: string } } } } }'),
      revision: channelBindings('{ ws: { headers: { type: object, required: [x-token], properties: { x-token: { type: string } } } } }'),
    },
    {
      name: 'AsyncAPI 3.0: an HTTP binding query parameter that becomes required refuses clients without it',
      base: operationBindings('{ http: { method: GET, query: { type: object, properties: { cursor: { type: string } } } } }'),
      revision: operationBindings('{ http: { method: GET, query: { type: object, required: [cursor], properties: { cursor: { type: string } } } } }'),
    },
  ],
} satisfies CheckCases;
