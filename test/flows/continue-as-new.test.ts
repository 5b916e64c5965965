/** A long case continues as new with its whole state: the read model, the task, the clocks and the history. */
import { openTaskOf } from '../support/agents';
import { FRAUD, caseHistory, openCase, waitForStatus } from '../support/cases';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ WORKFLOW_HISTORY_LIMIT: '40', ASSIGNMENT_TIMEOUT: '1m', REOPEN_WINDOW: '2s' });
});
afterAll(async () => sys?.close());

test('a case that outgrows its history limit carries on in a new run', async () => {
  const { caseId, token } = await openCase(sys, FRAUD);
  await waitForStatus(sys, caseId, token, 'escalated');
  const agentId = uid('agent');
  const agent = await sys.agentToken(agentId);
  const supervisor = await sys.supervisorToken(uid('sup'));
  const task = await openTaskOf(sys, caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  const firstRun = (await sys.client.workflow.getHandle(caseId).describe()).runId;

  for (let i = 0; i < 6; i += 1) {
    const ask = await sys.http.post(
      `/api/tasks/${task.taskId}/reply`,
      { text: `Question ${i}`, waitForCustomer: true },
      { token: agent },
    );
    expect(ask.body.status).toBe('waiting_on_customer');
    const answer = await sys.http.post(`/api/cases/${caseId}/messages`, { text: `Answer ${i}` }, { token });
    expect(answer.body.status).toBe('assigned');
  }
  const laterRun = await eventually(
    async () => {
      const run = (await sys.client.workflow.getHandle(caseId).describe()).runId;
      return run !== firstRun ? run : undefined;
    },
    10_000,
    'a new run',
  );
  expect(laterRun).not.toBe(firstRun);

  const state = (await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor })).body;
  expect(state).toMatchObject({
    source: 'workflow',
    status: 'assigned',
    task: { taskId: task.taskId, assignee: agentId },
  });
  const done = await sys.http.post(`/api/tasks/${task.taskId}/resolve`, { summary: 'All answered' }, { token: agent });
  expect(done.body.status).toBe('resolved');
  expect(done.body.messages.filter((m: { from: string }) => m.from === 'agent')).toHaveLength(6);
  await waitForStatus(sys, caseId, token, 'closed', 15_000);

  const history = await caseHistory(sys, supervisor, caseId);
  const seqKeys = history.map((e) => `${e.type}|${e.at}|${JSON.stringify(e.data)}`);
  expect(new Set(seqKeys).size).toBe(seqKeys.length);
  expect(history.filter((e) => e.type === 'message' && e.data.from === 'customer')).toHaveLength(7);
});
