import type { DesignChange } from './change.js';

const BASE =
  'archway: 1\nservice: { name: orders, owner: team-a }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n';

const designSloRemoved: DesignChange = {
  id: 'design-slo-removed',
  category: 'design-changes',
  severity: 'warn',
  description: 'An SLO the design promised at the `--base` ref is still there.',
  rationale: 'Callers and on-call plan with the objectives a service publishes. Dropping one silently removes its alerts and the promise others built on.',
  fix: 'Keep the SLO, or record why it goes (a decision) and tell the callers who plan with it.',
  references: ['Google SRE Workbook, "Implementing SLOs"'],
  examples: { bad: [BASE, 'archway: 1\nservice: { name: orders, owner: team-a }\nslos: []\n'], good: [BASE, BASE] },
};

export default designSloRemoved;
