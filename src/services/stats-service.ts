/**
 * Supervisor statistics, read from the rollups the folder keeps (a few keyed documents, whatever the
 * number of cases): all time, and per UTC day for charts.
 */
import { CASE_STATUSES, ESCALATION_REASONS, RESOLVERS } from '../../workflows/case/domain';
import { median, type Counts } from '../db/rollup-counts';
import { TOTAL, dayRollupId, readRollup } from '../db/stats-folder';
import { DomainError } from '../errors';

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

const pick = (counts: Counts, prefix: string, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, counts[`${prefix}:${k}`] ?? 0]));

const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));

/** The contract's figures from a rollup's counters. */
export function figures(c: Counts) {
  const total = c.started ?? 0;
  const resolvedBy = pick(c, 'resolved', RESOLVERS);
  const resolved = Object.values(resolvedBy).reduce((a, b) => a + b, 0);
  const csatN = c['csat:n'] ?? 0;
  return {
    cases: { total, byStatus: pick(c, 'status', CASE_STATUSES) },
    aiResolutionRate: ratio(c.aiConfirmed ?? 0, resolved),
    escalationRate: ratio(c.escalatedCases ?? 0, total),
    escalationsByReason: nonZero(pick(c, 'escalations', ESCALATION_REASONS)),
    resolvedBy: nonZero(resolvedBy),
    sla: { breaches: c.slaBreaches ?? 0, warnings: c.slaWarnings ?? 0, atRisk: c.atRisk ?? 0 },
    medianFirstResponseMs: median(c),
    repeatContactRate: ratio((c.reopenedCases ?? 0) + (c.repeatCases ?? 0), resolved),
    repeatContacts: { reopened: c.reopenedCases ?? 0, newCaseWithinWindow: c.repeatCases ?? 0 },
    csat: csatN
      ? { average: Math.round(((c['csat:sum'] ?? 0) / csatN) * 100) / 100, responses: csatN }
      : { average: null, responses: 0 },
    tasks: { open: c['task:open'] ?? 0, assigned: c['task:assigned'] ?? 0 },
  };
}

/** What happened on a day: the events counted that day (no current-state figures). */
function dayFigures(day: string, c: Counts) {
  const resolutions = pick(c, 'resolutions', RESOLVERS);
  const csatN = c['csat:n'] ?? 0;
  return {
    day,
    started: c.started ?? 0,
    resolved: nonZero(resolutions),
    escalationsByReason: nonZero(pick(c, 'escalations', ESCALATION_REASONS)),
    sla: { warnings: c.slaWarnings ?? 0, breaches: c.slaBreaches ?? 0 },
    reopened: c.reopens ?? 0,
    medianFirstResponseMs: median(c),
    csat: csatN ? { average: Math.round(((c['csat:sum'] ?? 0) / csatN) * 100) / 100, responses: csatN } : null,
  };
}

const MAX_DAYS = 92;
const DAY_MS = 86_400_000;

export async function computeStats(now = new Date()) {
  const { counts, fold } = await readRollup(TOTAL);
  return { ...figures(counts), fold, generatedAt: now.toISOString() };
}

export async function dailyStats(from: string, to: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!(end >= start) || (end - start) / DAY_MS >= MAX_DAYS) {
    throw new DomainError('invalid', `from..to must be a range of at most ${MAX_DAYS} days`);
  }
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  const rollups = await Promise.all(days.map((d) => readRollup(dayRollupId(d))));
  return { items: days.map((d, i) => dayFigures(d, rollups[i].counts)) };
}
