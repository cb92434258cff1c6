import { defineDesignRule } from '../../core/design-rule.js';
import { formatMs } from '../../model/units.js';

export default defineDesignRule({
  id: 'recovery-rpo-backup-interval',
  stage: 'failure-modes',
  category: 'recovery',
  severity: 'error',
  description: 'The recovery point objective is covered by backups or replication at least that frequent.',
  rationale:
    'The RPO is how much recent data the business accepts to lose. Restoring from a backup loses everything since it was taken, so backups every 24h cannot keep a 15-minute RPO unless a replica (or log shipping) is at most 15 minutes behind.',
  fix: 'Back up (or ship logs) at least as often as the RPO, replicate to a standby within it, or state the RPO the backups really give.',
  verify: 'A restore drill from the latest backup (or a standby promotion) loses no more than the RPO of writes.',
  references: ['AWS Well-Architected, Reliability pillar: REL13 "Plan for disaster recovery" (RPO and RTO)', 'Google SRE book, ch. 26 "Data Integrity"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nrecovery: { rpo: 15m, rto: 1h, backups: { interval: 24h } }\n',
    good: 'archway: 1\nservice: { name: orders }\nrecovery: { rpo: 15m, rto: 1h, replication: 1m, backups: { interval: 24h } }\n',
  },
  check({ design, report }) {
    const recovery = design.recovery;
    const rpo = recovery?.rpo;
    if (!recovery || !rpo) return;
    const interval = recovery.backups?.interval;
    const replication = recovery.replication;
    // The newest copy of the data is the fresher of the two; it must be within the RPO.
    const lag = Math.min(interval?.ms ?? Infinity, replication?.ms ?? Infinity);
    if (lag <= rpo.ms) return;
    const sources = [interval && `backups every ${interval.text}`, replication && `replication ${replication.text} behind`].filter(Boolean).join(' and ');
    report({
      pointer: '/recovery/rpo',
      message:
        lag === Infinity
          ? `an RPO of ${rpo.text} is stated but neither backups nor replication are: all data since the start may be lost`
          : `an RPO of ${rpo.text} cannot hold with ${sources}: up to ${lag === interval?.ms ? interval.text : replication!.text} of writes are lost, ${formatMs(lag - rpo.ms)} more than the RPO allows`,
      related: interval ? [{ design, pointer: '/recovery/backups/interval' }] : [],
      data: { rpoMs: rpo.ms, backupIntervalMs: interval?.ms ?? null, replicationMs: replication?.ms ?? null, lossMs: lag === Infinity ? null : lag },
    });
  },
});
