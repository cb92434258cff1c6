import { mirror, type CheckCases } from './case.js';
import consumedMessagePropertyBecameRequired from './consumed-message-property-became-required.js';

export default {
  triggers: mirror(consumedMessagePropertyBecameRequired.passes, 'a published property that may now be missing breaks consumers that rely on it'),
  passes: mirror(consumedMessagePropertyBecameRequired.triggers, 'a consumer relaxing what it requires breaks no producer'),
} satisfies CheckCases;
