import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'renaming the topic of a channel splits its producers from its consumers',
    base: events({}),
    revision: events({}).replace('address: orders.placed', 'address: orders.placed.v2'),
  },
  passes: {
    name: 'renaming the channel id with the same address is no change',
    base: events({}),
    revision: events({}).replace('\n  orders:\n', '\n  orderEvents:\n').replaceAll('#/channels/orders', '#/channels/orderEvents'),
  },
} satisfies CheckCases;
