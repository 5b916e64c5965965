/** Prometheus metrics: HTTP latency in-process; case figures read from the database at scrape time, so every API process reports the same. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CASE_STATUSES, ESCALATION_REASONS } from '../workflows/case/domain';
import { CaseModel, EventModel, TaskModel } from './db/models';

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

  const eventCount = (type: string, match: Record<string, unknown> = {}) =>
    EventModel.countDocuments({ type, ...match });

  new Gauge({
    name: 'casework_cases',
    help: 'Cases by current status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await Promise.all(CASE_STATUSES.map((s) => CaseModel.countDocuments({ status: s })));
      CASE_STATUSES.forEach((s, i) => this.set({ status: s }, counts[i]));
    },
  });
  new Gauge({
    name: 'casework_cases_started_total',
    help: 'Cases started (all time)',
    registers: [registry],
    async collect() {
      this.set(await CaseModel.estimatedDocumentCount());
    },
  });
  new Gauge({
    name: 'casework_cases_resolved_total',
    help: 'Case resolutions by who resolved them (all time)',
    labelNames: ['by'] as const,
    registers: [registry],
    async collect() {
      for (const by of ['ai', 'agent', 'system']) this.set({ by }, await CaseModel.countDocuments({ resolvedBy: by }));
    },
  });
  new Gauge({
    name: 'casework_escalations_total',
    help: 'Escalations by reason (all time)',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const counts = await Promise.all(ESCALATION_REASONS.map((r) => eventCount('escalated', { 'data.reason': r })));
      ESCALATION_REASONS.forEach((r, i) => this.set({ reason: r }, counts[i]));
    },
  });
  new Gauge({
    name: 'casework_sla_events_total',
    help: 'SLA warnings and breaches (all time)',
    labelNames: ['event'] as const,
    registers: [registry],
    async collect() {
      this.set({ event: 'warning' }, await eventCount('sla_warning'));
      this.set({ event: 'breach' }, await eventCount('sla_breach'));
    },
  });
  new Gauge({
    name: 'casework_open_tasks',
    help: 'Human tasks not yet closed, by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      for (const status of ['open', 'assigned']) this.set({ status }, await TaskModel.countDocuments({ status }));
    },
  });

  return { registry, httpDuration, activityFailures };
}

export type Metrics = ReturnType<typeof createMetrics>;
