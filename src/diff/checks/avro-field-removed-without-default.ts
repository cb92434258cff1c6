import { defineCheck } from '../check.js';
import { inAvroMessage } from '../fixture.js';
export default defineCheck({
  id: 'avro-field-removed-without-default',
  event: 'AvroFieldRemoved',
  level: 'breaking',
  description: 'An Avro field without a default was removed where readers of the old schema must read new data.',
  rationale: 'Under FORWARD (or FULL) compatibility consumers still on the old schema meet records without the field; with no default in their schema deserialisation fails.',
  fix: 'Keep the field, or first release a schema that gives it a default, then remove it.',
  applies: (e) => e.breaks,
  message: (e) => `Avro field "${e.property}" of message "${e.messageName}" was removed although it had no default, which breaks ${e.mode} compatibility`,
  fixtures: {
    triggers: { name: 'a producer dropping a field consumers have no default for breaks them (FORWARD)', base: inAvroMessage('[{ name: id, type: string }, { name: note, type: string }]'), revision: inAvroMessage('[{ name: id, type: string }]') },
    passes: { name: 'removing a field that had a default is forward compatible', base: inAvroMessage('[{ name: id, type: string }, { name: note, type: string, default: "" }]'), revision: inAvroMessage('[{ name: id, type: string }]') },
  },
});
