import { any, coreFunction, noOptions } from './options.js';

export const undefinedFunction = coreFunction('undefined', any, noOptions('undefined'), (input) =>
  input !== undefined ? [{ message: '#{{print("property")}}must be undefined' }] : undefined,
);
