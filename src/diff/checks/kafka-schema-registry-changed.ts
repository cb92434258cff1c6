import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'kafka-schema-registry-changed',
  event: 'BindingChanged',
  level: 'warn',
  description: "A server's Kafka binding names another schema registry (URL or vendor).",
  rationale: 'Serialisers and deserialisers configured with the old registry cannot resolve the schemas of new messages.',
  fix: 'Replicate the schemas to the new registry and move every client before producers use it.',
  applies: (e) => e.binding === 'kafka' && e.field.startsWith('schemaRegistry'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'moving to another schema registry strands clients configured with the old one',
      base: "production: { host: broker.example.com, protocol: kafka, bindings: { kafka: { schemaRegistryUrl: 'https://registry.example.com', schemaRegistryVendor: confluent } } }",
      revision:
        "production: { host: broker.example.com, protocol: kafka, bindings: { kafka: { schemaRegistryUrl: 'https://schemas.example.com', schemaRegistryVendor: confluent } } }",
    },
    good: {
      name: 'a new binding version with the same registry is not a move',
      base: "production: { host: broker.example.com, protocol: kafka, bindings: { kafka: { schemaRegistryUrl: 'https://registry.example.com', bindingVersion: '0.4.0' } } }",
      revision:
        "production: { host: broker.example.com, protocol: kafka, bindings: { kafka: { schemaRegistryUrl: 'https://registry.example.com', bindingVersion: '0.5.0' } } }",
    },
  },
});
