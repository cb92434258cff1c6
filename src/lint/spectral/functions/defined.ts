import { any, coreFunction, noOptions } from './options.js';

export const defined = coreFunction('defined', any, noOptions('defined'), (input) =>
  input === undefined ? [{ message: '#{{print("property")}}must be defined' }] : undefined,
);
