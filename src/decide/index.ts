export { decide, type Alternative, type Decision } from './decide.js';
export { buildRisks, type Risk } from './risks.js';
export { decisionsJson, renderDecisions, renderRisks } from './render.js';
export { PATTERNS, TIE_ORDER } from './catalogue.js';
export type { Pattern } from './pattern.js';
