/** Prometheus metrics: HTTP latency in-process; case figures read from the database at scrape time, so every API process reports the same. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CASE_STATUSES, ESCALATION_REASONS } from '../workflows/case/domain';
import { TaskModel } from './db/models';
import { computeStats } from './services/stats-service';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'casework_process_' });

  const httpDuration = new Histogram({
    name: 'casework_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const activityFailures = new Counter({
    name: 'casework_activity_failures_total',
    help: 'Activity attempts that failed, by activity type (this process)',
    labelNames: ['activity'] as const,
    registers: [registry],
  });

  const figures = sharedPerScrape(readFigures);

  new Gauge({
    name: 'casework_cases',
    help: 'Cases by current status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { byStatus } = (await figures()).stats.cases;
      for (const s of CASE_STATUSES) this.set({ status: s }, byStatus[s] ?? 0);
    },
  });
  new Gauge({
    name: 'casework_cases_started_total',
    help: 'Cases started (all time)',
    registers: [registry],
    async collect() {
      this.set((await figures()).stats.cases.total);
    },
  });
  new Gauge({
    name: 'casework_cases_resolved_total',
    help: 'Case resolutions by who resolved them (all time)',
    labelNames: ['by'] as const,
    registers: [registry],
    async collect() {
      const { resolvedBy } = (await figures()).stats;
      for (const by of ['ai', 'agent', 'system']) this.set({ by }, resolvedBy[by] ?? 0);
    },
  });
  new Gauge({
    name: 'casework_escalations_total',
    help: 'Escalations by reason (all time)',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const { escalationsByReason } = (await figures()).stats;
      for (const r of ESCALATION_REASONS) this.set({ reason: r }, escalationsByReason[r] ?? 0);
    },
  });
  new Gauge({
    name: 'casework_sla_events_total',
    help: 'SLA warnings and breaches (all time)',
    labelNames: ['event'] as const,
    registers: [registry],
    async collect() {
      const { sla } = (await figures()).stats;
      this.set({ event: 'warning' }, sla.warnings);
      this.set({ event: 'breach' }, sla.breaches);
    },
  });
  new Gauge({
    name: 'casework_open_tasks',
    help: 'Human tasks not yet closed, by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const { tasks } = await figures();
      for (const status of ['open', 'assigned']) this.set({ status }, tasks[status] ?? 0);
    },
  });

  return { registry, httpDuration, activityFailures };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * The gauges collect concurrently at each scrape; they share one read of the database. One grouping per
 * collection, not a count per label: FerretDB (SQLite) scans the whole collection for every query.
 */
function sharedPerScrape<T>(load: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    inFlight ??= load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

/** The same figures as GET /api/stats (one definition of each), plus the task queue. */
async function readFigures() {
  const [stats, taskRows] = await Promise.all([
    computeStats(),
    TaskModel.aggregate<{ _id: string; n: number }>([
      { $match: { status: { $in: ['open', 'assigned'] } } },
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]),
  ]);
  return { stats, tasks: Object.fromEntries(taskRows.map((r) => [r._id, r.n])) as Record<string, number> };
}
