/** What a case counts for the statistics, as plain functions of its events and state. */
import type { CaseState } from './contract';
import type { Resolver } from './domain';
import type { CaseContribution, CaseEvent, DayCounts } from './io';
import { STATUS } from './status';

/** Everything a case has counted so far, per UTC day. */
export type CaseCounters = Record<string, DayCounts>;

const dayOf = (iso: string): string => iso.slice(0, 10);

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Adds one event to the counters (events that no figure counts are ignored). */
export function countEvent(counters: CaseCounters, e: CaseEvent): void {
  const day = (counters[dayOf(e.at)] ??= {});
  const data = e.data as Record<string, unknown>;
  switch (e.type) {
    case 'created':
      day.started = (day.started ?? 0) + 1;
      break;
    case 'escalated':
      if (typeof data.reason === 'string') bump((day.escalations ??= {}), data.reason as never);
      break;
    case 'sla_warning':
      day.slaWarnings = (day.slaWarnings ?? 0) + 1;
      break;
    case 'sla_breach':
      day.slaBreaches = (day.slaBreaches ?? 0) + 1;
      break;
    case 'status_changed':
      if (data.to === 'resolved' && typeof data.by === 'string') bump((day.resolved ??= {}), data.by as Resolver);
      break;
    case 'reopened':
      day.reopened = (day.reopened ?? 0) + 1;
      break;
    case 'first_response':
      if (typeof data.responseMs === 'number') (day.firstResponseMs ??= []).push(data.responseMs);
      break;
  }
}

/** A human case past an SLA warning on a clock that has not breached (nor, for first response, been met). */
export function isAtRisk(s: CaseState): boolean {
  const sla = s.sla;
  if (!sla || !STATUS[s.status].slaRunning) return false;
  const since = Date.parse(sla.startedAt);
  const current = (x: { at: string }) => Date.parse(x.at) >= since;
  return sla.warnings
    .filter(current)
    .some(
      (w) =>
        !sla.breaches.filter(current).some((b) => b.kind === w.kind) &&
        !(w.kind === 'first_response' && sla.firstResponseAt),
    );
}

export function contributionOf(s: CaseState, counters: CaseCounters, repeat: boolean): CaseContribution {
  const task = s.task && s.task.status !== 'closed' ? s.task.status : null;
  return {
    status: s.status,
    resolvedBy: s.resolution?.by ?? null,
    aiConfirmed: s.resolution?.by === 'ai' && s.resolution.confirmed === true,
    escalated: s.escalation !== null,
    reopened: s.reopenCount > 0,
    repeat,
    atRisk: isAtRisk(s),
    task,
    days: counters,
  };
}
