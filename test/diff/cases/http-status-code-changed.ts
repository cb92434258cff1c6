import type { CheckCases } from './case.js';
import { messageBindings } from '../fixtures/build.js';

const triggers = {
  name: 'a sent message answered with another status code breaks clients that branch on it',
  base: messageBindings('{ http: { statusCode: 200 } }'),
  revision: messageBindings('{ http: { statusCode: 201 } }'),
};

export default {
  triggers,
  passes: {
    name: 'the status code of a message the service receives is not its promise',
    base: messageBindings('{ http: { statusCode: 200 } }', 'receive'),
    revision: messageBindings('{ http: { statusCode: 201 } }', 'receive'),
  },
  more: [
    {
      name: 'a new binding version of a message with the same status code is no change',
      base: messageBindings("{ http: { statusCode: 200, bindingVersion: '0.2.0' } }"),
      revision: messageBindings("{ http: { statusCode: 200, bindingVersion: '0.3.0' } }"),
    },
  ],
} satisfies CheckCases;
