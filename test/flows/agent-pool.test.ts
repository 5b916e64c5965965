/** The agent pool through the HTTP contract: routing, capacity, dispatch, concurrent claims, leases, presence. */
import { startSystem, uid, type TestSystem } from '../support/system';
import { FRAUD, caseHistory, openCase, waitForStatus } from '../support/cases';
import { closeOutCase, openTaskOf } from '../support/agents';
import { eventually } from '../support/http';

interface AgentView {
  agentId: string;
  status: string;
  capacity: number;
  load: number;
  tasks: string[];
}

let sys: TestSystem;
let supervisor: string;
/** what a test leaves behind: closed out and taken offline after it, pass or fail, so tests stay independent */
let openCases: string[] = [];
let onlineAgents: string[] = [];

async function startPool(env: Record<string, string>) {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '1h', ...env });
  supervisor = await sys.supervisorToken(uid('sup'));
}

async function fraudCase() {
  const opened = await openCase(sys, FRAUD);
  openCases.push(opened.caseId);
  return opened;
}

async function goOnline(agentId: string, skills: string[], capacity = 1) {
  onlineAgents.push(agentId);
  const token = await sys.agentToken(agentId);
  const res = await sys.http.put('/api/agents/me', { status: 'online', skills, capacity }, { token });
  expect(res.status).toBe(200);
  return { token, view: res.body as AgentView };
}

async function goOffline(...agentIds: string[]) {
  for (const id of agentIds) {
    const res = await sys.http.put('/api/agents/me', { status: 'offline' }, { token: await sys.agentToken(id) });
    expect(res.status).toBe(200);
  }
}

async function pool(): Promise<AgentView[]> {
  const res = await sys.http.get('/api/agents', { token: supervisor });
  expect(res.status).toBe(200);
  return res.body.items;
}

async function agentView(agentId: string): Promise<AgentView> {
  const found = (await pool()).find((a) => a.agentId === agentId);
  if (!found) throw new Error(`${agentId} is not in the pool`);
  return found;
}

/** The agent's pool entry once its load is `load`, or the last one seen after ten seconds. */
async function agentViewAtLoad(agentId: string, load: number): Promise<AgentView> {
  const until = Date.now() + 10_000;
  let view = await agentView(agentId);
  while (view.load !== load && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    view = await agentView(agentId);
  }
  return view;
}

async function expectNoAgentOverCapacity() {
  for (const a of await pool()) {
    expect(a.load).toBeLessThanOrEqual(a.capacity);
    expect(a.tasks).toHaveLength(a.load);
  }
}

const history = (caseId: string) => caseHistory(sys, supervisor, caseId);

const getCase = async (caseId: string) => (await sys.http.get(`/api/cases/${caseId}`, { token: supervisor })).body;

async function waitForAssignee(caseId: string, agentId: string) {
  return eventually(
    async () => {
      const c = await getCase(caseId);
      if (c.status !== 'assigned' || c.task?.assignee !== agentId) return undefined;
      // stored, not only in the workflow: a case read before its first write comes from its workflow,
      // and the next read (from the store) would show the step before the assignment
      const stored = (await history(caseId)).some((e) => e.type === 'assigned' && e.data?.agentId === agentId);
      return stored ? c : undefined;
    },
    15_000,
    `${caseId} to be assigned to ${agentId}`,
  );
}

/** Stays true for the whole period, so a wrong assignment that comes late is caught too. */
async function staysFor(ms: number, check: () => Promise<boolean>) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await check()).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
  }
}

afterEach(async () => {
  const [agents, cases] = [onlineAgents, openCases];
  [onlineAgents, openCases] = [[], []];
  await goOffline(...agents);
  for (const caseId of cases) await closeOutCase(sys, supervisor, caseId);
});

describe('with a long assignment lease', () => {
  beforeAll(() => startPool({ ASSIGNMENT_TIMEOUT: '1m' }));
  afterAll(async () => sys?.close());

  test('a case is routed to the online agent whose skills fit it', async () => {
    const fraudAgent = uid('fraud');
    const paymentsAgent = uid('payments');
    await goOnline(paymentsAgent, ['payments'], 3);
    await goOnline(fraudAgent, ['fraud'], 3);

    const { caseId, token } = await fraudCase();
    const c = await waitForStatus(sys, caseId, token, 'assigned');
    expect(c.task.assignee).toBe(fraudAgent);
    expect(c.task.status).toBe('assigned');
    expect((await agentView(fraudAgent)).tasks).toEqual([c.task.taskId]);
    expect((await agentView(paymentsAgent)).load).toBe(0);
    const assigned = (await history(caseId)).find((e) => e.type === 'assigned');
    expect(assigned).toMatchObject({ actor: { type: 'system', id: 'router' }, data: { agentId: fraudAgent } });
  });

  test('an agent at capacity gets the next matching case the moment a slot frees up', async () => {
    const agentId = uid('solo');
    const { token: agent } = await goOnline(agentId, ['fraud'], 1);
    const first = await fraudCase();
    const firstCase = await waitForAssignee(first.caseId, agentId);
    const second = await fraudCase();
    const secondTask = await openTaskOf(sys, second.caseId, agent);

    await staysFor(1_000, async () => (await getCase(second.caseId)).status === 'escalated');
    expect(await agentView(agentId)).toMatchObject({ capacity: 1, load: 1, tasks: [firstCase.task.taskId] });
    await expectNoAgentOverCapacity();

    const resolved = await sys.http.post(
      `/api/tasks/${firstCase.task.taskId}/resolve`,
      { summary: 'Card blocked' },
      { token: agent },
    );
    expect(resolved.body.status).toBe('resolved');

    const secondCase = await waitForAssignee(second.caseId, agentId);
    expect(secondCase.task.taskId).toBe(secondTask.taskId);
    expect(await agentView(agentId)).toMatchObject({ capacity: 1, load: 1, tasks: [secondTask.taskId] });
    await expectNoAgentOverCapacity();
    const dispatched = (await history(second.caseId)).find((e) => e.type === 'assigned');
    expect(dispatched).toMatchObject({ actor: { type: 'system', id: 'dispatcher' }, data: { agentId } });
  });

  test('cases that arrive together never push an agent over capacity', async () => {
    const agentId = uid('busy');
    await goOnline(agentId, ['fraud'], 1);
    const caseIds = (await Promise.all([fraudCase(), fraudCase(), fraudCase(), fraudCase()])).map((c) => c.caseId);
    const cases = () => Promise.all(caseIds.map(getCase));
    const held = async () => (await cases()).filter((c) => c.status === 'assigned' && c.task.assignee === agentId);
    const human = (c: { status: string }) => c.status === 'escalated' || c.status === 'assigned';
    await eventually(async () => (await cases()).every(human), 20_000, 'four cases waiting for a human');

    const [holding] = await eventually(async () => ((await held()).length ? held() : undefined));
    await staysFor(1_000, async () => (await held()).length === 1);
    expect(await agentView(agentId)).toMatchObject({ capacity: 1, load: 1, tasks: [holding.task.taskId] });
    await expectNoAgentOverCapacity();
  });

  test('a queued case is assigned the moment a matching agent comes online', async () => {
    const agentId = uid('late');
    const { caseId, token } = await fraudCase();
    await waitForStatus(sys, caseId, token, 'escalated');
    const task = await openTaskOf(sys, caseId, await sys.agentToken(agentId));

    const { view } = await goOnline(agentId, ['fraud'], 2);
    expect(view).toMatchObject({ status: 'online' });
    // the agent's dispatcher offers the queued task right after the presence change
    expect(await agentViewAtLoad(agentId, 1)).toMatchObject({ status: 'online', load: 1, tasks: [task.taskId] });
    const c = await waitForStatus(sys, caseId, token, 'assigned', 5_000);
    expect(c.task.assignee).toBe(agentId);
  });

  test('of five agents claiming the same task at once exactly one wins', async () => {
    const { caseId, token } = await fraudCase();
    await waitForStatus(sys, caseId, token, 'escalated');
    const agentIds = Array.from({ length: 5 }, () => uid('racer'));
    const tokens = await Promise.all(agentIds.map((id) => goOnline(id, [uid('skill')], 1).then((r) => r.token)));
    const task = await openTaskOf(sys, caseId, tokens[0]);

    const claims = await Promise.all(
      tokens.map((t) => sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: t })),
    );
    const statuses = claims.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    for (const lost of claims.filter((r) => r.status === 409)) expect(lost.body.error.code).toBe('conflict');

    const winner = agentIds[statuses.indexOf(200)];
    expect(claims[statuses.indexOf(200)].body.case).toMatchObject({
      status: 'assigned',
      task: { assignee: winner },
    });
    const views = await Promise.all(agentIds.map(agentView));
    for (const v of views) {
      if (v.agentId === winner) expect(v).toMatchObject({ load: 1, tasks: [task.taskId] });
      else expect(v).toMatchObject({ load: 0, tasks: [] });
    }
    expect((await history(caseId)).filter((e) => e.type === 'assigned')).toHaveLength(1);
  });

  test('an agent who goes offline mid-task hands every task back to the queue', async () => {
    const agentId = uid('leaver');
    await goOnline(agentId, ['fraud'], 2);
    const first = await fraudCase();
    await waitForAssignee(first.caseId, agentId);
    const second = await fraudCase();
    await waitForAssignee(second.caseId, agentId);
    expect((await agentView(agentId)).load).toBe(2);

    await goOffline(agentId);
    for (const caseId of [first.caseId, second.caseId]) {
      const c = await eventually(async () => {
        const now = await getCase(caseId);
        return now.status === 'escalated' ? now : undefined;
      });
      expect(c.task).toMatchObject({ status: 'open', assignee: null });
      const unassigned = (await history(caseId)).find((e) => e.type === 'unassigned');
      expect(unassigned).toMatchObject({
        actor: { type: 'agent', id: agentId },
        data: { agentId, why: 'agent_offline' },
      });
    }
    expect(await agentViewAtLoad(agentId, 0)).toMatchObject({ status: 'offline', load: 0, tasks: [] });
  });

  test('a released task goes back to the queue', async () => {
    const agentId = uid('releaser');
    const { token: agent } = await goOnline(agentId, ['fraud'], 2);
    const { caseId } = await fraudCase();
    const assigned = await waitForAssignee(caseId, agentId);

    const res = await sys.http.post(`/api/tasks/${assigned.task.taskId}/release`, undefined, { token: agent });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('escalated');
    expect(res.body.task).toMatchObject({ taskId: assigned.task.taskId, status: 'open', assignee: null });

    const queued = await sys.http.get(`/api/tasks?status=open&caseId=${caseId}`, { token: agent });
    expect(queued.body.items.map((t: { taskId: string }) => t.taskId)).toEqual([assigned.task.taskId]);
    // the filter reads the case's own task (keyed): another status, or a case without a task, lists none
    expect((await sys.http.get(`/api/tasks?status=assigned&caseId=${caseId}`, { token: agent })).body.items).toEqual(
      [],
    );
    expect((await sys.http.get('/api/tasks?caseId=c_unknown', { token: agent })).body.items).toEqual([]);
    const unassigned = (await history(caseId)).find((e) => e.type === 'unassigned');
    expect(unassigned).toMatchObject({ actor: { type: 'agent', id: agentId }, data: { agentId, why: 'released' } });
    expect(await agentViewAtLoad(agentId, 0)).toMatchObject({ status: 'online', load: 0, tasks: [] });
  });
});

describe('with a two-second assignment lease', () => {
  beforeAll(() => startPool({ ASSIGNMENT_TIMEOUT: '2s' }));
  afterAll(async () => sys?.close());

  test('an idle holder loses the task when the lease runs out and is not offered it again at once', async () => {
    const agentId = uid('idle');
    await goOnline(agentId, ['fraud'], 2);
    const { caseId } = await fraudCase();
    const assigned = await waitForAssignee(caseId, agentId);
    const assignedAt = Date.parse(assigned.task.assignedAt);

    const back = await eventually(
      async () => {
        const c = await getCase(caseId);
        return c.status === 'escalated' ? c : undefined;
      },
      10_000,
      'the lease to run out',
    );
    expect(back.task).toMatchObject({ status: 'open', assignee: null });
    const unassigned = (await history(caseId)).find((e) => e.type === 'unassigned');
    expect(unassigned).toMatchObject({ actor: { type: 'system' }, data: { agentId, why: 'lease_expired' } });
    const heldFor = Date.parse(unassigned!.at) - assignedAt;
    expect(heldFor).toBeGreaterThanOrEqual(1_900);
    expect(heldFor).toBeLessThan(3_500);

    await staysFor(1_000, async () => {
      const c = await getCase(caseId);
      return c.status === 'escalated' && c.task.assignee === null;
    });
    expect(await agentViewAtLoad(agentId, 0)).toMatchObject({ status: 'online', load: 0, tasks: [] });
  });
});
