import { named, mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';
import requestParameterEnumValueAdded from './request-parameter-enum-value-added.js';

export default {
  triggers: mirror(requestParameterEnumValueAdded.triggers, 'removing an enum value a client may send breaks it'),
  passes: named(requestParameterEnumValueAdded.triggers, 'adding an enum value to a query parameter breaks nobody'),
  more: [
    {
      name: 'AsyncAPI 3.0: a Kafka consumer group id narrowed to fewer values refuses the groups removed',
      base: operationBindings('{ kafka: { groupId: { type: string, enum: [billing, shipping] } } }', 'receive'),
      revision: operationBindings('{ kafka: { groupId: { type: string, enum: [billing] } } }', 'receive'),
    },
  ],
} satisfies CheckCases;
