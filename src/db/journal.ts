/** The audit trail of a case, in pages of JOURNAL_PAGE events keyed by case and page number. */
import type { CaseEvent } from '../../workflows/case/io';
import { JournalModel } from './models';

export const JOURNAL_PAGE = 50;

export const pageOf = (seq: number): number => Math.floor((seq - 1) / JOURNAL_PAGE);
export const pageId = (caseId: string, page: number): string => `${caseId}:${page}`;

/** Writes events by `_id` and sequence: a retried write sets the same values again. */
export async function appendEvents(caseId: string, events: CaseEvent[]): Promise<void> {
  const byPage = new Map<number, Record<string, unknown>>();
  for (const e of events) {
    const set = byPage.get(pageOf(e.seq)) ?? {};
    set[`items.s${e.seq}`] = e;
    byPage.set(pageOf(e.seq), set);
  }
  for (const [page, set] of byPage) {
    await JournalModel.updateOne(
      { _id: pageId(caseId, page) },
      { $set: set, $setOnInsert: { caseId, page } },
      { upsert: true },
    );
  }
}

/** Events `from`..`to` (inclusive, by sequence), oldest first. */
export async function readEvents(caseId: string, from: number, to: number): Promise<CaseEvent[]> {
  if (to < from) return [];
  const pages = [];
  for (let p = pageOf(from); p <= pageOf(to); p += 1) pages.push(p);
  const docs = await Promise.all(pages.map((p) => JournalModel.findById(pageId(caseId, p)).lean()));
  const events: CaseEvent[] = [];
  for (const doc of docs) {
    for (const e of Object.values((doc?.items ?? {}) as Record<string, CaseEvent>)) {
      if (e.seq >= from && e.seq <= to) events.push(e);
    }
  }
  return events.sort((a, b) => a.seq - b.seq);
}
