/**
 * Records the history of a case that travels every status, as a replay fixture:
 *   RECORD_HISTORIES=1 npx jest test/replay
 * Recorded once per workflow change that is meant to be compatible; the replay test then proves that
 * the current workflow code still replays it, so a change that would break running cases fails CI.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { temporalBinary } from '../../src/stack/binaries';
import { openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { eventually } from '../support/http';
import { startSystem, uid } from '../support/system';

export const FIXTURE_DIR = path.join(__dirname, '../fixtures/histories');

export async function recordEveryStatusHistory(): Promise<string> {
  const sys = await startSystem({
    CONFIRMATION_TIMEOUT: '1m',
    REOPEN_WINDOW: '2s',
    SLA_POLICY: JSON.stringify({ normal: { firstResponse: '1s', resolution: '1m' }, warnAt: 0.5 }),
  });
  try {
    const { caseId, token } = await openCase(sys);
    await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
    await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: false, comment: 'not it' }, { token });
    const agent = await sys.agentToken(uid('agent'));
    const supervisor = await sys.supervisorToken(uid('sup'));
    let task = await openTaskOf(sys, caseId, agent);
    await eventually(async () => {
      const h = await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor });
      return h.body.some((e: { type: string }) => e.type === 'sla_breach');
    });
    task = await openTaskOf(sys, caseId, agent);
    await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
    await sys.http.post(
      `/api/tasks/${task.taskId}/reply`,
      { text: 'Which order?', waitForCustomer: true },
      { token: agent },
    );
    await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'Order 42' }, { token });
    await sys.http.post(`/api/cases/${caseId}/priority`, { priority: 'urgent' }, { token: supervisor });
    await sys.http.post(`/api/tasks/${task.taskId}/resolve`, { summary: 'done', text: 'Sorted.' }, { token: agent });
    await sys.http.post(`/api/cases/${caseId}/messages`, { text: 'one more thing' }, { token });
    task = await openTaskOf(sys, caseId, agent);
    await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
    await sys.http.post(`/api/tasks/${task.taskId}/release`, undefined, { token: agent });
    task = await openTaskOf(sys, caseId, supervisor);
    await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: supervisor });
    await sys.http.post(`/api/tasks/${task.taskId}/resolve`, { summary: 'done again' }, { token: supervisor });
    await waitForStatus(sys, caseId, token, 'closed', 15_000);
    const handle = sys.client.workflow.getHandle(caseId);
    await handle.result();
    const json = execFileSync(temporalBinary(), [
      'workflow',
      'show',
      '--workflow-id',
      caseId,
      '--address',
      process.env.TEST_TEMPORAL_ADDRESS as string,
      '--output',
      'json',
    ]);
    const file = path.join(FIXTURE_DIR, 'every-status.json');
    writeFileSync(file, json);
    return file;
  } finally {
    await sys.close();
  }
}
