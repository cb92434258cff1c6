import type { DesignChange } from './change.js';

const design = (objective: string) =>
  `archway: 1\nservice: { name: orders, owner: team-a }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: ${objective}, window: 28d }\n`;

const designObjectiveLowered: DesignChange = {
  id: 'design-objective-lowered',
  category: 'design-changes',
  severity: 'warn',
  description: 'No SLO objective is lower than it was at the `--base` ref.',
  rationale: 'A lower objective is a weaker promise: callers who computed their own availability from it now plan with a number nobody keeps.',
  fix: 'Keep the objective, or record why it drops (a decision) and tell the callers who plan with it.',
  references: ['Google SRE Workbook, "Implementing SLOs"'],
  examples: { bad: [design('99.9%'), design('99.5%')], good: [design('99.9%'), design('99.95%')] },
};

export default designObjectiveLowered;
