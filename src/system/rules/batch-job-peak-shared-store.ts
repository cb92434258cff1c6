import { defineDesignRule } from '../../core/design-rule.js';
import type { Job } from '../../model/types.js';
import { formatMs } from '../../model/units.js';

const DAY = 24 * 60;

/** Minutes after midnight at which a cron schedule starts runs; undefined when a field is beyond this simple reading. */
export function cronStarts(schedule: string): number[] | undefined {
  const [minute, hour] = schedule.split(' ');
  const values = (field: string, max: number): number[] | undefined => {
    const out: number[] = [];
    for (const part of field.split(',')) {
      const step = /^(\*|\d+-\d+)\/(\d+)$/.exec(part);
      const range = /^(\d+)-(\d+)$/.exec(step ? step[1] : part);
      const [from, to] =
        part === '*' || step?.[1] === '*'
          ? [0, max]
          : range
            ? [Number(range[1]), Number(range[2])]
            : /^\d+$/.test(part)
              ? [Number(part), Number(part)]
              : [NaN, NaN];
      if (Number.isNaN(from) || to > max || from > to) return undefined;
      for (let v = from; v <= to; v += step ? Number(step[2]) || 1 : 1) out.push(v);
    }
    return out;
  };
  const minutes = values(minute, 59);
  const hours = values(hour, 23);
  return minutes && hours && hours.flatMap((h) => minutes.map((m) => h * 60 + m));
}

function parseWindow(text: string): [number, number] {
  const [from, to] = text.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
  return [from, to];
}

const clock = (minutes: number) => `${String(Math.floor((minutes % DAY) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The first run of `job` that overlaps the peak window, as [start, end) in minutes. */
function peakRun(job: Job, peak: [number, number]): [number, number] | undefined {
  const length = Math.ceil((job.duration?.ms ?? 0) / 60_000);
  const inPeak = (t: number) => (peak[0] <= peak[1] ? t >= peak[0] && t < peak[1] : t >= peak[0] || t < peak[1]);
  for (const start of cronStarts(job.schedule) ?? []) {
    // Overlap: the run starts in the window, or the window starts during the run.
    if (inPeak(start) || (peak[0] - start + DAY) % DAY < Math.max(length, 1)) return [start, start + length];
  }
  return undefined;
}

export default defineDesignRule({
  id: 'batch-job-peak-shared-store',
  stage: 'failure-modes',
  category: 'capacity',
  severity: 'warn',
  description: 'A scheduled job that reads or writes the data the service serves requests from does not run during peak hours.',
  rationale:
    'A batch job scanning or rewriting the tables requests read competes with them for connections, locks, I/O and cache: at peak the request p99 rises exactly when most users see it. Off-peak schedules, a replica to read from, or throttling keep the two apart.',
  fix: 'Move the schedule outside `nfr.throughput.peakHours`, read from a replica or snapshot, or throttle the job and give it its own connection pool.',
  verify: 'A load test at peak traffic with the job running shows the request p99 within target.',
  references: [
    'Google SRE book, ch. 21 "Handling Overload": batch and serving traffic',
    'AWS Well-Architected, Performance Efficiency: "Scheduling batch workloads"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres }]\nnfr: { throughput: { peakRps: 500, peakHours: "09:00-18:00" } }\njobs:\n  - { name: reindex, schedule: "30 10 * * *", duration: 45m, reads: [order], writes: [order] }\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres }]\nnfr: { throughput: { peakRps: 500, peakHours: "09:00-18:00" } }\njobs:\n  - { name: reindex, schedule: "30 2 * * *", duration: 45m, reads: [order], writes: [order] }\n',
  },
  check({ design, report }) {
    const hours = design.nfr.throughput?.peakHours;
    if (!hours) return;
    const peak = parseWindow(hours);
    for (const job of design.jobs) {
      const touched = design.data.owned.filter((d) => job.reads.includes(d.name) || job.writes.includes(d.name));
      const run = touched.length > 0 ? peakRun(job, peak) : undefined;
      if (!run) continue;
      const stores = [...new Set(touched.map((d) => d.store ?? d.name))];
      report({
        pointer: `${job.pointer}/schedule`,
        message: `job ${job.name} runs ${clock(run[0])}–${clock(run[1])}${job.duration ? ` (${formatMs(job.duration.ms)})` : ''} UTC, inside the ${hours} peak, against ${stores.join(', ')} that requests are served from (${touched.map((d) => d.name).join(', ')})`,
        related: [{ design, pointer: '/nfr/throughput/peakHours' }],
        data: {
          job: job.name,
          schedule: job.schedule,
          runStart: clock(run[0]),
          runEnd: clock(run[1]),
          peakHours: hours,
          stores,
          data: touched.map((d) => d.name),
        },
      });
    }
  },
});
