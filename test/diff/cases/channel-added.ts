import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

export default {
  triggers: { name: 'a new channel is reported for information', base: events({}), revision: events({ moreChannels: '  audit: { address: orders.audit }' }) },
  passes: { name: 'an unchanged contract reports nothing', base: events({}), revision: events({}) },
} satisfies CheckCases;
