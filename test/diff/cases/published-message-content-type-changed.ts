import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

const labelled = (contentType: string) => events({ action: 'send', messages: { OrderPlaced: `{ contentType: '${contentType}', payload: { type: object } }` } });

export default {
  triggers: {
    name: 'a published message relabelled application/cloudevents+json warns its consumers',
    base: labelled('application/json'),
    revision: labelled('application/cloudevents+json'),
  },
  passes: {
    name: 'a charset parameter or letter case is no change of type',
    base: labelled('application/json'),
    revision: labelled('Application/JSON; charset=utf-8'),
  },
} satisfies CheckCases;
