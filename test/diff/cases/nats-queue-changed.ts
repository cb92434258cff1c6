import type { CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'joining another queue group delivers messages twice while both run',
    base: operationBindings('{ nats: { queue: billing } }', 'receive'),
    revision: operationBindings('{ nats: { queue: invoicing } }', 'receive'),
  },
  passes: {
    name: 'a new binding version in the same queue group is no change',
    base: operationBindings("{ nats: { queue: billing, bindingVersion: '0.1.0' } }"),
    revision: operationBindings("{ nats: { queue: billing, bindingVersion: '0.2.0' } }"),
  },
} satisfies CheckCases;
