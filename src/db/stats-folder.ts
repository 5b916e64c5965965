/**
 * Folds the stats outbox into the rollups, exactly once, without atomic increments (the embedded store
 * has none) and with a single writer (one activity at a time, from the folder workflow).
 *
 * Each contribution is a case's figures as a whole, tagged with its step: the folder keeps the last one
 * per case and adds only the difference, so a repeated or late contribution changes nothing. A fold is
 * first written whole (the contributions and the absolute rollup values it leads to) under the next
 * fold number, by a unique insert: that is the commit. Applying it writes absolute values, so a fold
 * cut short is finished by the next run without counting anything twice.
 */
import type { Fence } from './case-writer';
import { isDuplicateKey } from './connect';
import { ContributionModel, FoldModel, OutboxModel, RollupModel } from './models';
import { addInto, countsOf, difference, type Contribution, type Counts, type RollupChange } from './rollup-counts';

const foldId = (n: number) => `f${String(n).padStart(12, '0')}`;
export const TOTAL = 'total';
export const dayRollupId = (day: string) => `day:${day}`;
const META = 'meta';

interface Fold {
  _id: string;
  n: number;
  outboxIds: string[];
  contributions: Record<string, { v: number; c: Contribution }>;
  rollups: Record<string, Counts>;
}

const EMPTY: RollupChange = { total: {}, days: {} };

async function lastAppliedFold(): Promise<number> {
  const meta = await RollupModel.findById(META).lean();
  return meta?.fold ?? 0;
}

async function apply(fold: Fold, fence: Fence): Promise<void> {
  fence();
  await Promise.all(
    Object.entries(fold.rollups).map(([id, counts]) =>
      RollupModel.replaceOne({ _id: id }, { _id: id, counts, fold: fold.n }, { upsert: true }),
    ),
  );
  await Promise.all(
    Object.entries(fold.contributions).map(([key, { v, c }]) =>
      ContributionModel.replaceOne({ _id: key }, { _id: key, v, c }, { upsert: true }),
    ),
  );
  if (fold.outboxIds.length) await OutboxModel.deleteMany({ _id: { $in: fold.outboxIds } });
  fence();
  await RollupModel.replaceOne({ _id: META }, { _id: META, counts: {}, fold: fold.n }, { upsert: true });
  await FoldModel.deleteOne({ _id: foldId(fold.n - 1) });
}

/** Folds up to `limit` outbox entries; returns how many it took off the outbox. */
export async function foldOnce(fence: Fence = () => undefined, limit = 500): Promise<number> {
  let n = await lastAppliedFold();
  const unfinished = await FoldModel.findById(foldId(n + 1)).lean<Fold>();
  if (unfinished) {
    await apply(unfinished, fence);
    n += 1;
  }

  const entries = await OutboxModel.find({}).limit(limit).lean();
  if (!entries.length) return 0;
  const latest = new Map<string, { v: number; c: Contribution }>();
  for (const e of entries) {
    const key = e.key as string;
    if ((latest.get(key)?.v ?? -1) < (e.v as number)) latest.set(key, { v: e.v as number, c: e.c as Contribution });
  }

  const contributions: Fold['contributions'] = {};
  const changes: RollupChange[] = [];
  const previous = await Promise.all([...latest.keys()].map((key) => ContributionModel.findById(key).lean()));
  [...latest.entries()].forEach(([key, next], i) => {
    const prev = previous[i];
    if (prev && (prev.v as number) >= next.v) return;
    contributions[key] = next;
    changes.push(difference(countsOf(next.c), prev ? countsOf(prev.c as Contribution) : EMPTY));
  });

  const byId: Record<string, Counts> = {};
  const merge = (id: string, c: Counts) => {
    byId[id] = addInto(byId[id] ?? {}, c);
  };
  for (const change of changes) {
    merge(TOTAL, change.total);
    for (const [day, c] of Object.entries(change.days)) merge(dayRollupId(day), c);
  }
  const current = await Promise.all(Object.keys(byId).map((id) => RollupModel.findById(id).lean()));
  const rollups: Record<string, Counts> = {};
  Object.entries(byId).forEach(([id, change], i) => {
    rollups[id] = addInto((current[i]?.counts ?? {}) as Counts, change);
  });

  const fold: Fold = {
    _id: foldId(n + 1),
    n: n + 1,
    outboxIds: entries.map((e) => e._id as string),
    contributions,
    rollups,
  };
  fence();
  try {
    await FoldModel.create({ ...fold, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) return 0;
    throw err;
  }
  await apply(fold, fence);
  return entries.length;
}

export async function readRollup(id: string): Promise<{ counts: Counts; fold: number }> {
  const doc = await RollupModel.findById(id).lean();
  return { counts: (doc?.counts ?? {}) as Counts, fold: doc?.fold ?? 0 };
}

/** How many outbox entries wait for the folder (a bounded collection). */
export async function pendingContributions(): Promise<number> {
  return OutboxModel.countDocuments({});
}
