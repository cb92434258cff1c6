export { decide, type Alternative, type Decision } from './decide.js';
export { buildRisks, type Risk, type Level } from './risks.js';
export { decisionsJson, renderDecisions, renderRisks } from './render.js';
export { PATTERNS, TIE_ORDER, pattern } from './catalogue.js';
export type { DecisionKind, Pattern, Scored, ScoreInput } from './pattern.js';
