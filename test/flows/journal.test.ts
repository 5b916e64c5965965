/** The audit trail across pages: the page being filled in the case document, full pages apart, retries harmless. */
import { recordTransition } from '../../src/db/case-writer';
import { JOURNAL_PAGE, readEvents, type JournalHead } from '../../src/db/journal';
import { CaseModel, JournalModel } from '../../src/db/models';
import type { CaseState } from '../../workflows/case/contract';
import type { CaseEvent } from '../../workflows/case/io';
import { initialModel } from '../../workflows/case/model';
import { input } from '../unit/case-model';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(async () => sys?.close());

const event = (seq: number): CaseEvent => ({
  seq,
  type: 'message',
  at: new Date(Date.UTC(2026, 10, 26, 10, 0, seq)).toISOString(),
  actor: { type: 'customer', id: 'cus_1' },
  data: { messageId: `m${seq}`, from: 'customer', text: `message ${seq}` },
});

test('steps of any size land on the right pages, and a retried step adds nothing', async () => {
  const caseId = uid('c');
  const state: CaseState = { ...initialModel({ ...input(), caseId }).s, caseId };
  const sizes = [2, 1, 30, 17, 1, 60, 3];
  let seq = 0;
  let version = 0;
  for (const size of sizes) {
    const events = Array.from({ length: size }, () => event(++seq));
    const batch = {
      caseId,
      version: ++version,
      state,
      events,
      ...(version === 1 ? { create: { intake: input().intake, createdAt: input().createdAt } } : {}),
    };
    await recordTransition(batch);
    // a retried attempt of the same step
    await recordTransition(batch);
  }
  const doc = (await CaseModel.findById(caseId).lean()) as JournalHead & { eventSeq: number };
  expect(doc.eventSeq).toBe(seq);
  expect(Object.keys(doc.journal ?? {}).length).toBe(seq % JOURNAL_PAGE || JOURNAL_PAGE);
  const pages = await Promise.all([0, 1].map((p) => JournalModel.findById(`${caseId}:${p}`).lean()));
  expect(pages.map((p) => Object.keys((p?.items ?? {}) as object).length)).toEqual([JOURNAL_PAGE, JOURNAL_PAGE]);

  const all = await readEvents(caseId, 1, seq, doc);
  expect(all.map((e) => e.seq)).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
  const middle = await readEvents(caseId, 45, 105, doc);
  expect(middle.map((e) => e.seq)).toEqual(Array.from({ length: 61 }, (_, i) => i + 45));
});
