import { any, coreFunction, noOptions } from './options.js';

export const falsy = coreFunction('falsy', any, noOptions('falsy'), (input) => (input ? [{ message: '#{{print("property")}}must be falsy' }] : undefined));
