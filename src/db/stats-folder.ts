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
import { keyed } from './keyed-store';
import { OutboxModel } from './models';
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

const rollups = keyed('stats_rollups');
const contributionsStore = keyed('stats_contributions');
const folds = keyed('stats_folds');

async function lastAppliedFold(): Promise<number> {
  const meta = await rollups.get<{ fold?: number }>(META);
  return meta?.fold ?? 0;
}

async function apply(fold: Fold, fence: Fence): Promise<void> {
  fence();
  await Promise.all(Object.entries(fold.rollups).map(([id, counts]) => rollups.replace(id, { counts, fold: fold.n })));
  await Promise.all(
    Object.entries(fold.contributions).map(([key, { v, c }]) => contributionsStore.replace(key, { v, c })),
  );
  // the outbox is bounded (the folder drains it), so a filter there costs little
  if (fold.outboxIds.length) await OutboxModel.deleteMany({ _id: { $in: fold.outboxIds } });
  fence();
  await rollups.replace(META, { counts: {}, fold: fold.n });
  await folds.delete(foldId(fold.n - 1));
}

/** Folds up to `limit` outbox entries; returns how many it took off the outbox. */
export async function foldOnce(fence: Fence = () => undefined, limit = 500): Promise<number> {
  let n = await lastAppliedFold();
  const unfinished = await folds.get<Fold>(foldId(n + 1));
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
  const previous = await Promise.all(
    [...latest.keys()].map((key) => contributionsStore.get<{ v: number; c: Contribution }>(key)),
  );
  [...latest.entries()].forEach(([key, next], i) => {
    const prev = previous[i];
    if (prev && prev.v >= next.v) return;
    contributions[key] = next;
    changes.push(difference(countsOf(next.c), prev ? countsOf(prev.c) : EMPTY));
  });

  const byId: Record<string, Counts> = {};
  const merge = (id: string, c: Counts) => {
    byId[id] = addInto(byId[id] ?? {}, c);
  };
  for (const change of changes) {
    merge(TOTAL, change.total);
    for (const [day, c] of Object.entries(change.days)) merge(dayRollupId(day), c);
  }
  const current = await Promise.all(Object.keys(byId).map((id) => rollups.get<{ counts?: Counts }>(id)));
  const absolute: Record<string, Counts> = {};
  Object.entries(byId).forEach(([id, change], i) => {
    absolute[id] = addInto(current[i]?.counts ?? {}, change);
  });

  const fold: Fold = {
    _id: foldId(n + 1),
    n: n + 1,
    outboxIds: entries.map((e) => e._id as string),
    contributions,
    rollups: absolute,
  };
  fence();
  if (!(await folds.insertOnce(fold._id, { ...fold, at: new Date() }))) return 0;
  await apply(fold, fence);
  return entries.length;
}

export async function readRollup(id: string): Promise<{ counts: Counts; fold: number }> {
  const doc = await rollups.get<{ counts?: Counts; fold?: number }>(id);
  return { counts: doc?.counts ?? {}, fold: doc?.fold ?? 0 };
}

/** How many outbox entries wait for the folder (a bounded collection). */
export async function pendingContributions(): Promise<number> {
  return OutboxModel.countDocuments({});
}
