/**
 * The audit trail of a case, in pages of JOURNAL_PAGE events. The page being filled lives in the case
 * document itself (`journal`), so a step of a case is one write; a full page moves to the `journal`
 * collection (`<caseId>:<page>`) once, when the next page starts.
 */
import type { CaseEvent } from '../../workflows/case/io';
import { keyed } from './keyed-store';

export const JOURNAL_PAGE = 50;

export const pageOf = (seq: number): number => Math.floor((seq - 1) / JOURNAL_PAGE);
export const pageId = (caseId: string, page: number): string => `${caseId}:${page}`;

const pages = keyed('journal');
const cases = keyed('cases');

export type JournalTail = Record<string, CaseEvent>;

const key = (e: CaseEvent) => `s${e.seq}`;

/**
 * The fields of the case document that hold the new events. When they start a new page, the full
 * page(s) go to the journal collection first (by `$set` of each event, so a retry adds nothing twice).
 */
export async function journalFields(caseId: string, events: CaseEvent[]): Promise<Record<string, unknown>> {
  if (!events.length) return {};
  const first = events[0].seq;
  const last = events[events.length - 1].seq;
  const fillsOnePage = pageOf(first) === pageOf(last) && (first === 1 || pageOf(first - 1) === pageOf(first));
  if (fillsOnePage) return Object.fromEntries(events.map((e) => [`journal.${key(e)}`, e]));

  const stored = await cases.get<{ journal?: JournalTail }>(caseId);
  const all = [...Object.values(stored?.journal ?? {}), ...events];
  const lastPage = pageOf(last);
  const byPage = new Map<number, Record<string, CaseEvent>>();
  for (const e of all) {
    const items = byPage.get(pageOf(e.seq)) ?? {};
    items[key(e)] = e;
    byPage.set(pageOf(e.seq), items);
  }
  for (const [page, items] of byPage) {
    if (page === lastPage) continue;
    const set = Object.fromEntries(Object.entries(items).map(([k, e]) => [`items.${k}`, e]));
    await pages.set(pageId(caseId, page), set, { caseId, page });
  }
  return { journal: byPage.get(lastPage) ?? {} };
}

/** What a case document says of its journal. */
export interface JournalHead {
  eventSeq?: number | null;
  journal?: JournalTail | null;
}

/** Events `from`..`to` (inclusive, by sequence), oldest first: full pages by key, the last from the case document. */
export async function readEvents(caseId: string, from: number, to: number, head: JournalHead): Promise<CaseEvent[]> {
  if (to < from) return [];
  const tailPage = pageOf(head.eventSeq ?? 0);
  const tail = head.journal;
  const wanted: number[] = [];
  for (let p = pageOf(from); p <= pageOf(to); p += 1) wanted.push(p);
  const docs = await Promise.all(
    wanted.map((p) =>
      p === tailPage && tail ? { items: tail } : pages.get<{ items?: Record<string, CaseEvent> }>(pageId(caseId, p)),
    ),
  );
  const events: CaseEvent[] = [];
  for (const doc of docs) {
    for (const e of Object.values(doc?.items ?? {})) if (e.seq >= from && e.seq <= to) events.push(e);
  }
  return events.sort((a, b) => a.seq - b.seq);
}
