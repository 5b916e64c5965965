/**
 * No case stuck or lost, the parts that fit in CI's time: bounded cases, retries that add nothing,
 * requests that answer within their deadline, capacity that cannot leak, records and workflows held
 * against each other. The rest (kill -9 of each server under load) is `npm run faults`.
 */
import { OpenCaseModel, SlotModel } from '../../src/db/models';
import { openTaskOf } from '../support/agents';
import { FRAUD, caseHistory, openCase, waitForStatus } from '../support/cases';
import { eventually } from '../support/http';
import { METRICS_TOKEN, startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
let supervisor: string;
beforeAll(async () => {
  sys = await startSystem({
    CONFIRMATION_TIMEOUT: '1h',
    CASE_MAX_MESSAGES: '6',
    CASE_MAX_MESSAGE_BYTES: '4000',
    UPDATE_TIMEOUT: '2s',
    SLOT_SWEEP_EVERY: '2s',
    CASE_SWEEP_EVERY: '2s',
  });
  supervisor = await sys.supervisorToken(uid('sup'));
});
afterAll(async () => sys?.close());

const metric = async (series: string) => {
  const text = (await sys.http.get('/metrics', { token: METRICS_TOKEN })).body as string;
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('a flood of messages stops at the case limit with 413, and the case keeps working', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const statuses: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    statuses.push((await sys.http.post(`/api/cases/${caseId}/messages`, { text: `note ${i}` }, { token })).status);
  }
  // the first message and the AI answer count: four more fit, then the case is full
  expect(statuses).toEqual([201, 201, 201, 201, 413, 413, 413, 413]);
  const refused = await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'more' }, { token });
  expect(refused.body.error).toMatchObject({
    code: 'payload_too_large',
    message: expect.stringContaining('6 messages'),
  });
  const escalated = await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token });
  expect(escalated.status).toBe(200);

  const big = await openCase(sys);
  await waitForStatus(sys, big.caseId, big.token, 'awaiting_confirmation');
  const long = 'ø'.repeat(1000);
  const sizes: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    sizes.push((await sys.http.post(`/api/cases/${big.caseId}/messages`, { text: long }, { token: big.token })).status);
  }
  expect(sizes).toEqual([201, 413, 413]);
});

test('a retried request with its Idempotency-Key adds nothing and gets the first answer', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const key = uid('key');
  const send = () =>
    sys.http.post(
      `/api/cases/${caseId}/messages`,
      { text: 'Order 42' },
      { token, headers: { 'Idempotency-Key': key } },
    );
  const [a, b] = await Promise.all([send(), send()]);
  const c = await send();
  expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
  const messages = (c.body.messages as { text: string }[]).filter((m) => m.text === 'Order 42');
  expect(messages).toHaveLength(1);
  const history = await caseHistory(sys, supervisor, caseId);
  expect(history.filter((e) => e.type === 'message' && e.data.text === 'Order 42')).toHaveLength(1);
});

test('with the worker down, an update answers 503 within its deadline; its retry gets the first result once the worker is back', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await sys.stopWorker();
  const key = uid('key');
  const send = () =>
    sys.http.post(
      `/api/cases/${caseId}/messages`,
      { text: 'Are you there?' },
      { token, headers: { 'Idempotency-Key': key } },
    );
  try {
    const started = Date.now();
    const res = await send();
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(res.headers.get('retry-after')).toBeTruthy();
    // a supervisor still sees the case, as last stored, within the same deadline
    const seen = Date.now();
    const state = await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor });
    expect(Date.now() - seen).toBeLessThan(6_000);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      source: 'database',
      status: 'awaiting_confirmation',
      waitingOn: 'customer_confirmation',
    });
    expect(state.body.deadline.action).toMatch(/escalate/);
  } finally {
    await sys.startWorker();
  }
  const retried = await eventually(
    async () => {
      const res = await send();
      return res.status === 201 ? res : undefined;
    },
    20_000,
    'the retry to be taken',
  );
  expect((retried.body.messages as { text: string }[]).filter((m) => m.text === 'Are you there?')).toHaveLength(1);
});

test('a slot no task holds is freed by the sweep and counted in /metrics', async () => {
  const agentId = uid('agent');
  const agent = await sys.agentToken(agentId);
  await sys.http.put('/api/agents/me', { status: 'online', skills: ['nothing-fits'], capacity: 1 }, { token: agent });
  const leaked = `${agentId}#0`;
  // a reservation whose assignment never happened (an API process died between the two), long ago
  await SlotModel.create({ _id: leaked, agentId, taskId: 't_nope_1', at: new Date(Date.now() - 10 * 60_000) });
  await eventually(async () => !(await SlotModel.exists({ _id: leaked })), 20_000, 'the slot freed');
  // the sweep counts its repairs when it has gone through every slot
  await eventually(
    async () => ((await metric('casework_reconciled_total{sweep="slots",outcome="repaired"}')) ?? 0) >= 1,
    10_000,
    'the repair counted',
  );
  const pool = (await sys.http.get('/api/agents', { token: supervisor })).body.items as {
    agentId: string;
    load: number;
  }[];
  expect(pool.find((a) => a.agentId === agentId)?.load).toBe(0);
});

test('an agent going offline hands the task back and frees the slot', async () => {
  const agentId = uid('agent');
  const agent = await sys.agentToken(agentId);
  const { caseId, token } = await openCase(sys, FRAUD);
  await waitForStatus(sys, caseId, token, 'escalated');
  const task = await openTaskOf(sys, caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  await sys.http.put('/api/agents/me', { status: 'offline' }, { token: agent });
  const back = await waitForStatus(sys, caseId, token, 'escalated');
  expect(back.task.assignee).toBeNull();
  await eventually(async () => (await SlotModel.find({ agentId }).lean()).length === 0, 10_000, 'no slot left');
});

test('a case whose workflow was terminated is restarted from its record by the sweep and still answers its customer', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await sys.client.workflow.getHandle(caseId).terminate('operator mistake');
  // the sweep leaves young cases alone: this one is made to look older
  await OpenCaseModel.updateOne({ _id: caseId }, { $set: { createdAt: new Date(Date.now() - 10 * 60_000) } });
  const repaired = await eventually(
    async () => {
      const history = await caseHistory(sys, supervisor, caseId);
      return history.some((e) => e.type === 'repaired') ? history : undefined;
    },
    30_000,
    'the case repaired',
  );
  expect(repaired.find((e) => e.type === 'repaired')?.data).toMatchObject({ status: 'awaiting_confirmation' });
  const desc = await sys.client.workflow.getHandle(caseId).describe();
  expect(desc.status.name).toBe('RUNNING');
  await eventually(
    async () => ((await metric('casework_reconciled_total{sweep="cases",outcome="repaired"}')) ?? 0) >= 1,
    10_000,
    'the repair counted',
  );
  // the repaired case still answers its customer
  const confirmed = await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
  expect(confirmed.body.status).toBe('resolved');
});
