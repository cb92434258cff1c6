import { defineDesignRule } from '../../core/design-rule.js';
import { callGraph, hopFactor } from '../graph.js';

export default defineDesignRule({
  id: 'sync-call-cycle',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  scope: 'system',
  description: 'No cycle of synchronous calls between services.',
  rationale:
    'Services that call each other synchronously in a loop cannot be deployed or recovered independently, can deadlock on their thread pools, and turn one slow service into a system-wide outage: a distributed monolith.',
  fix: 'Break the cycle: make one edge asynchronous (an event), move the shared logic to one owner, or merge the services.',
  verify: 'A system review of all design files reports no synchronous cycle.',
  references: ['Sam Newman, "Building Microservices" 2nd ed., ch. 4 "Avoid the distributed monolith"'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: billing, kind: http, mode: sync, timeout: 200ms }\n',
      'archway: 1\nservice: { name: billing }\ndependencies:\n  - { name: orders, kind: http, mode: sync, timeout: 200ms }\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: billing, kind: http, mode: sync, timeout: 200ms }\n',
      'archway: 1\nservice: { name: billing }\ndependencies:\n  - { name: orders, kind: topic, mode: async }\n',
    ],
  },
  check({ system, report }) {
    // One cycle per call that closes it, found by a single walk of the call graph (never by enumerating paths).
    const reported = new Set<string>();
    for (const cycle of callGraph(system).cycles) {
      const names = [cycle.hops[0].from.service.name, ...cycle.hops.map((h) => h.dependency.name)];
      const key = [...names.slice(0, -1)].sort().join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      const closing = cycle.hops.at(-1)!;
      report({
        design: closing.from,
        pointer: closing.dependency.pointer,
        message: `synchronous call cycle ${names.join(' → ')}; attempts multiply around it: ${cycle.formula}× per turn`,
        data: { cycle: names, factorPerHop: cycle.hops.map((h) => hopFactor(h.dependency).factor), amplification: cycle.amplification },
      });
    }
  },
});
