import { named, type CheckCases } from './case.js';
import { events } from '../fixtures/build.js';
import channelAdded from './channel-added.js';

export default {
  triggers: {
    name: 'accepting a new message type is reported for information',
    base: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }),
    revision: events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }', OrderCancelled: '{ payload: { type: object } }' } }),
  },
  passes: named(channelAdded.passes, 'an unchanged contract reports nothing'),
} satisfies CheckCases;
