/** A worker restart in the middle of open cases loses nothing: timers that fell due while it was down fire after. */
import { openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '3s', ASSIGNMENT_TIMEOUT: '1m' });
});
afterAll(async () => sys?.close());

test('open cases survive a worker restart and their timers fire afterwards', async () => {
  const waiting = await openCase(sys);
  await waitForStatus(sys, waiting.caseId, waiting.token, 'awaiting_confirmation');
  const held = await openCase(sys, { subject: 'Fraud', message: 'Someone used my stolen card for fraud' });
  await waitForStatus(sys, held.caseId, held.token, 'escalated');
  const agent = await sys.agentToken(uid('agent'));
  const task = await openTaskOf(sys, held.caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });

  await sys.stopWorker();
  const downFor = 4_000;
  await new Promise((r) => setTimeout(r, downFor));
  const whileDown = await sys.http.get(`/api/cases/${waiting.caseId}`, { token: waiting.token });
  expect(whileDown.body.status).toBe('awaiting_confirmation');
  await sys.startWorker();

  const escalated = await waitForStatus(sys, waiting.caseId, waiting.token, 'escalated', 15_000);
  expect(escalated.escalation.reason).toBe('no_confirmation');
  const reply = await sys.http.post(
    `/api/tasks/${task.taskId}/reply`,
    { text: 'Blocking the card now' },
    { token: agent },
  );
  expect(reply.status).toBe(200);
  expect(reply.body.status).toBe('assigned');
  expect(reply.body.messages.at(-1)).toMatchObject({ from: 'agent', text: 'Blocking the card now' });
});
