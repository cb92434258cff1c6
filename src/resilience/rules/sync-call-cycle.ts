import type { Design } from '../../model/types.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { serviceIndex, syncCalls } from '../graph.js';

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
    const services = serviceIndex(system);
    const reported = new Set<string>();
    const visit = (design: Design, path: Design[]) => {
      for (const dependency of syncCalls(design)) {
        const callee = services.get(dependency.name);
        if (!callee) continue;
        const start = path.indexOf(callee);
        if (start >= 0) {
          const cycle = [...path.slice(start), callee].map((d) => d.service.name);
          const key = [...cycle.slice(0, -1)].sort().join(',');
          if (reported.has(key)) continue;
          reported.add(key);
          report({ design, pointer: dependency.pointer, message: `synchronous call cycle ${cycle.join(' → ')}`, data: { cycle } });
        } else visit(callee, [...path, callee]);
      }
    };
    for (const design of system) visit(design, [design]);
  },
});
