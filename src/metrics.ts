/**
 * Prometheus metrics: HTTP latency and activity failures of this process, and the case figures read at
 * scrape time from the rollups (a few keyed documents), so every API process reports the same and a
 * scrape costs the same at 100 cases and at a million.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CASE_STATUSES, ESCALATION_REASONS, RESOLVERS } from '../workflows/case/domain';
import { TOTAL, readRollup } from './db/stats-folder';
import { figures } from './services/stats-service';

export interface MetricsSources {
  /** running cases whose writes the store refused (a visibility count: the matches, not the cases) */
  casesStoreBehind?: () => Promise<number>;
}

export function createMetrics(sources: MetricsSources = {}) {
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

  const read = sharedPerScrape(readFigures);
  const gauge = (name: string, help: string, labelNames: string[], set: (g: Gauge, f: Figures) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        set(this, await read());
      },
    });

  gauge('casework_cases', 'Cases by current status', ['status'], (g, f) => {
    for (const s of CASE_STATUSES) g.set({ status: s }, f.stats.cases.byStatus[s] ?? 0);
  });
  gauge('casework_cases_started_total', 'Cases started (all time)', [], (g, f) => g.set(f.stats.cases.total));
  gauge('casework_cases_resolved_total', 'Cases whose resolution stands, by who resolved them', ['by'], (g, f) => {
    for (const by of RESOLVERS) g.set({ by }, f.stats.resolvedBy[by] ?? 0);
  });
  gauge('casework_escalations_total', 'Escalations by reason (all time)', ['reason'], (g, f) => {
    for (const r of ESCALATION_REASONS) g.set({ reason: r }, f.stats.escalationsByReason[r] ?? 0);
  });
  gauge('casework_sla_events_total', 'SLA warnings and breaches (all time)', ['event'], (g, f) => {
    g.set({ event: 'warning' }, f.stats.sla.warnings);
    g.set({ event: 'breach' }, f.stats.sla.breaches);
  });
  gauge('casework_sla_at_risk', 'Open human cases past an SLA warning, not breached', [], (g, f) =>
    g.set(f.stats.sla.atRisk),
  );
  gauge('casework_open_tasks', 'Human tasks not yet closed, by status', ['status'], (g, f) => {
    g.set({ status: 'open' }, f.stats.tasks.open);
    g.set({ status: 'assigned' }, f.stats.tasks.assigned);
  });
  gauge(
    'casework_reconciled_total',
    'What the reconciliation sweeps checked and repaired',
    ['sweep', 'outcome'],
    (g, f) => {
      for (const [sweep, c] of Object.entries(f.sweeps)) {
        g.set({ sweep, outcome: 'checked' }, c.checked ?? 0);
        g.set({ sweep, outcome: 'repaired' }, c.repaired ?? 0);
      }
    },
  );
  if (sources.casesStoreBehind) {
    const count = sources.casesStoreBehind;
    new Gauge({
      name: 'casework_cases_store_behind',
      help: 'Running cases whose last write the store refused for a whole retry window (they write again every 5 min)',
      registers: [registry],
      async collect() {
        this.set(await count().catch(() => -1));
      },
    });
  }
  gauge('casework_stats_fold', 'Folds of the statistics outbox so far (stalls if the folder stops)', [], (g, f) =>
    g.set(f.fold),
  );

  return { registry, httpDuration, activityFailures };
}

export type Metrics = ReturnType<typeof createMetrics>;

type Figures = Awaited<ReturnType<typeof readFigures>>;

/** The gauges collect concurrently at each scrape; they share one read. */
function sharedPerScrape<T>(load: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    inFlight ??= load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

async function readFigures() {
  const [total, slots, cases] = await Promise.all([
    readRollup(TOTAL),
    readRollup('ops:slots'),
    readRollup('ops:cases'),
  ]);
  return { stats: figures(total.counts), fold: total.fold, sweeps: { slots: slots.counts, cases: cases.counts } };
}
