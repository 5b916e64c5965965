/** Reading a case: its stored record and journal, or, before its first write, its workflow. */
import { stateQuery } from '../../workflows/case/contract';
import { toCaseView, type Audience, type StoredCase, type StoredFeedback } from '../db/case-view';
import { readEvents, type JournalHead } from '../db/journal';
import { keyed } from '../db/keyed-store';
import { readUnlessStoreDown } from '../db/store-down';
import { notFound } from '../errors';
import type { CaseClient } from '../temporal/case-client';
import type { Principal } from './deps';

export const audienceOf = (p: Principal): Audience => (p.kind === 'customer' ? 'customer' : 'staff');

/** A customer token opens its own case only; any other answers 404, as if it did not exist. */
export function mayOpen(p: Principal, caseId: string): void {
  if (p.kind === 'customer' && p.caseId !== caseId) throw notFound();
}

const cases = keyed('cases');
const feedbackStore = keyed('feedback');

export async function storedCase(caseId: string): Promise<StoredCase | null> {
  return cases.get<StoredCase>(caseId);
}

export const storedFeedback = (caseId: string) => feedbackStore.get<StoredFeedback>(caseId);

export async function requireCase(caseId: string): Promise<StoredCase> {
  const doc = await storedCase(caseId);
  if (!doc) throw notFound();
  return doc;
}

const STORE_DOWN =
  'the store is not answering: this is the case as its workflow has it; messages show again once the store is back';

export function createCaseReader(cases: CaseClient) {
  /** The case as the contract shows it; a case too new to be stored is read from its workflow. */
  async function view(caseId: string, audience: Audience): Promise<Record<string, unknown>> {
    // a store that cannot be reached gives way to the workflow (the case without its journal)
    const doc = await readUnlessStoreDown<StoredCase | null | 'down'>(
      () => storedCase(caseId),
      () => 'down',
    );
    if (doc === 'down') return { ...(await viewFromWorkflow(caseId, audience)), notice: STORE_DOWN };
    if (!doc) return viewFromWorkflow(caseId, audience);
    const [events, feedback] = await Promise.all([
      readEvents(caseId, 1, doc.eventSeq ?? 0, doc as JournalHead),
      storedFeedback(caseId),
    ]);
    return toCaseView(doc, events, feedback, audience);
  }

  async function viewFromWorkflow(caseId: string, audience: Audience) {
    const state = await cases.query(caseId, stateQuery);
    if (!state) throw notFound();
    const memo = ((await cases.describe(caseId)).memo ?? {}) as Record<string, unknown>;
    const doc = {
      ...state,
      _id: caseId,
      channel: memo.channel,
      subject: memo.subject,
      customer: { id: memo.customerId },
      createdAt: memo.createdAt ?? state.updatedAt,
    } as unknown as StoredCase;
    return toCaseView(doc, [], null, audience);
  }

  return { view };
}

export type CaseReader = ReturnType<typeof createCaseReader>;
