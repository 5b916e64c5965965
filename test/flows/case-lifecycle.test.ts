/** Every path of a case through the HTTP contract, against the real Temporal server and database. */
import { startSystem, uid, type TestSystem } from '../support/system';
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '2s', REOPEN_WINDOW: '3s', ASSIGNMENT_TIMEOUT: '1m' });
});
afterAll(async () => sys?.close());

test('a confirmed AI answer resolves the case by the AI', async () => {
  const { caseId, token } = await openCase(sys);
  const waiting = await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  expect(waiting.aiAnswer.text.length).toBeGreaterThan(20);
  expect(waiting.aiAnswer.confidence).toBeGreaterThan(0);
  expect(waiting.aiAnswer.sources[0]).toMatch(/^kb\//);
  expect(waiting.messages.map((m: { from: string }) => m.from)).toEqual(['customer', 'ai']);

  const res = await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
  expect(res.status).toBe(200);
  expect(res.body.status).toBe('resolved');
  expect(res.body.resolution).toMatchObject({ by: 'ai', confirmed: true });
});

test('a rejected AI answer escalates with customer_rejected', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const res = await sys.http.post(
    `/api/cases/${caseId}/confirm`,
    { resolved: false, comment: 'Not what I asked' },
    { token },
  );
  expect(res.status).toBe(200);
  expect(res.body.status).toBe('escalated');
  // the customer is told why (their own rejection) and when to expect an answer
  expect(res.body.escalation).toMatchObject({ reason: 'customer_rejected' });
  expect(res.body.sla.firstResponseDueAt).toBeTruthy();
  const staff = await waitForStatus(sys, caseId, token, 'escalated');
  expect(staff.escalation).toMatchObject({ reason: 'customer_rejected', level: 1 });
  expect(staff.task).toMatchObject({ status: 'open', assignee: null });
});

test('silence past the confirmation timeout escalates with no_confirmation', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const c = await waitForStatus(sys, caseId, token, 'escalated', 10_000);
  expect(c.escalation.reason).toBe('no_confirmation');
});

test('a customer who asks for a human gets one', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const res = await sys.http.post(`/api/cases/${caseId}/escalate`, { reason: 'I want to talk to a person' }, { token });
  expect(res.status).toBe(200);
  expect(res.body.status).toBe('escalated');
  expect(res.body.escalation.reason).toBe('customer_requested_human');

  const again = await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token });
  expect(again.status).toBe(200);
  expect(again.body.escalation.reason).toBe('customer_requested_human');
});

test('a serious case goes straight to a human without an AI answer', async () => {
  const { caseId, token } = await openCase(sys, FRAUD);
  const c = await waitForStatus(sys, caseId, token, 'escalated');
  expect(c.escalation.reason).toBe('sensitive_topic');
  expect(c.priority).toBe('urgent');
  expect(c.aiAnswer).toBeNull();
});

test('an agent claims, replies, waits for the customer and resolves; a second claim gets 409', async () => {
  const { caseId, token } = await openCase(sys, FRAUD);
  await waitForStatus(sys, caseId, token, 'escalated');
  const alice = await sys.agentToken(uid('alice'));
  const bob = await sys.agentToken(uid('bob'));
  const task = await openTaskOf(sys, caseId, alice);

  const claim = await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: alice });
  expect(claim.status).toBe(200);
  expect(claim.body.case.status).toBe('assigned');

  const second = await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: bob });
  expect(second.status).toBe(409);
  expect(second.body.error.code).toBe('conflict');

  const notHolder = await sys.http.post(`/api/tasks/${task.taskId}/reply`, { text: 'hi' }, { token: bob });
  expect(notHolder.status).toBe(403);

  const ask = await sys.http.post(
    `/api/tasks/${task.taskId}/reply`,
    { text: 'Which card ends in which digits?', waitForCustomer: true },
    { token: alice },
  );
  expect(ask.status).toBe(200);
  expect(ask.body.status).toBe('waiting_on_customer');
  expect(ask.body.sla.paused).toBe(true);

  const answer = await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'It ends in 1234' }, { token });
  expect(answer.status).toBe(201);
  expect(answer.body.status).toBe('assigned');
  expect(answer.body.sla.paused).toBe(false);

  const resolved = await sys.http.post(
    `/api/tasks/${task.taskId}/resolve`,
    { summary: 'Card blocked, charge refunded', text: 'We blocked the card and refunded the charge.' },
    { token: alice },
  );
  expect(resolved.status).toBe(200);
  expect(resolved.body.status).toBe('resolved');
  expect(resolved.body.resolution).toMatchObject({ by: 'agent', summary: 'Card blocked, charge refunded' });
  expect(resolved.body.messages.map((m: { from: string }) => m.from)).toEqual([
    'customer',
    'agent',
    'customer',
    'agent',
  ]);
});

test('a message within the reopen window reopens the case; after the window it closes', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });

  const reopened = await sys.http.post(
    `/api/cases/${caseId}/messages`,
    { text: 'Actually it is still wrong' },
    { token },
  );
  expect(reopened.status).toBe(201);
  expect(reopened.body.status).toBe('escalated');
  expect(reopened.body.escalation.reason).toBe('reopened');
  expect(reopened.body.reopenCount).toBe(1);

  const agent = await sys.agentToken(uid('agent'));
  const task = await openTaskOf(sys, caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  const done = await sys.http.post(
    `/api/tasks/${task.taskId}/resolve`,
    { summary: 'Explained again' },
    { token: agent },
  );
  expect(done.body.status).toBe('resolved');

  const closed = await waitForStatus(sys, caseId, token, 'closed', 15_000);
  expect(closed.resolution.by).toBe('agent');
  const late = await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'hello?' }, { token });
  expect(late.status).toBe(409);
  expect(late.body.error.code).toBe('conflict');
});

test('feedback is taken once, after resolution', async () => {
  const { caseId, token } = await openCase(sys);
  const early = await sys.http.post(`/api/cases/${caseId}/feedback`, { rating: 5 }, { token });
  expect(early.status).toBe(409);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
  const first = await sys.http.post(`/api/cases/${caseId}/feedback`, { rating: 4, comment: 'quick' }, { token });
  expect(first.status).toBe(201);
  expect(first.body.feedback).toMatchObject({ rating: 4, comment: 'quick' });
  const second = await sys.http.post(`/api/cases/${caseId}/feedback`, { rating: 1 }, { token });
  expect(second.status).toBe(409);
});
