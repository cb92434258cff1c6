export { endToEnd, entryPoints } from './end-to-end.js';
export { systemRules } from './rules/index.js';
