import type { CheckCases } from './case.js';
import { bindings2, channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'a WebSocket handshake that becomes a POST refuses clients that connect with GET',
  base: channelBindings('{ ws: { method: GET } }'),
  revision: channelBindings('{ ws: { method: POST } }'),
};

export default {
  triggers,
  passes: {
    name: 'stating the GET every handshake uses is no change',
    base: channelBindings('{ ws: { query: { type: object } } }'),
    revision: channelBindings('{ ws: { method: GET, query: { type: object } } }'),
  },
  more: [
    {
      name: 'AsyncAPI 2.6: the channel binding of a WebSocket handshake that becomes a POST',
      base: bindings2({ channel: '{ ws: { method: GET } }' }),
      revision: bindings2({ channel: '{ ws: { method: POST } }' }),
    },
    {
      name: 'a new binding version of the same handshake is no method change',
      base: channelBindings("{ ws: { method: GET, bindingVersion: '0.1.0' } }"),
      revision: channelBindings("{ ws: { method: GET, bindingVersion: '0.2.0' } }"),
    },
  ],
} satisfies CheckCases;
