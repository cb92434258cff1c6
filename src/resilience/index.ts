export { renderFailureModes } from './render.js';
export { compositeAvailability } from './figures.js';
export { resilienceRules } from './rules/index.js';
