import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'dark-launch',
  name: 'Dark launch behind a feature flag',
  kind: 'rollout',
  fits: 'New behaviour can run hidden (shadow traffic or flag off) before users see it.',
  costs: 'Flag plumbing and cleanup; shadow traffic does not show user-facing errors.',
  failureModes: ['flags left on or stale', 'shadow traffic causes side effects (double writes, e-mails)'],
  mitigation: 'Flags with owners and expiry dates; side effects disabled on shadow paths.',
  verification: 'A test runs the shadow path and asserts no external side effect.',
  score({ design }) {
    const t = new Tally(40);
    const flags = design.rollout?.flags ?? [];
    if (flags.length) t.pro(15, `flags ${flags.map((f) => `\`${f}\``).join(', ')} already exist to hide the change`);
    t.con(5, 'shadow traffic hides user-facing errors, so a canary is still needed to expose it');
    return t.done();
  },
});
