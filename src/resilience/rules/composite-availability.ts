import { formatPercent, round } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { compositeAvailability, unknownAvailability } from '../figures.js';

export default defineDesignRule({
  id: 'composite-availability',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'The availability target is achievable given the critical synchronous dependencies.',
  rationale:
    'A request that needs every critical dependency to answer fails when any of them fails, so the service can be at most as available as the product of their availabilities (assuming independent failures). A target above that product cannot be met by operations alone.',
  fix: 'Take a dependency off the critical path: hand off asynchronously, serve from a cache or a fallback, make it redundant, or agree a lower availability target.',
  verify: 'A chaos test takes each critical dependency down in staging and the service keeps answering within its SLO through the fallback or hand-off.',
  references: ['Google SRE book, ch. 3 "Embracing Risk"', 'Treynor et al., "The Calculus of Service Availability", ACM Queue 15(2), 2017'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.95% }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, availability: 99.9%, timeout: 300ms }\n  - { name: stock, kind: grpc, mode: sync, critical: true, availability: 99.95%, timeout: 80ms }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { availability: 99.8% }\ndependencies:\n  - { name: payments, kind: http, mode: sync, critical: true, availability: 99.9%, timeout: 300ms }\n  - { name: stock, kind: grpc, mode: sync, critical: true, availability: 99.95%, timeout: 80ms }\n',
  },
  check({ design, report }) {
    const target = design.nfr.availability;
    const composite = compositeAvailability(design);
    if (!target || composite.inputs.length === 0 || composite.percent >= target.percent) return;
    const product = composite.inputs.map((i) => formatPercent(i.percent)).join(' × ');
    const gap = round(target.percent - composite.percent, 4);
    report({
      pointer: '/nfr/availability',
      message: `critical synchronous dependencies allow at most ${product} = ${formatPercent(composite.percent)}, below the ${target.text} target by ${gap} points${composite.fallbacks.length ? ` (${composite.fallbacks.join(', ')} left out: a fallback answers when ${composite.fallbacks.length === 1 ? 'it fails' : 'they fail'})` : ''}`,
      fix: `Take ${[...composite.inputs].sort((a, b) => a.percent - b.percent)[0].name} (the least available) off the critical path with an asynchronous hand-off, a cache or a fallback, make it redundant, or lower the target to at most ${formatPercent(Math.floor(round(composite.percent * 100, 6)) / 100, 2)}.`,
      data: {
        targetPercent: target.percent,
        compositePercent: composite.percent,
        gapPoints: gap,
        inputs: composite.inputs,
        unknown: unknownAvailability(design),
        fallbacks: composite.fallbacks,
      },
    });
  },
});
