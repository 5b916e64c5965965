/**
 * Records the histories of a release, once, before it ships (the next release must replay them):
 *   RECORD_RELEASE=<the version in package.json> npx jest --testMatch '<rootDir>/test/replay/record-release.ts'
 * Each scenario leaves one or more histories in test/fixtures/histories/v<release>/. A history is written
 * only when its file does not exist yet, so nothing recorded is ever recorded over.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { temporalBinary } from '../../src/stack/binaries';
import { openTaskOf } from '../support/agents';
import { FRAUD, ROUTINE, VAGUE, openCase, waitForStatus } from '../support/cases';
import { startFakeOpenAi } from '../support/fake-openai';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

const RELEASE = version;
const DIR = path.join(__dirname, `../fixtures/histories/v${RELEASE}`);
const enabled = process.env.RECORD_RELEASE === RELEASE;

function save(name: string, workflowId: string, runId?: string): void {
  const file = path.join(DIR, `${name}.json`);
  if (existsSync(file)) return;
  mkdirSync(DIR, { recursive: true });
  const json = execFileSync(temporalBinary(), [
    'workflow',
    'show',
    '--workflow-id',
    workflowId,
    ...(runId ? ['--run-id', runId] : []),
    '--address',
    process.env.TEST_TEMPORAL_ADDRESS as string,
    '--output',
    'json',
  ]);
  writeFileSync(file, json);
}

async function withSystem(env: Record<string, string>, body: (sys: TestSystem) => Promise<void>) {
  const sys = await startSystem(env);
  try {
    await body(sys);
  } finally {
    await sys.close();
  }
}

const online = async (sys: TestSystem, agentId: string, skills = ['*'], capacity = 3) => {
  const token = await sys.agentToken(agentId);
  await sys.http.put('/api/agents/me', { status: 'online', skills, capacity }, { token });
  return token;
};

const run = enabled ? test : test.skip;

run(
  'ai answer confirmed, then closed; a case left awaiting confirmation',
  async () => {
    await withSystem({ REOPEN_WINDOW: '2s', CONFIRMATION_TIMEOUT: '1h' }, async (sys) => {
      const { caseId, token } = await openCase(sys);
      await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
      await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
      await waitForStatus(sys, caseId, token, 'closed', 15_000);
      await sys.client.workflow.getHandle(caseId).result();
      save('ai-confirmed-closed', caseId);

      const open = await openCase(sys);
      await waitForStatus(sys, open.caseId, open.token, 'awaiting_confirmation');
      save('open-awaiting-confirmation', open.caseId);
    });
  },
  120_000,
);

run(
  'no confirmation, routed, reopened, agent offline, reassigned, closed',
  async () => {
    await withSystem({ CONFIRMATION_TIMEOUT: '2s', REOPEN_WINDOW: '1m' }, async (sys) => {
      const ann = uid('agent');
      const bob = uid('agent');
      const annToken = await online(sys, ann);
      const supervisor = await sys.supervisorToken(uid('sup'));
      const { caseId, token } = await openCase(sys);
      const assigned = await waitForStatus(sys, caseId, token, 'assigned');
      const taskId = assigned.task.taskId as string;
      await sys.http.post(`/api/tasks/${taskId}/reply`, { text: 'Here you go' }, { token: annToken });
      await sys.http.post(`/api/tasks/${taskId}/resolve`, { summary: 'answered' }, { token: annToken });
      await waitForStatus(sys, caseId, token, 'resolved');
      await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'Still broken' }, { token });
      const again = await waitForStatus(sys, caseId, token, 'assigned');
      await sys.http.put('/api/agents/me', { status: 'offline' }, { token: annToken });
      await waitForStatus(sys, caseId, token, 'escalated');
      await online(sys, bob, ['nothing-fits'], 2);
      await eventually(async () => {
        const res = await sys.http.post(`/api/cases/${caseId}/reassign`, { agentId: bob }, { token: supervisor });
        return res.status === 200;
      });
      const bobToken = await sys.agentToken(bob);
      await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'high' }, { token: supervisor });
      await sys.http.post(`/api/tasks/${again.task.taskId}/resolve`, { summary: 'fixed' }, { token: bobToken });
      await waitForStatus(sys, caseId, token, 'resolved');
      save('routed-reopened-reassigned-open', caseId);
      await sys.http.put('/api/agents/me', { status: 'offline' }, { token: bobToken });
    });
  },
  120_000,
);

run(
  'fraud: lease expiry, claim, wait on customer, reply timeout, closed',
  async () => {
    await withSystem(
      { ASSIGNMENT_TIMEOUT: '2s', CUSTOMER_REPLY_TIMEOUT: '2s', REOPEN_WINDOW: '2s', CONFIRMATION_TIMEOUT: '1h' },
      async (sys) => {
        const ann = uid('agent');
        const annToken = await sys.agentToken(ann);
        const bobToken = await sys.agentToken(uid('agent'));
        const { caseId, token } = await openCase(sys, FRAUD);
        const task = await openTaskOf(sys, caseId, annToken);
        await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: annToken });
        await eventually(async () => (await openTaskOf(sys, caseId, bobToken)) ?? null, 20_000);
        await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: bobToken });
        await sys.http.post(
          `/api/tasks/${task.taskId}/reply`,
          { text: 'Can you confirm the amount?', waitForCustomer: true },
          { token: bobToken },
        );
        await waitForStatus(sys, caseId, token, 'resolved', 20_000);
        await waitForStatus(sys, caseId, token, 'closed', 20_000);
        await sys.client.workflow.getHandle(caseId).result();
        save('fraud-lease-reply-timeout-closed', caseId);
      },
    );
  },
  120_000,
);

run(
  'customer asks for a human; vague case goes low confidence; supervisor escalates',
  async () => {
    await withSystem({ CONFIRMATION_TIMEOUT: '1h' }, async (sys) => {
      const supervisor = await sys.supervisorToken(uid('sup'));
      const asked = await openCase(sys);
      await waitForStatus(sys, asked.caseId, asked.token, 'awaiting_confirmation');
      await sys.http.post(`/api/cases/${asked.caseId}/escalate`, { reason: 'person please' }, { token: asked.token });
      await waitForStatus(sys, asked.caseId, asked.token, 'escalated');
      save('customer-requested-human-open', asked.caseId);

      const vague = await openCase(sys, VAGUE);
      await waitForStatus(sys, vague.caseId, vague.token, 'escalated');
      save('low-confidence-open', vague.caseId);

      const sup = await openCase(sys);
      await waitForStatus(sys, sup.caseId, sup.token, 'awaiting_confirmation');
      await sys.http.post(`/api/cases/${sup.caseId}/escalate`, {}, { token: supervisor });
      await waitForStatus(sys, sup.caseId, sup.token, 'escalated');
      save('supervisor-escalated-open', sup.caseId);
    });
  },
  120_000,
);

run(
  'the AI fails; a long case continues as new',
  async () => {
    const fake = await startFakeOpenAi();
    try {
      fake.setMode({ kind: 'error', status: 401 });
      await withSystem(
        {
          OPENAI_API_KEY: 'k',
          OPENAI_BASE_URL: fake.url,
          AI_TIMEOUT: '1s',
          AI_TOTAL_TIMEOUT: '5s',
          WORKFLOW_HISTORY_LIMIT: '40',
        },
        async (sys) => {
          const failed = await openCase(sys, ROUTINE);
          await waitForStatus(sys, failed.caseId, failed.token, 'escalated');
          await new Promise((r) => setTimeout(r, 2000));
          save('ai-unavailable-open', failed.caseId);

          const { caseId, token } = await openCase(sys, FRAUD);
          const agent = await sys.agentToken(uid('agent'));
          const task = await openTaskOf(sys, caseId, agent);
          await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
          const handle = sys.client.workflow.getHandle(caseId);
          const firstRun = (await handle.describe()).runId;
          for (let i = 0; i < 6; i += 1) {
            await sys.http.post(
              `/api/tasks/${task.taskId}/reply`,
              { text: `Question ${i}`, waitForCustomer: true },
              { token: agent },
            );
            await sys.http.post(`/api/cases/${caseId}/messages`, { text: `Answer ${i}` }, { token });
          }
          const secondRun = await eventually(async () => {
            const r = (await handle.describe()).runId;
            return r !== firstRun ? r : undefined;
          });
          await sys.http.post(`/api/tasks/${task.taskId}/reply`, { text: 'Done soon' }, { token: agent });
          save('continued-as-new-first-run', caseId, firstRun);
          save('continued-as-new-second-run-open', caseId, secondRun);
        },
      );
    } finally {
      await fake.close();
    }
  },
  120_000,
);
