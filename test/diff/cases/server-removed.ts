import { named, mirror, type CheckCases } from './case.js';
import serverAdded from './server-added.js';

export default {
  triggers: mirror(serverAdded.triggers, 'removing a server URL strands clients configured with it'),
  passes: named(serverAdded.triggers, 'adding a server is not removing one'),
} satisfies CheckCases;
