/**
 * Supervisor statistics, computed from the stored cases and the event log with simple pipelines that
 * run on MongoDB and FerretDB alike (no $avg/$min/$max accumulators there: counts, summed up in code).
 */
import { CASE_STATUSES } from '../../workflows/case/domain';
import { CaseModel, EventModel } from '../db/models';

const HUMAN_OPEN = ['escalated', 'assigned'];
const COUNTED_EVENTS = ['escalated', 'sla_breach', 'sla_warning', 'first_response'];

/** One row per distinct combination of the fields the figures need; `repeat` is the BSON type of repeatOf. */
interface CaseGroup {
  _id: {
    status?: string;
    by?: string | null;
    confirmed?: boolean | null;
    reason?: string | null;
    reopens?: number | null;
    rating?: number | null;
    repeat?: string;
  };
  n: number;
}

/**
 * A single pass over the cases. FerretDB (SQLite) pushes no filter but `_id` down and decodes every
 * document for every query, so one grouping replaces a count per figure; on MongoDB it is one collection
 * scan that returns a few hundred rows. One accumulator only: FerretDB 1.24 answers 0 for any after the first.
 */
function caseGroups() {
  return CaseModel.aggregate<CaseGroup>([
    {
      $group: {
        _id: {
          status: '$status',
          by: '$resolvedBy',
          confirmed: '$resolution.confirmed',
          reason: '$escalationReason',
          reopens: '$reopenCount',
          rating: '$feedback.rating',
          repeat: { $type: '$repeatOf' },
        },
        n: { $sum: 1 },
      },
    },
  ]);
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

function add(counts: Record<string, number>, key: string, n: number) {
  counts[key] = (counts[key] ?? 0) + n;
}

export async function computeStats(now = new Date()) {
  const [groups, events, atRisk] = await Promise.all([
    caseGroups(),
    EventModel.find({ type: { $in: COUNTED_EVENTS } })
      .select({ type: 1, 'data.reason': 1, 'data.responseMs': 1 })
      .lean(),
    countAtRisk(),
  ]);

  const byStatus: Record<string, number> = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0]));
  const resolvedBy: Record<string, number> = {};
  let total = 0;
  let aiConfirmed = 0;
  let escalated = 0;
  let reopened = 0;
  let repeatNew = 0;
  const csat = { sum: 0, n: 0 };
  for (const { _id: g, n } of groups) {
    total += n;
    if (g.status) add(byStatus, g.status, n);
    if (g.by) add(resolvedBy, g.by, n);
    if (g.by === 'ai' && g.confirmed === true) aiConfirmed += n;
    if (g.reason) escalated += n;
    if ((g.reopens ?? 0) > 0) reopened += n;
    if (g.repeat === 'string') repeatNew += n;
    if (typeof g.rating === 'number') {
      csat.sum += g.rating * n;
      csat.n += n;
    }
  }
  const resolved = Object.values(resolvedBy).reduce((a, b) => a + b, 0);

  const escalationsByReason: Record<string, number> = {};
  const responseMs: number[] = [];
  let breaches = 0;
  let warnings = 0;
  for (const e of events) {
    const data = (e.data ?? {}) as { reason?: string; responseMs?: number };
    if (e.type === 'escalated' && data.reason) add(escalationsByReason, data.reason, 1);
    else if (e.type === 'sla_breach') breaches += 1;
    else if (e.type === 'sla_warning') warnings += 1;
    else if (e.type === 'first_response' && typeof data.responseMs === 'number') responseMs.push(data.responseMs);
  }

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
    csat: csat.n
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
