import { named, type CheckCases } from './case.js';
import { events } from '../fixtures/build.js';
import channelAdded from './channel-added.js';

export default {
  triggers: { name: 'a new operation is reported for information', base: events({ noOperation: true }), revision: events({}) },
  passes: named(channelAdded.passes, 'an unchanged contract reports nothing'),
} satisfies CheckCases;
