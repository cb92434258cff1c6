import type { CheckCases } from './case.js';
import { events } from '../fixtures/build.js';

const labelled = (contentType: string) =>
  events({ action: 'receive', messages: { OrderPlaced: `{ contentType: ${contentType}, payload: { type: object } }` } });
const inherited = (contentType: string) =>
  events({ action: 'receive', messages: { OrderPlaced: '{ payload: { type: object } }' } }).replace(
    '\nchannels:\n',
    `\ndefaultContentType: ${contentType}\nchannels:\n`,
  );

export default {
  triggers: {
    name: 'a consumed message that changes content type refuses what producers send',
    base: labelled('application/json'),
    revision: labelled('application/cloudevents+json'),
  },
  passes: {
    name: 'the same content type written as the default it inherited is no change',
    base: labelled('application/json'),
    revision: inherited('application/json'),
  },
  more: [
    {
      name: 'a changed defaultContentType reaches every message that inherits it',
      base: inherited('application/json'),
      revision: inherited('application/avro'),
    },
  ],
} satisfies CheckCases;
