import type { CheckCases } from './case.js';
import { messageBindings } from '../fixtures/build.js';

const triggers = {
  name: 'replies sent to another topic miss their requester',
  base: messageBindings('{ mqtt: { responseTopic: orders/replies } }'),
  revision: messageBindings('{ mqtt: { responseTopic: orders/replies/v2 } }'),
};

export default {
  triggers,
  passes: {
    name: 'a new binding version with the same response topic is no change',
    base: messageBindings("{ mqtt: { responseTopic: orders/replies, bindingVersion: '0.1.0' } }"),
    revision: messageBindings("{ mqtt: { responseTopic: orders/replies, bindingVersion: '0.2.0' } }"),
  },
} satisfies CheckCases;
