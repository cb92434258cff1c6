import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'export-object-store',
  name: 'Asynchronous export job to an object store, fetched by presigned URL',
  decisionKind: 'export',
  whenItFits: 'Large, user-requested exports that outgrow a request: a job writes a file and the user downloads it.',
  costs: 'A job queue, an object store with retention, and a “your export is ready” step.',
  failureModes: ['a presigned URL leaks and exposes the export', 'exports pile up in the bucket past their retention'],
  mitigation: 'Short-lived presigned URLs scoped to one object, a bucket lifecycle rule matching the retention, the export job idempotent per request id.',
  verification: 'Request an export, wait past the URL’s expiry (403), and past the bucket retention (the object is gone).',
  score({ design }) {
    const t = new Tally(55)
      .pro(10, 'a large export runs as a job, so no request waits on it')
      .con(10, 'a job queue, an object store and a “your export is ready” step to build');
    const payload = design.nfr.throughput?.payload;
    if (payload && payload.bytes >= 10 * 1024 * 1024) t.pro(20, `exports of ${payload.text} exceed what one response should carry`);
    if (design.nfr.latency?.p99) t.pro(5, `the request only enqueues the job, well within the ${design.nfr.latency.p99.text} p99`);
    if (design.data.owned.some((d) => d.pii.length)) t.con(5, 'exported files hold personal data and need a retention and access policy');
    return t.done();
  },
});
