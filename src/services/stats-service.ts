/**
 * Supervisor statistics, computed from the stored cases and the event log with simple pipelines that
 * run on MongoDB and FerretDB alike (no $avg/$min/$max accumulators there: sums and counts only).
 */
import { CASE_STATUSES } from '../../workflows/case/domain';
import { CaseModel, EventModel } from '../db/models';

const HUMAN_OPEN = ['escalated', 'assigned'];

async function countBy(model: typeof CaseModel | typeof EventModel, match: Record<string, unknown>, field: string) {
  const rows = await (model as typeof CaseModel).aggregate<{ _id: string | null; n: number }>([
    { $match: match },
    { $group: { _id: `$${field}`, n: { $sum: 1 } } },
  ]);
  return Object.fromEntries(rows.filter((r) => r._id !== null).map((r) => [r._id as string, r.n]));
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

export async function computeStats(now = new Date()) {
  const [total, byStatusRaw, resolvedBy, aiConfirmed, escalated, escalationsByReason, breaches, warnings] =
    await Promise.all([
      CaseModel.countDocuments({}),
      countBy(CaseModel, {}, 'status'),
      countBy(CaseModel, { resolvedBy: { $ne: null } }, 'resolvedBy'),
      CaseModel.countDocuments({ resolvedBy: 'ai', 'resolution.confirmed': true }),
      CaseModel.countDocuments({ escalationReason: { $ne: null } }),
      countBy(EventModel, { type: 'escalated' }, 'data.reason'),
      EventModel.countDocuments({ type: 'sla_breach' }),
      EventModel.countDocuments({ type: 'sla_warning' }),
    ]);
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, byStatusRaw[s] ?? 0]));
  const resolved = Object.values(resolvedBy).reduce((a, b) => a + b, 0);

  const [firstResponses, reopened, repeatNew, csatRows, atRisk] = await Promise.all([
    EventModel.find({ type: 'first_response' }).select({ 'data.responseMs': 1 }).lean(),
    CaseModel.countDocuments({ reopenCount: { $gt: 0 } }),
    CaseModel.countDocuments({ repeatOf: { $ne: null } }),
    CaseModel.aggregate<{ _id: null; sum: number; n: number }>([
      { $match: { feedback: { $ne: null } } },
      { $group: { _id: null, sum: { $sum: '$feedback.rating' }, n: { $sum: 1 } } },
    ]),
    countAtRisk(),
  ]);
  const responseMs = firstResponses
    .map((e) => (e.data as { responseMs?: number } | undefined)?.responseMs)
    .filter((v): v is number => typeof v === 'number');
  const csat = csatRows[0];

  return {
    cases: { total, byStatus },
    aiResolutionRate: ratio(aiConfirmed, resolved),
    escalationRate: ratio(escalated, total),
    escalationsByReason,
    resolvedBy,
    sla: { breaches, warnings, atRisk },
    medianFirstResponseMs: median(responseMs),
    repeatContactRate: ratio(reopened + repeatNew, resolved),
    repeatContacts: { reopened, newCaseWithinWindow: repeatNew },
    csat: csat?.n
      ? { average: Math.round((csat.sum / csat.n) * 100) / 100, responses: csat.n }
      : { average: null, responses: 0 },
    generatedAt: now.toISOString(),
  };
}

/** Open human cases past an SLA warning and not yet breached on that clock. */
async function countAtRisk(): Promise<number> {
  const open = await CaseModel.find({ status: { $in: HUMAN_OPEN }, sla: { $ne: null } })
    .select({ sla: 1 })
    .lean();
  let n = 0;
  for (const c of open) {
    const sla = c.sla as {
      startedAt: string;
      warnings: { kind: string; at: string }[];
      breaches: { kind: string; at: string }[];
      firstResponseAt: string | null;
    };
    const current = (x: { at: string }) => Date.parse(x.at) >= Date.parse(sla.startedAt);
    const risky = sla.warnings
      .filter(current)
      .some(
        (w) =>
          !sla.breaches.filter(current).some((b) => b.kind === w.kind) &&
          !(w.kind === 'first_response' && sla.firstResponseAt),
      );
    if (risky) n += 1;
  }
  return n;
}
