import { mirror, type CheckCases } from './case.js';
import consumedMessageEnumValueRemoved from './consumed-message-enum-value-removed.js';

export default {
  triggers: mirror(consumedMessageEnumValueRemoved.passes, 'a new enum value in a published event can break strict consumers'),
  passes: mirror(consumedMessageEnumValueRemoved.triggers, 'a consumer accepting one more value breaks no producer'),
} satisfies CheckCases;
