/**
 * Recounts the statistics from scratch, from the event log and the stored cases (an offline scan, never
 * on a request path), and compares the result with the rollups the folder keeps.
 */
import type { CaseState } from '../../workflows/case/contract';
import type { CaseEvent } from '../../workflows/case/io';
import { contributionOf, countEvent, type CaseCounters } from '../../workflows/case/stats';
import { allowScans } from '../db/keyed-access';
import { CaseModel, FeedbackModel, JournalModel, RollupModel } from '../db/models';
import { addInto, countsOf, type Counts } from '../db/rollup-counts';
import { TOTAL, dayRollupId } from '../db/stats-folder';

export interface Recount {
  total: Counts;
  days: Record<string, Counts>;
}

export interface Difference {
  rollup: string;
  key: string;
  counted: number;
  stored: number;
}

/** What every case and every piece of feedback adds up to, as the folder should have it. */
export async function recount(): Promise<Recount> {
  return allowScans(async () => {
    const counters = new Map<string, CaseCounters>();
    for await (const page of JournalModel.find({}).lean().cursor()) {
      const c = counters.get(page.caseId as string) ?? {};
      for (const e of Object.values((page.items ?? {}) as Record<string, CaseEvent>)) countEvent(c, e);
      counters.set(page.caseId as string, c);
    }
    let total: Counts = {};
    const days: Record<string, Counts> = {};
    const add = (change: ReturnType<typeof countsOf>) => {
      total = addInto(total, change.total);
      for (const [day, c] of Object.entries(change.days)) days[day] = addInto(days[day] ?? {}, c);
    };
    for await (const doc of CaseModel.find({}).lean().cursor()) {
      const state = doc as unknown as CaseState;
      // the page being filled lives in the case document
      const c = counters.get(doc._id as string) ?? {};
      for (const e of Object.values((doc.journal ?? {}) as Record<string, CaseEvent>)) countEvent(c, e);
      counters.set(doc._id as string, c);
      add(countsOf(contributionOf(state, counters.get(doc._id as string) ?? {}, !!doc.repeatOf)));
    }
    for await (const f of FeedbackModel.find({}).lean().cursor()) {
      add(
        countsOf({ feedback: { rating: f.rating as number, day: new Date(f.at as Date).toISOString().slice(0, 10) } }),
      );
    }
    return { total, days };
  });
}

/** Every counter where the rollups and the recount disagree (optionally one day only). */
export async function reconcile(day?: string): Promise<{ differences: Difference[]; recounted: Recount }> {
  const recounted = await recount();
  const wanted: [string, Counts][] = day
    ? [[dayRollupId(day), recounted.days[day] ?? {}]]
    : [
        [TOTAL, recounted.total],
        ...Object.entries(recounted.days).map(([d, c]) => [dayRollupId(d), c] as [string, Counts]),
      ];
  const differences: Difference[] = [];
  for (const [id, counted] of wanted) {
    const stored = ((await RollupModel.findById(id).lean())?.counts ?? {}) as Counts;
    for (const key of new Set([...Object.keys(counted), ...Object.keys(stored)])) {
      if ((counted[key] ?? 0) !== (stored[key] ?? 0)) {
        differences.push({ rollup: id, key, counted: counted[key] ?? 0, stored: stored[key] ?? 0 });
      }
    }
  }
  return { differences, recounted };
}
