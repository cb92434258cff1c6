import { any, coreFunction, noOptions } from './options.js';

export const truthy = coreFunction('truthy', any, noOptions('truthy'), (input) => (input ? undefined : [{ message: '#{{print("property")}}must be truthy' }]));
