import { named, mirror, type CheckCases } from './case.js';
import consumedMessageAdded from './consumed-message-added.js';
import consumedMessageRemoved from './consumed-message-removed.js';

export default {
  triggers: mirror(consumedMessageRemoved.passes, 'a new message type on a channel reaches consumers that may not know it'),
  passes: named(consumedMessageAdded.triggers, 'accepting a new message type breaks no producer'),
} satisfies CheckCases;
