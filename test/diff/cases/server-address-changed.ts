import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

const withServers = (servers: string) => events({}).replace('\nchannels:\n', `\nservers:\n${servers}channels:\n`);

export default {
  triggers: {
    name: 'moving a named broker to another host strands clients configured with it',
    base: withServers('  production: { host: broker.example.com, protocol: kafka }\n'),
    revision: withServers('  production: { host: kafka.example.com, protocol: kafka }\n'),
  },
  passes: {
    name: 'adding a second server beside the old one is not a move',
    base: withServers('  production: { host: broker.example.com, protocol: kafka }\n'),
    revision: withServers('  production: { host: broker.example.com, protocol: kafka }\n  staging: { host: kafka.example.com, protocol: kafka }\n'),
  },
  more: [
    {
      name: 'a protocol and a pathname that change are one change each',
      base: withServers('  production: { host: broker.example.com, protocol: ws, pathname: /v1 }\n'),
      revision: withServers('  production: { host: broker.example.com, protocol: wss, pathname: /v2 }\n'),
    },
  ],
} satisfies CheckCases;
