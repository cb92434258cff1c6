import { named, mirror, type CheckCases } from './case.js';
import { bindings2, channelBindings } from '../fixtures/build.js';
import requestOptionalParameterAdded from './request-optional-parameter-added.js';
import requestParameterRemoved from './request-parameter-removed.js';

export default {
  triggers: named(requestOptionalParameterAdded.passes, 'a new required query parameter breaks every existing call'),
  passes: mirror(requestParameterRemoved.triggers, 'a new optional query parameter breaks nobody'),
  more: [
    {
      name: 'AsyncAPI 3.0: a WebSocket handshake that requires a new query parameter refuses clients that connect as before',
      base: channelBindings('{ ws: { query: { type: object, properties: { since: { type: string } } } } }'),
      revision: channelBindings('{ ws: { query: { type: object, required: [token], properties: { since: { type: string }, token: { type: string } } } } }'),
    },
    {
      name: 'AsyncAPI 2.6: a WebSocket binding added with a required header refuses clients that connect as before',
      base: bindings2({}),
      revision: bindings2({ channel: '{ ws: { headers: { type: object, required: [X-Token], properties: { X-Token: { type: string } } } } }' }),
    },
  ],
} satisfies CheckCases;
