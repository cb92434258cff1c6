import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'dark-launch',
  name: 'Dark launch behind a feature flag',
  decisionKind: 'rollout',
  whenItFits: 'New behaviour can run hidden (shadow traffic or flag off) before users see it.',
  costs: 'Flag plumbing and cleanup; shadow traffic does not show user-facing errors.',
  failureModes: ['flags left on or stale', 'shadow traffic causes side effects (double writes, e-mails)'],
  mitigation: 'Flags with owners and expiry dates; side effects disabled on shadow paths.',
  verification: 'A test runs the shadow path and asserts no external side effect.',
  score({ design, facts }) {
    const t = new Tally(40);
    const flags = design.rollout?.flags ?? [];
    if (flags.length) t.pro(15, `flags ${flags.map((f) => `\`${f}\``).join(', ')} already exist to hide the change`);
    else t.con(5, 'no feature flags are declared (`rollout.flags`) to hide the change behind');
    const writes = facts.writes.map((d) => `\`${d.name}\``);
    if (writes.length) t.con(10, `shadow traffic would repeat the writes to ${writes.join(', ')} unless each is stubbed out`);
    if (design.slos.length)
      t.con(
        5,
        `hidden traffic shows no user-facing errors, so the SLOs (${design.slos.map((s) => s.name).join(', ')}) judge the change only once the flag turns on`,
      );
    return t.done();
  },
});
