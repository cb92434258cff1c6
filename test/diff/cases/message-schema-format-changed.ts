import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'switching a message from JSON Schema to Avro breaks every reader',
    base: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }),
    revision: events({
      messages: {
        OrderPlaced: "{ payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: [] } } }",
      },
    }),
  },
  passes: {
    name: 'declaring the default JSON schema format explicitly is not a change',
    base: events({ messages: { OrderPlaced: '{ payload: { type: object } }' } }),
    revision: events({
      messages: { OrderPlaced: "{ payload: { schemaFormat: 'application/vnd.aai.asyncapi+json;version=3.0.0', schema: { type: object } } }" },
    }),
  },
} satisfies CheckCases;
