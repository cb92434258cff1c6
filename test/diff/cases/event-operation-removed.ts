import { mirror, type CheckCases } from './case.js';
import { events } from '../fixtures/build.js';
import eventOperationAdded from './event-operation-added.js';

export default {
  triggers: mirror(eventOperationAdded.triggers, 'no longer publishing an event breaks its consumers'),
  passes: {
    name: 'removing a deprecated operation after its sunset is not breaking',
    base: events({ operation: "deprecated: true, x-sunset: '2025-01-01', " }),
    revision: events({ noOperation: true }),
  },
  more: [
    {
      name: 'no longer receiving an event leaves what producers send unconsumed',
      base: events({ action: 'receive' }),
      revision: events({ action: 'receive', noOperation: true }),
    },
  ],
} satisfies CheckCases;
