import { defineCheck } from '../check.js';
import { inAvroMessage } from '../fixture.js';
export default defineCheck({
  id: 'avro-field-type-changed',
  event: 'AvroTypeChanged',
  level: 'breaking',
  description: 'An Avro field changed to a type the other side cannot resolve.',
  rationale: 'Avro resolves only identical types and promotions (int → long → float → double, string ↔ bytes); any other change fails deserialisation for readers on the other schema.',
  fix: 'Add a new field with the new type (with a default) and deprecate the old one, or dual-publish on a new versioned channel.',
  applies: (e) => e.breaks,
  message: (e) => `Avro field "${e.property}" of message "${e.messageName}" changed from ${e.from} to ${e.to}, which breaks ${e.mode} compatibility`,
  fixtures: {
    triggers: { name: 'a producer turning an int field into a string breaks consumers on the old schema', base: inAvroMessage('[{ name: total, type: int }]'), revision: inAvroMessage('[{ name: total, type: string }]') },
    passes: { name: 'a consumer widening int to long is a promotion Avro resolves (BACKWARD)', base: inAvroMessage('[{ name: total, type: int }]', 'receive'), revision: inAvroMessage('[{ name: total, type: long }]', 'receive') },
  },
});
