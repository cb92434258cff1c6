import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'http-status-code-changed',
  event: 'BindingChanged',
  level: 'breaking',
  description: 'A message the service sends over HTTP changed its status code.',
  rationale: 'Clients that branch on the status code no longer recognise the message.',
  fix: 'Keep the status code, or send the message under a new one beside the old until clients handle it.',
  applies: (e) => e.binding === 'http' && e.field === 'statusCode' && e.direction === 'response',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a sent message answered with another status code breaks clients that branch on it',
      base: 'OrderPlaced: { payload: { type: object }, bindings: { http: { statusCode: 200 } } }',
      revision: 'OrderPlaced: { payload: { type: object }, bindings: { http: { statusCode: 201 } } }',
    },
    good: {
      name: 'the status code of a message the service receives is not its promise',
      base: 'OrderPlaced: { payload: { type: object }, bindings: { http: { statusCode: 200 } } }',
      revision: 'OrderPlaced: { payload: { type: object }, bindings: { http: { statusCode: 201 } } }',
    },
  },
});
