import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'export-cdc',
  name: 'Change-data capture into a warehouse',
  decisionKind: 'export',
  whenItFits: 'Reporting across services or history, fresh within minutes, where exports are queries on a warehouse.',
  costs: 'A CDC pipeline and a warehouse to run; schema changes flow downstream.',
  failureModes: ['a schema change breaks the pipeline and reports go stale silently'],
  mitigation: 'Versioned schemas checked by `archway diff`, and a freshness alert on the warehouse tables.',
  verification: 'Add a column in staging: the pipeline carries it, and the freshness alert stays silent.',
  score({ design }) {
    const t = new Tally(45).pro(10, 'reports query a warehouse, so no export touches the service’s database');
    if (design.events.length) t.pro(5, 'the service already publishes events a pipeline can join');
    const owners = [...new Set(design.data.referenced.flatMap((d) => (d.owner ? [d.owner] : [])))].sort();
    if (owners.length >= 2) t.pro(15, `reports join data from ${owners.map((o) => `\`${o}\``).join(', ')}, which a warehouse holds together`);
    t.con(10, 'a CDC pipeline and a warehouse to run');
    return t.done();
  },
});
