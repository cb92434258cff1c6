import type { CheckCases } from './case.js';
import { serverBindings } from '../fixtures/build.js';

const triggers = {
  name: 'moving to another schema registry strands clients configured with the old one',
  base: serverBindings("{ kafka: { schemaRegistryUrl: 'https://registry.example.com', schemaRegistryVendor: confluent } }"),
  revision: serverBindings("{ kafka: { schemaRegistryUrl: 'https://schemas.example.com', schemaRegistryVendor: confluent } }"),
};

export default {
  triggers,
  passes: {
    name: 'a new binding version with the same registry is not a move',
    base: serverBindings("{ kafka: { schemaRegistryUrl: 'https://registry.example.com', bindingVersion: '0.4.0' } }"),
    revision: serverBindings("{ kafka: { schemaRegistryUrl: 'https://registry.example.com', bindingVersion: '0.5.0' } }"),
  },
} satisfies CheckCases;
