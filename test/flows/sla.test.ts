/** SLA clocks, breaches and the escalation chain, the customer-reply timeout and reopening, on second-long timers. */
import { startSystem, uid, type TestSystem } from '../support/system';
import { FRAUD, caseHistory, openCase, waitForStatus } from '../support/cases';
import { closeOutCase, openTaskOf } from '../support/agents';
import { eventually } from '../support/http';

/** how far a timer may fire from its due time: a workflow task, an activity and a database write */
const TOLERANCE_MS = 1_500;

let sys: TestSystem;
let supervisor: string;
/** what a test leaves behind: closed out and taken offline after it, pass or fail, so tests stay independent */
let openCases: string[] = [];
let staffInPool: string[] = [];

async function startClock(env: Record<string, string>) {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '1h', ASSIGNMENT_TIMEOUT: '1m', ...env });
  supervisor = await sys.supervisorToken(uid('sup'));
}

async function newCase(overrides: Record<string, unknown>) {
  const opened = await openCase(sys, overrides);
  openCases.push(opened.caseId);
  return opened;
}

/** a staff token whose holder joins the pool (by presence or by claiming) and leaves it after the test */
async function staff(agentId: string, role: 'agent' | 'supervisor' = 'agent') {
  const token = role === 'agent' ? await sys.agentToken(agentId) : await sys.supervisorToken(agentId);
  staffInPool.push(token);
  return token;
}

async function goOnline(agentId: string, skills: string[], capacity = 1) {
  const token = await staff(agentId);
  const res = await sys.http.put('/api/agents/me', { status: 'online', skills, capacity }, { token });
  expect(res.status).toBe(200);
  return token;
}

const history = (caseId: string) => caseHistory(sys, supervisor, caseId);

const getCase = async (caseId: string) => (await sys.http.get(`/api/cases/${caseId}`, { token: supervisor })).body;

async function caseWhere(caseId: string, what: string, check: (c: any) => boolean, timeoutMs = 15_000) {
  return eventually(
    async () => {
      const c = await getCase(caseId);
      return check(c) ? c : undefined;
    },
    timeoutMs,
    `${caseId}: ${what}`,
  );
}

/** Milliseconds from the case's first escalation to each event of the given types. */
async function offsets(caseId: string, ...types: string[]) {
  const events = await history(caseId);
  const escalated = events.find((e) => e.type === 'escalated');
  if (!escalated) throw new Error(`${caseId} was never escalated`);
  const start = Date.parse(escalated.at);
  return events
    .filter((e) => types.includes(e.type))
    .map((e) => ({ type: e.type, kind: e.data.kind, offset: Date.parse(e.at) - start, data: e.data }));
}

afterEach(async () => {
  const [tokens, cases] = [staffInPool, openCases];
  [staffInPool, openCases] = [[], []];
  for (const token of tokens) await sys.http.put('/api/agents/me', { status: 'offline' }, { token });
  for (const caseId of cases) await closeOutCase(sys, supervisor, caseId);
});

describe('with second-long SLA targets', () => {
  beforeAll(() =>
    startClock({
      CUSTOMER_REPLY_TIMEOUT: '1m',
      REOPEN_WINDOW: '1m',
      SLA_POLICY: JSON.stringify({
        urgent: { firstResponse: '2s', resolution: '6s' },
        normal: { firstResponse: '20s', resolution: '2s' },
        warnAt: 0.5,
      }),
    }),
  );
  afterAll(async () => sys?.close());

  test('a first-response warning and then a breach fire on time and take the task from its idle holder', async () => {
    const { caseId, token } = await newCase(FRAUD);
    await waitForStatus(sys, caseId, token, 'escalated');
    const agentId = uid('idle');
    const agent = await staff(agentId);
    const task = await openTaskOf(sys, caseId, agent);
    const claim = await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
    expect(claim.status).toBe(200);

    const breached = await caseWhere(caseId, 'first-response breach', (c) => c.sla?.breaches.length === 1);
    expect(breached.sla.breaches[0]).toMatchObject({ kind: 'first_response', level: 2 });
    expect(breached.escalation).toMatchObject({ reason: 'sla_breach', level: 2 });
    expect(breached.priority).toBe('urgent');
    expect(breached.status).toBe('escalated');
    expect(breached.task).toMatchObject({ taskId: task.taskId, status: 'open', assignee: null });

    const timeline = await offsets(caseId, 'sla_warning', 'sla_breach', 'unassigned');
    expect(timeline.map((e) => [e.type, e.kind ?? e.data.why])).toEqual([
      ['sla_warning', 'first_response'],
      ['sla_breach', 'first_response'],
      ['unassigned', 'sla_breach'],
    ]);
    expect(Math.abs(timeline[0].offset - 1_000)).toBeLessThan(TOLERANCE_MS);
    expect(Math.abs(timeline[1].offset - 2_000)).toBeLessThan(TOLERANCE_MS);
    expect(timeline[1].offset).toBeGreaterThanOrEqual(2_000);
    expect(timeline[1].data).toMatchObject({ level: 2, assignee: agentId });
    expect(timeline[2].data.agentId).toBe(agentId);
  });

  test('a resolution breach raises the case to level 3, where only a supervisor may claim it', async () => {
    const { caseId, token } = await newCase(FRAUD);
    await waitForStatus(sys, caseId, token, 'escalated');

    const level3 = await caseWhere(caseId, 'level 3', (c) => c.escalation?.level === 3);
    expect(level3.sla.breaches.map((b: { kind: string; level: number }) => [b.kind, b.level])).toEqual([
      ['first_response', 2],
      ['resolution', 3],
    ]);
    expect(level3.priority).toBe('urgent');
    expect(level3.task).toMatchObject({ status: 'open', assignee: null, supervisorOnly: true });
    const timeline = await offsets(caseId, 'sla_breach');
    expect(timeline.map((e) => e.kind)).toEqual(['first_response', 'resolution']);
    expect(Math.abs(timeline[1].offset - 6_000)).toBeLessThan(TOLERANCE_MS);

    const queued = await sys.http.get(`/api/tasks?caseId=${caseId}`, { token: supervisor });
    expect(queued.body.items[0]).toMatchObject({ taskId: level3.task.taskId, supervisorOnly: true, level: 3 });

    const agent = await staff(uid('agent'));
    const refused = await sys.http.post(`/api/tasks/${level3.task.taskId}/claim`, undefined, { token: agent });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const supervisorId = uid('boss');
    const boss = await staff(supervisorId, 'supervisor');
    const taken = await sys.http.post(`/api/tasks/${level3.task.taskId}/claim`, undefined, { token: boss });
    expect(taken.status).toBe(200);
    expect(taken.body.case).toMatchObject({ status: 'assigned', task: { assignee: supervisorId } });
  });

  test('waiting on the customer pauses the clocks and moves the due dates by the paused time', async () => {
    const { caseId, token } = await newCase({});
    await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
    const escalated = await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token });
    expect(escalated.body).toMatchObject({ status: 'escalated', priority: 'normal' });
    const agent = await staff(uid('agent'));
    const task = await openTaskOf(sys, caseId, agent);
    expect((await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent })).status).toBe(200);

    const asked = await sys.http.post(
      `/api/tasks/${task.taskId}/reply`,
      { text: 'Which plan do you mean?', waitForCustomer: true },
      { token: agent },
    );
    expect(asked.body).toMatchObject({ status: 'waiting_on_customer', sla: { paused: true, breaches: [] } });
    expect(asked.body.sla.pausedSince).toBeTruthy();
    const pausedAt = Date.now();
    const dueBefore = Date.parse(asked.body.sla.resolutionDueAt);
    const state = await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor });
    expect(state.body).toMatchObject({ waitingOn: 'customer_reply', sla: { paused: true } });

    // the pause outlasts the original resolution due date
    await new Promise((r) => setTimeout(r, Math.max(2_000, dueBefore + 300 - Date.now())));
    const stillWaiting = await getCase(caseId);
    expect(stillWaiting).toMatchObject({ status: 'waiting_on_customer', sla: { breaches: [] } });

    const wrote = await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'The monthly one' }, { token });
    const pausedFor = Date.now() - pausedAt;
    expect(wrote.body).toMatchObject({ status: 'assigned', sla: { paused: false } });
    const answered = { body: await getCase(caseId) };
    expect(answered.body).toMatchObject({ status: 'assigned', sla: { paused: false, breaches: [] } });
    const { pausedMs, resolutionDueAt } = answered.body.sla;
    expect(Math.abs(pausedMs - pausedFor)).toBeLessThan(500);
    expect(pausedMs).toBeGreaterThanOrEqual(2_000);
    expect(Date.parse(resolutionDueAt) - dueBefore).toBe(pausedMs);
    expect(Date.parse(resolutionDueAt)).toBeGreaterThan(Date.now());
    expect((await offsets(caseId, 'sla_breach')).length).toBe(0);
  });
});

describe('with a two-second customer-reply timeout', () => {
  beforeAll(() => startClock({ CUSTOMER_REPLY_TIMEOUT: '2s', REOPEN_WINDOW: '1m' }));
  afterAll(async () => sys?.close());

  test('a customer who does not answer in time gets the case resolved by the system', async () => {
    const agentId = uid('asker');
    const agent = await goOnline(agentId, ['fraud'], 2);
    const { caseId, token } = await newCase(FRAUD);
    const assigned = await waitForStatus(sys, caseId, token, 'assigned');
    expect(assigned.task.assignee).toBe(agentId);

    const asked = await sys.http.post(
      `/api/tasks/${assigned.task.taskId}/reply`,
      { text: 'Which card was it?', waitForCustomer: true },
      { token: agent },
    );
    expect(asked.body.status).toBe('waiting_on_customer');
    const askedAt = Date.now();

    const resolved = await waitForStatus(sys, caseId, token, 'resolved', 10_000);
    expect(resolved.resolution).toMatchObject({ by: 'system' });
    expect(resolved.task.status).toBe('closed');
    const waited = Date.parse(resolved.resolution.at) - askedAt;
    expect(waited).toBeGreaterThan(2_000 - TOLERANCE_MS);
    expect(waited).toBeLessThan(2_000 + TOLERANCE_MS);
    const timedOut = (await history(caseId)).find((e) => e.type === 'status_changed' && e.data.to === 'resolved');
    expect(timedOut).toMatchObject({ actor: { type: 'system' }, data: { by: 'system' } });
    await eventually(
      async () => {
        const pool = await sys.http.get('/api/agents', { token: supervisor });
        return pool.body.items.find((a: { agentId: string }) => a.agentId === agentId)?.load === 0;
      },
      10_000,
      `${agentId} to get the slot back`,
    );
  });

  test('a reopened case goes back to the agent who resolved it when they are online', async () => {
    const resolverId = uid('resolver');
    const resolver = await goOnline(resolverId, ['fraud'], 2);
    const { caseId, token } = await newCase(FRAUD);
    const assigned = await waitForStatus(sys, caseId, token, 'assigned');
    expect(assigned.task.assignee).toBe(resolverId);
    const done = await sys.http.post(
      `/api/tasks/${assigned.task.taskId}/resolve`,
      { summary: 'Card blocked', text: 'We blocked the card.' },
      { token: resolver },
    );
    expect(done.body.status).toBe('resolved');

    // idle and unloaded, the other agent would win the routing on its own
    const otherId = uid('other');
    await goOnline(otherId, ['fraud'], 2);

    const reopened = await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'It happened again' }, { token });
    expect(reopened.status).toBe(201);
    const c = await caseWhere(caseId, 'reassigned after reopening', (x) => x.status === 'assigned');
    expect(c.escalation.reason).toBe('reopened');
    expect(c.task.taskId).not.toBe(assigned.task.taskId);
    expect(c.task.assignee).toBe(resolverId);
    const assignments = (await history(caseId)).filter((e) => e.type === 'assigned');
    expect(assignments.map((e) => e.data.agentId)).toEqual([resolverId, resolverId]);
  });
});
