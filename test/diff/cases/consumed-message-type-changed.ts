import type { CheckCases } from './case.js';
import { inMessage, messageBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a consumer that stops accepting integers breaks producers sending them',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { total: { type: string } } }', 'receive'),
  },
  passes: {
    name: 'widening what a consumer accepts breaks no producer',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { total: { type: number } } }', 'receive'),
  },
  more: [
    {
      name: 'AsyncAPI 3.0: a received message whose Kafka key stops accepting strings breaks producers keying by string',
      base: messageBindings('{ kafka: { key: { type: string } } }', 'receive'),
      revision: messageBindings('{ kafka: { key: { type: integer } } }', 'receive'),
    },
    {
      name: 'AsyncAPI 3.0: narrowing the Kafka key of a message the service sends breaks no consumer',
      base: messageBindings('{ kafka: { key: { type: string } } }'),
      revision: messageBindings('{ kafka: { key: { type: string, enum: [eu, us] } } }'),
    },
    {
      name: 'types that share only string (integer|string to boolean|string)',
      base: inMessage('{ type: object, properties: { total: { type: [integer, string] } } }', 'receive'),
      revision: inMessage('{ type: object, properties: { total: { type: [boolean, string] } } }', 'receive'),
    },
    {
      name: 'a received property that gains a type (any to string) refuses what producers sent',
      base: inMessage('{ type: object, properties: { total: { } } }', 'receive'),
      revision: inMessage('{ type: object, properties: { total: { type: string } } }', 'receive'),
    },
  ],
} satisfies CheckCases;
