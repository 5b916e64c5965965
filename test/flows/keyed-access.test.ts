/**
 * The store's access rule, checked on a whole case: every query on a collection that grows with the
 * cases is a lone `_id`, whatever the case goes through and whoever reads it.
 */
import { CaseModel } from '../../src/db/models';
import { KeyedAccessViolation, keyedCollections, recordAccess } from '../../src/db/keyed-access';
import { openTaskOf } from '../support/agents';
import { openCase, waitForStatus } from '../support/cases';
import { eventually } from '../support/http';
import { statsSettled } from '../support/stats';
import { METRICS_TOKEN, startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '1m', REOPEN_WINDOW: '2s', CUSTOMER_REPLY_TIMEOUT: '1m' });
});
afterAll(async () => sys?.close());

test('a filter other than a lone _id on a keyed collection is refused', async () => {
  await expect(CaseModel.findOne({ status: 'escalated' })).rejects.toBeInstanceOf(KeyedAccessViolation);
  await expect(CaseModel.findOne({ _id: 'c_x', status: 'closed' })).rejects.toBeInstanceOf(KeyedAccessViolation);
  await expect(CaseModel.updateOne({ _id: { $in: ['a', 'b'] } }, { $set: { status: 'x' } })).rejects.toBeInstanceOf(
    KeyedAccessViolation,
  );
  await expect(CaseModel.findById('c_missing')).resolves.toBeNull();
});

test('every store access of a case, from intake to closed, and of its readers is keyed', async () => {
  const seen = recordAccess();
  const supervisor = await sys.supervisorToken(uid('sup'));
  const agent = await sys.agentToken(uid('agent'));
  const { caseId, token, customerId } = await openCase(sys, {}, { 'Idempotency-Key': uid('key') });
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: false, comment: 'no' }, { token });
  const task = await openTaskOf(sys, caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  await sys.http.post(
    `/api/tasks/${task.taskId}/reply`,
    { text: 'Which one?', waitForCustomer: true },
    { token: agent },
  );
  await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'The last one' }, { token });
  await sys.http.post(`/api/tasks/${task.taskId}/resolve`, { summary: 'Done', text: 'Sorted' }, { token: agent });
  await sys.http.post(`/api/cases/${caseId}/feedback`, { rating: 5 }, { token });
  await sys.http.get(`/api/cases/${caseId}`, { token });
  await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor });
  await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor });
  await sys.http.get(`/api/cases?status=resolved`, { token: supervisor });
  await sys.http.get(`/api/cases?customerId=${customerId}`, { token: supervisor });
  await sys.http.get('/api/stats', { token: supervisor });
  await sys.http.get('/metrics', { token: METRICS_TOKEN });
  await waitForStatus(sys, caseId, token, 'closed', 15_000);
  await eventually(
    async () => (await sys.http.get('/api/stats', { token: supervisor })).body.cases.byStatus.closed >= 1,
  );
  const accesses = seen();
  await statsSettled();

  const onKeyed = accesses.filter((a) => keyedCollections.has(a.collection));
  // the check below has something to check: reads and writes of the case, its customer and its figures
  for (const c of ['cases', 'customer_cases', 'customers', 'feedback', 'stats_contributions', 'stats_rollups']) {
    expect(onKeyed.some((a) => a.collection === c)).toBe(true);
  }
  expect(onKeyed.filter((a) => !a.keyed)).toEqual([]);
});
