import { named, mirror, type CheckCases } from './case.js';
import consumedMessageAdded from './consumed-message-added.js';
import consumedMessageRemoved from './consumed-message-removed.js';

export default {
  triggers: named(consumedMessageRemoved.passes, 'no longer sending a message type breaks the consumers that wait for it'),
  passes: mirror(consumedMessageAdded.triggers, 'a consumer dropping a message type is another check'),
} satisfies CheckCases;
