import { mirror, type CheckCases } from './case.js';
import consumedMessageRequiredPropertyAdded from './consumed-message-required-property-added.js';
import publishedMessagePropertyAdded from './published-message-property-added.js';

export default {
  triggers: mirror(publishedMessagePropertyAdded.triggers, 'removing a property from a published event breaks consumers that read it'),
  passes: mirror(consumedMessageRequiredPropertyAdded.passes, 'a consumer no longer reading a property breaks no producer'),
} satisfies CheckCases;
