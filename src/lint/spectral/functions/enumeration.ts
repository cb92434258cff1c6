import { printValue } from '../message.js';
import { coreFunction, optionsShape } from './options.js';

const primitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export const enumeration = coreFunction(
  'enumeration',
  primitive,
  optionsShape('enumeration', {
    required: ['values'],
    keys: { values: (v) => Array.isArray(v) && v.every(primitive) },
    example: '{ "values": ["Berlin", "London", "Paris"] }',
  }),
  (input, { values }: { values: unknown[] }) =>
    values.includes(input) ? undefined : [{ message: `#{{print("value")}} must be equal to one of the allowed values: ${values.map(printValue).join(', ')}` }],
);
