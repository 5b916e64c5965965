/**
 * The case workflow on the real Temporal dev server with typed fakes of its activities: no database,
 * no HTTP, timers of a second or two.
 */
import { randomBytes } from 'node:crypto';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import {
  CASE_WORKFLOW_TYPE,
  confirmUpdate,
  replyUpdate,
  stateQuery,
  type CasePolicy,
  type CaseState,
} from '../../workflows/case/contract';
import type { AiAnswer, CaseActivities, Notification, TransitionBatch, TriageResult } from '../../workflows/case/io';
import { eventually } from '../support/http';

const S = 1_000;
const POLICY: CasePolicy = {
  confirmationTimeoutMs: 60 * S,
  assignmentTimeoutMs: 60 * S,
  customerReplyTimeoutMs: 60 * S,
  reopenWindowMs: 2 * S,
  aiConfidenceThreshold: 0.45,
  aiTimeoutMs: 2 * S,
  aiTotalTimeoutMs: 4 * S,
  warnAt: 0.5,
  sla: {
    urgent: { firstResponseMs: 2 * S, resolutionMs: 60 * S },
    high: { firstResponseMs: 60 * S, resolutionMs: 120 * S },
    normal: { firstResponseMs: 60 * S, resolutionMs: 120 * S },
    low: { firstResponseMs: 60 * S, resolutionMs: 120 * S },
  },
};

const ROUTINE: TriageResult = {
  escalate: false,
  reason: null,
  priority: 'normal',
  topic: 'payments',
  skills: ['payments'],
  sentiment: 0,
  flags: [],
  language: 'en',
};
const FRAUD: TriageResult = {
  ...ROUTINE,
  escalate: true,
  reason: 'sensitive_topic',
  priority: 'urgent',
  topic: 'fraud',
  skills: ['fraud'],
  flags: ['fraud'],
};
const ANSWER: AiAnswer = {
  text: 'It is due on the 1st.',
  confidence: 0.9,
  sources: ['kb/payment-schedule'],
  topic: 'payments',
  needsHuman: false,
};

/** What the fakes saw, and how they answer. */
class Fakes {
  batches: TransitionBatch[] = [];
  notifications: Notification[] = [];
  released: string[] = [];
  triage: TriageResult = ROUTINE;
  answer: () => Promise<AiAnswer> = async () => ANSWER;
  route: () => Promise<string | null> = async () => null;
  /** writes that fail before one succeeds */
  failWrites = 0;

  activities(): CaseActivities {
    return {
      recordTransition: async (batch) => {
        if (this.failWrites > 0) {
          this.failWrites -= 1;
          throw new Error('store unavailable');
        }
        this.batches.push(batch);
      },
      triageCase: async () => this.triage,
      draftAnswer: () => this.answer(),
      routeTask: () => this.route(),
      releaseAgentSlot: async ({ agentId }) => {
        this.released.push(agentId);
      },
      notify: async (n) => {
        this.notifications.push(n);
      },
    };
  }

  statuses(): string[] {
    return this.batches.map((b) => b.state.status).filter((s, i, all) => i === 0 || all[i - 1] !== s);
  }
}

let connection: Connection;
let client: Client;
const address = () => process.env.TEST_TEMPORAL_ADDRESS as string;

beforeAll(async () => {
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // installed by an earlier test file in this process
  }
  connection = await Connection.connect({ address: address() });
  client = new Client({ connection });
});
afterAll(async () => connection?.close());

/** Runs `body` with a worker whose activities are the fakes, on a task queue of its own. */
async function withWorker(
  fakes: Fakes,
  body: (start: (policy?: Partial<CasePolicy>) => Promise<string>) => Promise<void>,
) {
  const taskQueue = `wf-${randomBytes(4).toString('hex')}`;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: address() }),
    taskQueue,
    workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE as string },
    activities: fakes.activities(),
  });
  const start = async (policy: Partial<CasePolicy> = {}) => {
    const caseId = `c_${randomBytes(8).toString('hex')}`;
    await client.workflow.start(CASE_WORKFLOW_TYPE, {
      workflowId: caseId,
      taskQueue,
      args: [
        {
          caseId,
          createdAt: new Date().toISOString(),
          intake: { customer: { id: 'cus_1' }, channel: 'web', subject: 'Due date', message: 'When is it due?' },
          policy: { ...POLICY, ...policy },
        },
      ],
    });
    return caseId;
  };
  await worker.runUntil(body(start));
}

const state = (caseId: string) => client.workflow.getHandle(caseId).query(stateQuery);
const statusIs = (caseId: string, status: string) =>
  eventually(async () => ((await state(caseId)).status === status ? await state(caseId) : undefined), 10_000, status);

test('an AI answer the customer confirms resolves the case, which closes after the reopen window', async () => {
  const fakes = new Fakes();
  await withWorker(fakes, async (start) => {
    const caseId = await start();
    await statusIs(caseId, 'awaiting_confirmation');
    const after: CaseState = await client.workflow
      .getHandle(caseId)
      .executeUpdate(confirmUpdate, { args: [{ resolved: true }] });
    expect(after.resolution).toMatchObject({ by: 'ai', confirmed: true });
    await client.workflow.getHandle(caseId).result();
  });
  // the first write comes after triage
  expect(fakes.statuses()).toEqual(['ai_resolving', 'awaiting_confirmation', 'resolved', 'closed']);
  expect(fakes.batches.map((b) => b.version)).toEqual(fakes.batches.map((_, i) => i + 1));
  expect(fakes.batches[0].create?.intake.subject).toBe('Due date');
  expect(fakes.batches.at(-1)?.contribution).toMatchObject({ status: 'closed', resolvedBy: 'ai', aiConfirmed: true });
  expect(fakes.notifications.map((n) => n.kind)).toEqual(['ai.answer', 'case.resolved']);
});

test('a serious case goes to a person, is routed to an agent, and goes back to the queue when the lease runs out', async () => {
  const fakes = new Fakes();
  fakes.triage = FRAUD;
  let routed = 0;
  fakes.route = async () => (routed++ === 0 ? 'agent_ann' : null);
  await withWorker(fakes, async (start) => {
    const caseId = await start({
      assignmentTimeoutMs: 1_500,
      sla: { ...POLICY.sla, urgent: { firstResponseMs: 60 * S, resolutionMs: 120 * S } },
    });
    const assigned = await statusIs(caseId, 'assigned');
    expect(assigned.task).toMatchObject({ assignee: 'agent_ann', status: 'assigned' });
    expect(assigned.priority).toBe('urgent');
    const back = await statusIs(caseId, 'escalated');
    expect(back.task?.excluded.map((e) => e.agentId)).toEqual(['agent_ann']);
    await eventually(async () => fakes.released.includes('agent_ann'), 5_000, 'the slot given back');
  });
});

test('an AI that keeps failing hands the case to a person within the total AI timeout', async () => {
  const fakes = new Fakes();
  fakes.answer = async () => {
    throw ApplicationFailure.create({ type: 'AiUnavailable', message: 'down' });
  };
  await withWorker(fakes, async (start) => {
    const began = Date.now();
    const caseId = await start();
    const escalated = await statusIs(caseId, 'escalated');
    expect(escalated.escalation?.reason).toBe('ai_unavailable');
    expect(Date.now() - began).toBeLessThan(POLICY.aiTotalTimeoutMs + 4 * S);
  });
});

test('silence past the confirmation timeout escalates', async () => {
  const fakes = new Fakes();
  await withWorker(fakes, async (start) => {
    const caseId = await start({ confirmationTimeoutMs: 1_000 });
    const escalated = await statusIs(caseId, 'escalated');
    expect(escalated.escalation?.reason).toBe('no_confirmation');
  });
});

test('an unattended urgent task warns, then breaches to level 2 and high priority stays urgent', async () => {
  const fakes = new Fakes();
  fakes.triage = FRAUD;
  await withWorker(fakes, async (start) => {
    const caseId = await start();
    const breached = await eventually(
      async () => {
        const s = await state(caseId);
        return s.sla?.breaches.length ? s : undefined;
      },
      10_000,
      'a breach',
    );
    expect(breached.sla?.warnings.map((w) => w.kind)).toEqual(['first_response']);
    expect(breached.escalation).toMatchObject({ reason: 'sla_breach', level: 2 });
    // the breach's notification is sent after the state shows it
    const kinds = await eventually(
      async () => {
        const seen = fakes.notifications.map((n) => n.kind);
        return seen.includes('sla.breach') ? seen : undefined;
      },
      5_000,
      'the breach notification',
    );
    expect(kinds).toEqual(expect.arrayContaining(['sla.warning', 'sla.breach']));
  });
});

test('an update that does not fit is refused by its validator and leaves no trace', async () => {
  const fakes = new Fakes();
  fakes.triage = FRAUD;
  await withWorker(fakes, async (start) => {
    const caseId = await start();
    await statusIs(caseId, 'escalated');
    const handle = client.workflow.getHandle(caseId);
    const before = (await handle.describe()).historyLength;
    const refused = await handle
      .executeUpdate(replyUpdate, {
        args: [{ agentId: 'agent_x', role: 'agent', messageId: 'm1', text: 'hi', waitForCustomer: false }],
      })
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('Conflict');
    expect((await handle.describe()).historyLength).toBeLessThanOrEqual(before + 1);
  });
});

test('writes that fail are retried: every step lands once, in order', async () => {
  const fakes = new Fakes();
  fakes.failWrites = 2;
  await withWorker(fakes, async (start) => {
    const caseId = await start();
    await statusIs(caseId, 'awaiting_confirmation');
    await eventually(async () => fakes.batches.at(-1)?.state.status === 'awaiting_confirmation', 10_000, 'written');
  });
  expect(fakes.batches.map((b) => b.version)).toEqual([1, 2]);
});

test('a store that refuses writes for a whole window: the case goes on, shows as behind, and writes everything once it is back', async () => {
  const fakes = new Fakes();
  fakes.failWrites = 1_000;
  await withWorker(fakes, async (start) => {
    const caseId = await start({ writeWindowMs: 1_500, confirmationTimeoutMs: 60 * S });
    // the AI phase does not wait for the store
    await statusIs(caseId, 'awaiting_confirmation');
    await eventually(async () => fakes.notifications.some((n) => n.kind === 'case.store_behind'), 15_000, 'an alert');
    const listed = await eventually(
      async () => {
        const { searchAttributes } = await client.workflow.getHandle(caseId).describe();
        return (searchAttributes.StoreBehind as unknown[] | undefined)?.[0] === true;
      },
      10_000,
      'StoreBehind',
    );
    expect(listed).toBe(true);
    fakes.failWrites = 0;
    await eventually(async () => fakes.batches.at(-1)?.state.status === 'awaiting_confirmation', 15_000, 'written');
    // once written, the case is no longer behind, and its store-retry timer does not wake it again
    const handle = client.workflow.getHandle(caseId);
    await eventually(
      async () => (await handle.describe()).searchAttributes.StoreBehind?.[0] === false,
      10_000,
      'StoreBehind cleared',
    );
    const written = fakes.batches.length;
    const before = (await handle.describe()).historyLength;
    await new Promise((r) => setTimeout(r, 4_000));
    expect((await handle.describe()).searchAttributes.StoreBehind?.[0]).toBe(false);
    expect(fakes.batches.length).toBe(written);
    expect((await handle.describe()).historyLength).toBe(before);
    expect(fakes.notifications.filter((n) => n.kind === 'case.store_behind')).toHaveLength(1);
  });
  const seqs = fakes.batches.flatMap((b) => b.events.map((e) => e.seq));
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  expect(fakes.batches[0].create).toBeDefined();
});
