import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'binding-version-changed',
  event: 'BindingChanged',
  level: 'info',
  description: 'A binding declares another version of its protocol binding.',
  rationale: 'The same fields may mean other things, or new ones be read; the changes that matter are reported by the other checks.',
  fix: "Nothing to do beyond reading the binding's changelog.",
  applies: (e) => e.field === 'bindingVersion',
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'a new binding version is information',
      base: "bindings: { kafka: { partitions: 3, bindingVersion: '0.4.0' } }",
      revision: "bindings: { kafka: { partitions: 3, bindingVersion: '0.5.0' } }",
    },
    good: {
      name: 'stating the binding version where none was is no change',
      base: 'bindings: { kafka: { partitions: 3 } }',
      revision: "bindings: { kafka: { partitions: 3, bindingVersion: '0.5.0' } }",
    },
  },
});
