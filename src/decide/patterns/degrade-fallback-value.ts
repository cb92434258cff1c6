import { isRead, tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'degrade-fallback-value',
  name: 'A fallback value (a default or a local estimate)',
  decisionKind: 'degradation',
  whenItFits: 'A read whose answer can be approximated locally (a default, a heuristic, a straight-line estimate).',
  costs: 'Answers are approximate while the dependency is down, and callers must be told so.',
  failureModes: ['an approximate answer is taken for an exact one'],
  mitigation: 'Mark degraded answers in the response and in a metric; alert when the fallback share rises.',
  verification: 'Take the dependency down in staging: answers carry the degraded marker and the fallback-share metric rises.',
  score({ dependency, facts }) {
    const t = new Tally(50);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    if (isRead(dependency)) t.pro(15, `${name} is a read, so a local value can stand in for its answer`);
    t.pro(10, 'needs no other component: the answer is computed in the service');
    if (facts.p99Ms !== undefined) t.pro(5, `a local value answers well within the ${facts.p99Ms}ms p99 budget`);
    t.con(10, `answers are approximate while ${name} is down`);
    return t.done();
  },
  feasibility({ dependency }) {
    if (!dependency || isRead(dependency)) return null;
    return {
      because: `the answer: ${tick(dependency.name)} is a write, and a default value cannot stand in for a write`,
      move: `degrade ${tick(dependency.name)} by queueing the write instead`,
    };
  },
});
