/** What supervisors see and do: search, live state, history, reassign and priority, statistics, metrics. */
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { eventually } from '../support/http';
import { statsSettled } from '../support/stats';
import { METRICS_TOKEN, startSystem, uid, type TestSystem } from '../support/system';
import { bucketOf, bucketValue } from '../../src/db/rollup-counts';

interface HistoryEvent {
  type: string;
  at: string;
  actor: { type: string; id?: string };
  data: Record<string, any>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let sys: TestSystem;
let supervisor: string;

async function list(query: string) {
  const res = await sys.http.get(`/api/cases?${query}`, { token: supervisor });
  if (res.status !== 200) throw new Error(`list ${query}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { items: any[]; nextCursor: string | null };
}

/** Lists come from Temporal visibility, which follows each case within moments: wait for `expected`. */
async function listed(query: string, expected: (ids: string[]) => boolean) {
  return eventually(
    async () => {
      const page = await list(query);
      return expected(idsOf(page)) ? page : undefined;
    },
    10_000,
    `GET /api/cases?${query}`,
  );
}

const idsOf = (page: { items: any[] }): string[] => page.items.map((c) => c.caseId);

async function stateOf(caseId: string) {
  const res = await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor });
  expect(res.status).toBe(200);
  return res.body;
}

async function historyOf(caseId: string): Promise<HistoryEvent[]> {
  const res = await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor });
  expect(res.status).toBe(200);
  expect(Array.isArray(res.body)).toBe(true);
  return res.body;
}

/** When the case last entered `to`, from its history. */
async function enteredAt(caseId: string, to: string): Promise<number> {
  const changes = (await historyOf(caseId)).filter((e) => e.type === 'status_changed' && e.data.to === to);
  if (!changes.length) throw new Error(`${caseId} never became ${to}`);
  return Date.parse(changes[changes.length - 1].at);
}

/** A routine case whose AI answer the customer rejected: escalated with an open task. */
async function rejectedCase(overrides: Record<string, unknown> = {}) {
  const c = await openCase(sys, overrides);
  await waitForStatus(sys, c.caseId, c.token, 'awaiting_confirmation');
  const res = await sys.http.post(
    `/api/cases/${c.caseId}/confirm`,
    { resolved: false, comment: 'no' },
    { token: c.token },
  );
  expect(res.body.status).toBe('escalated');
  return c;
}

async function claim(caseId: string, agent: string) {
  const task = await openTaskOf(sys, caseId, agent);
  const res = await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  expect(res.status).toBe(200);
  return task.taskId as string;
}

function expectError(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
}

describe('with the usual clocks', () => {
  beforeAll(async () => {
    sys = await startSystem({ CONFIRMATION_TIMEOUT: '1m', REOPEN_WINDOW: '1m', ASSIGNMENT_TIMEOUT: '10m' });
    supervisor = await sys.supervisorToken(uid('sup'));
  });
  afterAll(async () => sys?.close());

  describe('GET /api/cases', () => {
    test('filters by status, priority, reason, assignee and customer', async () => {
      const routine = await openCase(sys);
      const fraud = await openCase(sys, FRAUD);
      const rejected = await rejectedCase();
      await waitForStatus(sys, routine.caseId, routine.token, 'awaiting_confirmation');
      await waitForStatus(sys, fraud.caseId, fraud.token, 'escalated');
      const agentId = uid('agent');
      await claim(rejected.caseId, await sys.agentToken(agentId));

      const awaiting = await listed('status=awaiting_confirmation&limit=200', (ids) => ids.includes(routine.caseId));
      expect(awaiting.items.every((c) => c.status === 'awaiting_confirmation')).toBe(true);
      expect(idsOf(awaiting)).toContain(routine.caseId);
      expect(idsOf(awaiting)).not.toContain(fraud.caseId);

      const escalated = await listed('status=escalated&limit=200', (ids) => ids.includes(fraud.caseId));
      expect(escalated.items.every((c) => c.status === 'escalated')).toBe(true);
      expect(idsOf(escalated)).toContain(fraud.caseId);
      expect(idsOf(escalated)).not.toContain(rejected.caseId);

      const urgent = await listed('priority=urgent&limit=200', (ids) => ids.includes(fraud.caseId));
      expect(urgent.items.every((c) => c.priority === 'urgent')).toBe(true);
      expect(idsOf(urgent)).toContain(fraud.caseId);
      expect(idsOf(urgent)).not.toContain(routine.caseId);
      expect(idsOf(await list('priority=normal&limit=200'))).toEqual(
        expect.arrayContaining([routine.caseId, rejected.caseId]),
      );

      const sensitive = await listed('reason=sensitive_topic&limit=200', (ids) => ids.includes(fraud.caseId));
      expect(sensitive.items.every((c) => c.escalation.reason === 'sensitive_topic')).toBe(true);
      expect(idsOf(sensitive)).toContain(fraud.caseId);
      const rejections = await listed('reason=customer_rejected&limit=200', (ids) => ids.includes(rejected.caseId));
      expect(idsOf(rejections)).toContain(rejected.caseId);
      expect(idsOf(rejections)).not.toContain(fraud.caseId);

      expect(idsOf(await listed(`assignee=${agentId}`, (ids) => ids.length > 0))).toEqual([rejected.caseId]);
      expect(idsOf(await list(`customerId=${routine.customerId}`))).toEqual([routine.caseId]);
      expect(idsOf(await list(`customerId=${fraud.customerId}&status=awaiting_confirmation`))).toEqual([]);

      const item = (await list(`customerId=${rejected.customerId}`)).items[0];
      expect(item).toMatchObject({ caseId: rejected.caseId, status: 'assigned', task: { assignee: agentId } });
      expect(item.messages).toBeUndefined();
      const live = (await listed(`assignee=${agentId}`, (ids) => ids.length > 0)).items[0];
      expect(live).toMatchObject({
        caseId: rejected.caseId,
        status: 'assigned',
        assignee: agentId,
        customer: { id: rejected.customerId },
        subject: expect.any(String),
        createdAt: expect.any(String),
      });
    });

    test('walks three pages by cursor, newest first, with no duplicates or gaps', async () => {
      const customerId = uid('cus');
      const created: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        const c = await openCase(sys, { customer: { id: customerId } });
        await waitForStatus(sys, c.caseId, c.token, 'awaiting_confirmation');
        created.push(c.caseId);
      }

      const pages: any[][] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`customerId=${customerId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        pages.push(page.items);
        cursor = page.nextCursor;
      } while (cursor && pages.length < 10);

      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      const walked = pages.flat();
      expect(walked.map((c) => c.caseId)).toEqual([...created].reverse());
      const times = walked.map((c) => Date.parse(c.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    test('a cursor walk over every case meets each case once, open cases newest first', async () => {
      await statsSettled();
      const stats = await sys.http.get('/api/stats', { token: supervisor });
      const walk = async () => {
        const seen: any[] = [];
        let cursor: string | null = null;
        do {
          const page = await list(`limit=4${cursor ? `&cursor=${cursor}` : ''}`);
          seen.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return seen;
      };
      const seen = await eventually(async () => {
        const items = await walk();
        return items.length === stats.body.cases.total ? items : undefined;
      });
      const ids = seen.map((c) => c.caseId);
      expect(new Set(ids).size).toBe(ids.length);
      const open = seen.filter((c) => c.closedAt === null).map((c) => Date.parse(c.createdAt));
      expect(open).toEqual([...open].sort((a, b) => b - a));
    });

    test('a bad cursor or filter gets 400 validation_failed; agents get 403', async () => {
      expectError(
        await sys.http.get('/api/cases?cursor=not-a-cursor', { token: supervisor }),
        400,
        'validation_failed',
      );
      const foreign = Buffer.from(JSON.stringify({ page: 2 })).toString('base64url');
      const res = await sys.http.get(`/api/cases?cursor=${foreign}`, { token: supervisor });
      expectError(res, 400, 'validation_failed');
      expect(JSON.stringify(res.body.error.details)).toContain('cursor');
      expectError(await sys.http.get('/api/cases?status=lost', { token: supervisor }), 400, 'validation_failed');
      expectError(await sys.http.get('/api/cases?limit=0', { token: supervisor }), 400, 'validation_failed');
      expectError(await sys.http.get('/api/cases', { token: await sys.agentToken(uid('agent')) }), 403, 'forbidden');
    });
  });

  describe('GET /api/cases/:id/state', () => {
    test('awaiting_confirmation waits for the customer until the confirmation timeout', async () => {
      const { caseId, token } = await openCase(sys);
      await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
      const state = await stateOf(caseId);
      expect(state).toMatchObject({
        source: 'workflow',
        caseId,
        status: 'awaiting_confirmation',
        waitingOn: 'customer_confirmation',
        deadline: { action: 'escalate (no_confirmation)' },
      });
      expect(Date.parse(state.deadline.at)).toBe((await enteredAt(caseId, 'awaiting_confirmation')) + MINUTE);
    });

    test('escalated, assigned, waiting_on_customer and resolved each show their wait and deadline', async () => {
      const { caseId, token } = await rejectedCase();
      const escalated = await stateOf(caseId);
      expect(escalated).toMatchObject({ status: 'escalated', waitingOn: 'agent' });
      expect(escalated.deadline.action).toBe('SLA warning (first_response)');
      expect(Date.parse(escalated.deadline.at)).toBe(Date.parse(escalated.sla.startedAt) + 0.75 * 4 * HOUR);

      const agent = await sys.agentToken(uid('agent'));
      const taskId = await claim(caseId, agent);
      const assigned = await stateOf(caseId);
      expect(assigned).toMatchObject({
        status: 'assigned',
        waitingOn: 'agent',
        deadline: { action: 'return the task to the queue (assignment lease)' },
      });
      expect(Date.parse(assigned.deadline.at)).toBe(Date.parse(assigned.task.assignedAt) + 10 * MINUTE);

      await sys.http.post(
        `/api/tasks/${taskId}/reply`,
        { text: 'Which order?', waitForCustomer: true },
        { token: agent },
      );
      const waiting = await stateOf(caseId);
      expect(waiting).toMatchObject({
        status: 'waiting_on_customer',
        waitingOn: 'customer_reply',
        deadline: { action: 'resolve: the customer did not answer' },
        sla: { paused: true },
      });
      expect(Date.parse(waiting.deadline.at)).toBe((await enteredAt(caseId, 'waiting_on_customer')) + 3 * 24 * HOUR);

      await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'Order 42' }, { token });
      await sys.http.post(`/api/tasks/${taskId}/resolve`, { summary: 'Explained' }, { token: agent });
      const resolved = await stateOf(caseId);
      expect(resolved).toMatchObject({
        status: 'resolved',
        waitingOn: 'reopen_window',
        deadline: { action: 'close' },
        resolution: { by: 'agent' },
      });
      expect(Date.parse(resolved.deadline.at)).toBe(Date.parse(resolved.resolvedAt) + MINUTE);
    });

    test('an unknown case is 404 for state and history', async () => {
      expectError(await sys.http.get('/api/cases/c_nope/state', { token: supervisor }), 404, 'not_found');
      expectError(await sys.http.get('/api/cases/c_nope/history', { token: supervisor }), 404, 'not_found');
    });
  });

  describe('GET /api/cases/:id/history', () => {
    test('holds every status change, message, AI outcome, assignment and first response once, in order', async () => {
      const { caseId, token } = await openCase(sys);
      await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
      await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
      await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'It still does not show' }, { token });
      const agentId = uid('agent');
      const agent = await sys.agentToken(agentId);
      const taskId = await claim(caseId, agent);
      await sys.http.post(
        `/api/tasks/${taskId}/reply`,
        { text: 'Which browser?', waitForCustomer: true },
        { token: agent },
      );
      await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'Firefox' }, { token });
      const done = await sys.http.post(
        `/api/tasks/${taskId}/resolve`,
        { summary: 'Cache cleared', text: 'Clearing the cache fixed it.' },
        { token: agent },
      );
      expect(done.body.status).toBe('resolved');
      expect((await sys.http.post(`/api/cases/${caseId}/feedback`, { rating: 5 }, { token })).status).toBe(201);

      const events = await historyOf(caseId);
      const types = events.map((e) => e.type);
      expect(types[0]).toBe('created');
      expect(types[types.length - 1]).toBe('feedback');

      const changes = events.filter((e) => e.type === 'status_changed').map((e) => e.data);
      expect(changes.map((c) => c.to)).toEqual([
        'ai_resolving',
        'awaiting_confirmation',
        'resolved',
        'escalated',
        'assigned',
        'waiting_on_customer',
        'assigned',
        'resolved',
      ]);
      changes.forEach((c, i) => expect(c.from).toBe(i === 0 ? 'triaging' : changes[i - 1].to));

      const messages = events.filter((e) => e.type === 'message');
      expect(messages.map((m) => [m.data.from, m.actor.type])).toEqual([
        ['customer', 'customer'],
        ['ai', 'ai'],
        ['customer', 'customer'],
        ['agent', 'agent'],
        ['customer', 'customer'],
        ['agent', 'agent'],
      ]);
      const stored = (await sys.http.get(`/api/cases/${caseId}`, { token })).body.messages;
      expect(messages.map((m) => m.data.text)).toEqual(stored.map((m: { text: string }) => m.text));

      expect(events.find((e) => e.type === 'triaged')?.data).toMatchObject({ escalate: false });
      expect(events.find((e) => e.type === 'ai_answer_drafted')?.data.confidence).toBeGreaterThan(0);
      expect(events.find((e) => e.type === 'confirmation')?.data).toMatchObject({ resolved: true });
      expect(events.find((e) => e.type === 'reopened')?.data).toEqual({ count: 1 });
      expect(events.filter((e) => e.type === 'escalated').map((e) => e.data.reason)).toEqual(['reopened']);
      expect(events.filter((e) => e.type === 'task_opened')).toHaveLength(1);
      const assigned = events.filter((e) => e.type === 'assigned');
      expect(assigned).toHaveLength(1);
      expect(assigned[0]).toMatchObject({ actor: { type: 'agent', id: agentId }, data: { taskId, agentId } });
      const firstResponse = events.filter((e) => e.type === 'first_response');
      expect(firstResponse).toHaveLength(1);
      expect(firstResponse[0].data.responseMs).toBeGreaterThan(0);
      expect(firstResponse[0].data.withinSla).toBe(true);
      expect(events.filter((e) => e.type === 'task_closed')).toHaveLength(1);

      const times = events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const keys = events.map((e) => JSON.stringify([e.type, e.at, e.data]));
      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  describe('reassign and priority', () => {
    test('a supervisor reassigns a held task; history and the pool record it', async () => {
      const { caseId } = await rejectedCase();
      const aliceId = uid('alice');
      const taskId = await claim(caseId, await sys.agentToken(aliceId));
      const bobId = uid('bob');
      const bob = await sys.agentToken(bobId);
      await sys.http.put(
        '/api/agents/me',
        { status: 'online', skills: ['reassign-target'], capacity: 2 },
        { token: bob },
      );

      const res = await sys.http.post(`/api/cases/${caseId}/reassign`, { agentId: bobId }, { token: supervisor });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'assigned', task: { taskId, assignee: bobId } });

      const assigned = (await historyOf(caseId)).filter((e) => e.type === 'assigned');
      expect(assigned.map((e) => e.data.agentId)).toEqual([aliceId, bobId]);
      const supervisorId = assigned[1].actor.id;
      expect(assigned[1]).toMatchObject({ actor: { type: 'supervisor' }, data: { previous: aliceId } });
      expect(supervisorId).toMatch(/^sup_/);

      const pool = await eventually(async () => {
        const agents = (await sys.http.get('/api/agents', { token: supervisor })).body.items as any[];
        const [a, b] = [aliceId, bobId].map((id) => agents.find((x) => x.agentId === id));
        return a?.load === 0 && b?.load === 1 ? { a, b } : undefined;
      });
      expect(pool.b.tasks).toEqual([taskId]);
      expect(idsOf(await list(`assignee=${bobId}`))).toEqual([caseId]);

      const again = await sys.http.post(`/api/cases/${caseId}/reassign`, { agentId: bobId }, { token: supervisor });
      expectError(again, 409, 'conflict');
    });

    test('a priority change is recorded and re-derives the SLA due dates', async () => {
      const { caseId } = await rejectedCase();
      const before = (await stateOf(caseId)).sla;
      const started = Date.parse(before.startedAt);
      expect(Date.parse(before.firstResponseDueAt)).toBe(started + 4 * HOUR);
      expect(Date.parse(before.resolutionDueAt)).toBe(started + 24 * HOUR);

      const res = await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'urgent' }, { token: supervisor });
      expect(res.status).toBe(200);
      expect(res.body.priority).toBe('urgent');
      expect(Date.parse(res.body.sla.firstResponseDueAt)).toBe(started + 15 * MINUTE);
      expect(Date.parse(res.body.sla.resolutionDueAt)).toBe(started + 4 * HOUR);

      const changed = (await historyOf(caseId)).filter((e) => e.type === 'priority_changed');
      expect(changed[changed.length - 1]).toMatchObject({
        actor: { type: 'supervisor' },
        data: { from: 'normal', to: 'urgent', why: 'supervisor' },
      });
      const task = (await sys.http.get(`/api/tasks?caseId=${caseId}`, { token: supervisor })).body.items[0];
      expect(task).toMatchObject({ priority: 'urgent', firstResponseDueAt: res.body.sla.firstResponseDueAt });
      expect((await stateOf(caseId)).deadline.at).toBe(new Date(started + 0.75 * 15 * MINUTE).toISOString());

      expectError(
        await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'asap' }, { token: supervisor }),
        400,
        'validation_failed',
      );
    });

    test('agents may not reassign or change priority', async () => {
      const { caseId } = await rejectedCase();
      const agentId = uid('agent');
      const agent = await sys.agentToken(agentId);
      expectError(
        await sys.http.post(`/api/cases/${caseId}/reassign`, { agentId }, { token: agent }),
        403,
        'forbidden',
      );
      expectError(
        await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'low' }, { token: agent }),
        403,
        'forbidden',
      );
      const events = await historyOf(caseId);
      expect(events.filter((e) => e.type === 'assigned' || e.data.why === 'supervisor')).toEqual([]);
    });
  });

  test('search attributes let Temporal list cases by status and priority', async () => {
    const fraud = await openCase(sys, FRAUD);
    const routine = await openCase(sys);
    await waitForStatus(sys, fraud.caseId, fraud.token, 'escalated');
    await waitForStatus(sys, routine.caseId, routine.token, 'awaiting_confirmation');
    const mine = `WorkflowId IN ('${fraud.caseId}', '${routine.caseId}')`;
    const ids = async (query: string) => {
      const found: string[] = [];
      for await (const wf of sys.client.workflow.list({ query: `${mine} AND ${query}` })) found.push(wf.workflowId);
      return found.sort().join(',');
    };
    const expectListed = (query: string, expected: string[]) =>
      eventually(async () => (await ids(query)) === [...expected].sort().join(','), 20_000, query);

    await expectListed(`CaseStatus = 'escalated' AND CasePriority = 'urgent'`, [fraud.caseId]);
    await expectListed(`CaseStatus = 'awaiting_confirmation' AND CasePriority = 'normal'`, [routine.caseId]);
    await expectListed(`EscalationReason = 'sensitive_topic'`, [fraud.caseId]);
    await expectListed(`CaseStatus IN ('escalated', 'awaiting_confirmation')`, [fraud.caseId, routine.caseId]);

    await sys.http.post(`/api/cases/${routine.caseId}/priority`, { priority: 'high' }, { token: supervisor });
    await expectListed(`CasePriority = 'high'`, [routine.caseId]);
    await expectListed(`CasePriority = 'normal'`, []);
  });
  // an agent going offline just after resolving must not reopen the closed task that still names them
  test('a late "agent unavailable" signal leaves a resolved case and its closed task alone', async () => {
    const { caseId } = await rejectedCase();
    const agentId = uid('agent');
    const agent = await sys.agentToken(agentId);
    const taskId = await claim(caseId, agent);
    await sys.http.post(`/api/tasks/${taskId}/resolve`, { summary: 'Done' }, { token: agent });
    await sys.client.workflow.getHandle(caseId).signal('agentUnavailable', { agentId, status: 'offline' });

    const state = await stateOf(caseId);
    expect(state).toMatchObject({ status: 'resolved', task: { taskId, status: 'closed' } });
    expect((await historyOf(caseId)).map((e) => e.type)).not.toContain('unassigned');
    const open = await sys.http.get(`/api/tasks?caseId=${caseId}&status=open`, { token: supervisor });
    expect(open.body.items).toEqual([]);
  });
});

describe('with second-long clocks', () => {
  beforeAll(async () => {
    sys = await startSystem({
      CONFIRMATION_TIMEOUT: '1m',
      REOPEN_WINDOW: '3s',
      SLA_POLICY: JSON.stringify({ urgent: { firstResponse: '1s', resolution: '1m' } }),
    });
    supervisor = await sys.supervisorToken(uid('sup'));
  });
  afterAll(async () => sys?.close());

  test('breached=true lists the cases whose SLA was breached', async () => {
    const fraud = await openCase(sys, FRAUD);
    const routine = await openCase(sys);
    await waitForStatus(sys, routine.caseId, routine.token, 'awaiting_confirmation');
    const breached = await eventually(async () => {
      const c = (await sys.http.get(`/api/cases/${fraud.caseId}`, { token: supervisor })).body;
      return c.sla?.breaches.length ? c : undefined;
    });
    expect(breached.sla.breaches[0]).toMatchObject({ kind: 'first_response', level: 2 });
    expect(breached.escalation).toMatchObject({ reason: 'sla_breach', level: 2 });

    expect(idsOf(await listed('breached=true', (ids) => ids.length > 0))).toEqual([fraud.caseId]);
    expect(idsOf(await listed('breached=false', (ids) => ids.length > 0))).toEqual([routine.caseId]);
    expect(idsOf(await list('breached=true&reason=sla_breach&priority=urgent'))).toEqual([fraud.caseId]);
    expect(idsOf(await list('breached=true&status=awaiting_confirmation'))).toEqual([]);

    const history = await historyOf(fraud.caseId);
    expect(history.filter((e) => e.type === 'sla_warning').map((e) => e.data.kind)).toEqual(['first_response']);
    expect(history.filter((e) => e.type === 'sla_breach').map((e) => e.data.kind)).toEqual(['first_response']);
    expect(history.filter((e) => e.type === 'escalated').map((e) => e.data.reason)).toEqual([
      'sensitive_topic',
      'sla_breach',
    ]);

    await statsSettled();
    const metrics = (await sys.http.get('/metrics', { token: METRICS_TOKEN })).body as string;
    expect(metrics).toContain('casework_sla_events_total{event="breach"} 1\n');
    expect(metrics).toContain('casework_escalations_total{reason="sla_breach"} 1\n');

    await eventually(async () => {
      const query = `WorkflowId = '${fraud.caseId}' AND SlaBreached = true`;
      for await (const wf of sys.client.workflow.list({ query })) return wf.workflowId === fraud.caseId;
      return false;
    });
  });

  test('a closed case is read from the database', async () => {
    const { caseId, token } = await openCase(sys);
    await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
    await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
    await waitForStatus(sys, caseId, token, 'closed', 15_000);
    const state = await stateOf(caseId);
    expect(state).toMatchObject({
      source: 'database',
      caseId,
      status: 'closed',
      waitingOn: 'nothing',
      deadline: null,
      resolution: { by: 'ai', confirmed: true },
    });
    const changes = (await historyOf(caseId)).filter((e) => e.type === 'status_changed').map((e) => e.data.to);
    expect(changes.slice(-2)).toEqual(['resolved', 'closed']);
    expectError(
      await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'high' }, { token: supervisor }),
      409,
      'conflict',
    );
  });
});

describe('statistics and metrics of a known set of cases', () => {
  beforeAll(async () => {
    sys = await startSystem({ CONFIRMATION_TIMEOUT: '2m', REOPEN_WINDOW: '2m' });
    supervisor = await sys.supervisorToken(uid('sup'));
  });
  afterAll(async () => sys?.close());

  test('every figure of /api/stats and /metrics matches what happened', async () => {
    // A and B: confirmed AI answers; C: rejected, then resolved by an agent; E: confirmed, then reopened
    const [a, b, c, e] = await Promise.all([openCase(sys), openCase(sys), openCase(sys), openCase(sys)]);
    for (const x of [a, b, c, e]) await waitForStatus(sys, x.caseId, x.token, 'awaiting_confirmation');
    for (const x of [a, b, e])
      await sys.http.post(`/api/cases/${x.caseId}/confirm`, { resolved: true }, { token: x.token });
    await sys.http.post(`/api/cases/${c.caseId}/confirm`, { resolved: false }, { token: c.token });

    const agentId = uid('agent');
    const agent = await sys.agentToken(agentId);
    const taskId = await claim(c.caseId, agent);
    await sys.http.post(`/api/tasks/${taskId}/reply`, { text: 'Looking into it' }, { token: agent });
    await sys.http.post(`/api/tasks/${taskId}/resolve`, { summary: 'Explained the schedule' }, { token: agent });
    await eventually(async () => {
      const agents = (await sys.http.get('/api/agents', { token: supervisor })).body.items as any[];
      return agents.find((x) => x.agentId === agentId)?.load === 0;
    });
    await sys.http.put('/api/agents/me', { status: 'offline' }, { token: agent });

    // D: a sensitive case nobody has taken; F: a new case of B's customer soon after B was resolved
    const d = await openCase(sys, FRAUD);
    const f = await openCase(sys, { customer: { id: b.customerId } });
    await sys.http.post(`/api/cases/${e.caseId}/messages`, { text: 'Still not working' }, { token: e.token });
    expect((await sys.http.post(`/api/cases/${a.caseId}/feedback`, { rating: 4 }, { token: a.token })).status).toBe(
      201,
    );
    expect((await sys.http.post(`/api/cases/${c.caseId}/feedback`, { rating: 2 }, { token: c.token })).status).toBe(
      201,
    );
    await waitForStatus(sys, d.caseId, d.token, 'escalated');
    await waitForStatus(sys, e.caseId, e.token, 'escalated');
    await waitForStatus(sys, f.caseId, f.token, 'awaiting_confirmation');

    const firstResponse = (await historyOf(c.caseId)).find((x) => x.type === 'first_response');
    expect(firstResponse?.data.responseMs).toBeGreaterThan(0);

    // the rollups equal a full recount from the event log and the stored cases
    await statsSettled();
    const res = await sys.http.get('/api/stats', { token: supervisor });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      cases: {
        total: 6,
        byStatus: {
          triaging: 0,
          ai_resolving: 0,
          awaiting_confirmation: 1,
          escalated: 2,
          assigned: 0,
          waiting_on_customer: 0,
          resolved: 3,
          closed: 0,
        },
      },
      aiResolutionRate: 0.6667,
      escalationRate: 0.5,
      escalationsByReason: { customer_rejected: 1, sensitive_topic: 1, reopened: 1 },
      resolvedBy: { ai: 2, agent: 1 },
      sla: { breaches: 0, warnings: 0, atRisk: 0 },
      // read back from 2%-wide buckets
      medianFirstResponseMs: bucketValue(bucketOf(firstResponse?.data.responseMs)),
      repeatContactRate: 0.6667,
      repeatContacts: { reopened: 1, newCaseWithinWindow: 1 },
      csat: { average: 3, responses: 2 },
      tasks: { open: 2, assigned: 0 },
      fold: expect.any(Number),
      generatedAt: expect.any(String),
    });
    expect(Math.abs(res.body.medianFirstResponseMs - firstResponse?.data.responseMs)).toBeLessThanOrEqual(
      0.01 * firstResponse?.data.responseMs + 1,
    );
    expectError(await sys.http.get('/api/stats', { token: agent }), 403, 'forbidden');

    const metrics = await sys.http.get('/metrics', { token: METRICS_TOKEN });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const value = (series: string) => {
      const line = (metrics.body as string).split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(value('casework_cases{status="awaiting_confirmation"}')).toBe(1);
    expect(value('casework_cases{status="escalated"}')).toBe(2);
    expect(value('casework_cases{status="resolved"}')).toBe(3);
    expect(value('casework_cases{status="closed"}')).toBe(0);
    expect(value('casework_escalations_total{reason="customer_rejected"}')).toBe(1);
    expect(value('casework_escalations_total{reason="sensitive_topic"}')).toBe(1);
    expect(value('casework_escalations_total{reason="reopened"}')).toBe(1);
    expect(value('casework_escalations_total{reason="no_confirmation"}')).toBe(0);
    expect(value('casework_open_tasks{status="open"}')).toBe(2);
    expect(value('casework_open_tasks{status="assigned"}')).toBe(0);
    expect(value('casework_cases_started_total')).toBe(6);
    expect(value('casework_sla_events_total{event="breach"}')).toBe(0);
    expect(value('casework_cases_resolved_total{by="ai"}')).toBe(2);
    expect(value('casework_cases_resolved_total{by="agent"}')).toBe(1);
    expect(value('casework_http_request_duration_seconds_count{method="GET",route="/api/stats",status="200"}')).toBe(1);
    expect(
      value(
        'casework_http_request_duration_seconds_count{method="POST",route="/api/cases/:caseId/feedback",status="201"}',
      ),
    ).toBe(2);
  });

  test('failed requests are labelled with the same route as successful ones', async () => {
    expectError(await sys.http.get('/api/stats', { token: await sys.agentToken(uid('agent')) }), 403, 'forbidden');
    const metrics = (await sys.http.get('/metrics', { token: METRICS_TOKEN })).body as string;
    expect(metrics).toMatch(
      /casework_http_request_duration_seconds_count\{method="GET",route="\/api\/stats",status="403"\}/,
    );
    expect(metrics).not.toMatch(/route="\/stats"/);
  });
});
