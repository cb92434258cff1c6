import { mirror, type CheckCases } from './case.js';
import { events } from '../fixtures/build.js';
import channelAdded from './channel-added.js';

export default {
  triggers: mirror(channelAdded.triggers, 'removing a channel that was not deprecated breaks whoever still uses it'),
  passes: {
    name: 'removing a deprecated channel after its sunset is not breaking',
    base: events({ moreChannels: "  audit: { address: orders.audit, deprecated: true, x-sunset: '2025-01-01' }" }),
    revision: events({}),
  },
} satisfies CheckCases;
