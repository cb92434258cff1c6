import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'ws-method-changed',
  event: 'BindingChanged',
  level: 'breaking',
  description: "A channel's WebSocket binding changed the HTTP method of its handshake.",
  rationale: 'Clients open the connection with the old method and the server refuses the handshake.',
  fix: 'Accept both methods during a transition, then drop the old one once clients have moved.',
  applies: (e) => e.binding === 'ws' && e.field === 'method',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a WebSocket handshake that becomes a POST refuses clients that connect with GET',
      base: 'bindings: { ws: { method: GET } }',
      revision: 'bindings: { ws: { method: POST } }',
    },
    good: {
      name: 'stating the GET every handshake uses is no change',
      base: 'bindings: { ws: { query: { type: object } } }',
      revision: 'bindings: { ws: { method: GET, query: { type: object } } }',
    },
  },
});
