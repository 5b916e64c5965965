/**
 * The statistics as flat counters: what one contribution (a case's figures, or a piece of feedback) adds
 * to the all-time rollup and to the rollup of each day. Keys use ':' (the store refuses dots in keys).
 */
import { RESOLVERS, type Resolver } from '../../workflows/case/domain';
import type { CaseContribution, DayCounts } from '../../workflows/case/io';

export type Counts = Record<string, number>;

export interface FeedbackContribution {
  feedback: { rating: number; day: string };
}

export type Contribution = CaseContribution | FeedbackContribution;

export interface RollupChange {
  total: Counts;
  days: Record<string, Counts>;
}

/** First-response times in buckets 2% wide: the median is read back within 1%. */
const BUCKET_RATIO = 1.02;
export const bucketOf = (ms: number): number => Math.floor(Math.log(Math.max(ms, 0) + 1) / Math.log(BUCKET_RATIO));
export const bucketValue = (b: number): number => Math.round(Math.pow(BUCKET_RATIO, b + 0.5) - 1);

function add(counts: Counts, key: string, n = 1): void {
  if (n) counts[key] = (counts[key] ?? 0) + n;
}

function dayCounts(d: DayCounts): Counts {
  const c: Counts = {};
  add(c, 'started', d.started ?? 0);
  for (const [reason, n] of Object.entries(d.escalations ?? {})) add(c, `escalations:${reason}`, n ?? 0);
  add(c, 'slaWarnings', d.slaWarnings ?? 0);
  add(c, 'slaBreaches', d.slaBreaches ?? 0);
  for (const [by, n] of Object.entries(d.resolved ?? {})) add(c, `resolutions:${by}`, n ?? 0);
  add(c, 'reopens', d.reopened ?? 0);
  for (const ms of d.firstResponseMs ?? []) {
    add(c, 'fr:n');
    add(c, `fr:b${bucketOf(ms)}`);
  }
  return c;
}

/** Everything a contribution counts, as absolute values. */
export function countsOf(c: Contribution): RollupChange {
  const total: Counts = {};
  const days: Record<string, Counts> = {};
  if ('feedback' in c) {
    const f: Counts = { 'csat:sum': c.feedback.rating, 'csat:n': 1 };
    return { total: { ...f }, days: { [c.feedback.day]: f } };
  }
  add(total, `status:${c.status}`);
  if (c.resolvedBy) add(total, `resolved:${c.resolvedBy}`);
  if (c.aiConfirmed) add(total, 'aiConfirmed');
  if (c.escalated) add(total, 'escalatedCases');
  if (c.reopened) add(total, 'reopenedCases');
  if (c.repeat) add(total, 'repeatCases');
  if (c.atRisk) add(total, 'atRisk');
  if (c.task) add(total, `task:${c.task}`);
  for (const [day, d] of Object.entries(c.days)) {
    const counts = dayCounts(d);
    days[day] = counts;
    for (const [k, n] of Object.entries(counts)) add(total, k, n);
  }
  return { total, days };
}

/** after - before, per key (zeros dropped). */
export function difference(after: RollupChange, before: RollupChange): RollupChange {
  const diff = (a: Counts, b: Counts): Counts => {
    const out: Counts = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) add(out, k, (a[k] ?? 0) - (b[k] ?? 0));
    return out;
  };
  const days: Record<string, Counts> = {};
  for (const day of new Set([...Object.keys(after.days), ...Object.keys(before.days)])) {
    const d = diff(after.days[day] ?? {}, before.days[day] ?? {});
    if (Object.keys(d).length) days[day] = d;
  }
  return { total: diff(after.total, before.total), days };
}

export function addInto(target: Counts, change: Counts): Counts {
  const out = { ...target };
  for (const [k, n] of Object.entries(change)) {
    const v = (out[k] ?? 0) + n;
    if (v) out[k] = v;
    else delete out[k];
  }
  return out;
}

export function median(counts: Counts): number | null {
  const n = counts['fr:n'] ?? 0;
  if (!n) return null;
  const buckets = Object.entries(counts)
    .filter(([k]) => k.startsWith('fr:b'))
    .map(([k, v]) => [Number(k.slice(4)), v] as const)
    .sort((a, b) => a[0] - b[0]);
  let seen = 0;
  for (const [b, v] of buckets) {
    seen += v;
    if (seen * 2 >= n) return bucketValue(b);
  }
  return null;
}

export const RESOLVED_KEYS = RESOLVERS.map((r: Resolver) => `resolved:${r}`);
