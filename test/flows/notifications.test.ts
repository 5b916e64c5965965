/** Notifications leave through one signed webhook, retried when the receiver fails. */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER } from '../../activities/notifier';
import { openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

interface Received {
  signature: string;
  raw: string;
  body: { kind: string; caseId: string; data: Record<string, unknown> };
}

const WEBHOOK_SECRET = 'whsec_test';
let sys: TestSystem;
let receiver: http.Server;
const received: Received[] = [];
let failNext = 0;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (failNext > 0) {
        failNext -= 1;
        res.writeHead(503).end();
        return;
      }
      received.push({ signature: String(req.headers[SIGNATURE_HEADER]), raw, body: JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  sys = await startSystem({
    NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    SLA_POLICY: JSON.stringify({ normal: { firstResponse: '2s', resolution: '1m' }, warnAt: 0.5 }),
  });
});
afterAll(async () => {
  await sys?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const kindsFor = (caseId: string) => received.filter((r) => r.body.caseId === caseId).map((r) => r.body.kind);

test('the AI answer, escalation, assignment, agent reply and SLA warning are notified, signed', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await eventually(async () => kindsFor(caseId).includes('ai.answer'), 10_000, 'ai.answer notification');

  await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token });
  await eventually(async () => kindsFor(caseId).includes('sla.warning'), 10_000, 'sla.warning notification');
  const agent = await sys.agentToken(uid('agent'));
  const task = await openTaskOf(sys, caseId, agent);
  await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  await sys.http.post(`/api/tasks/${task.taskId}/reply`, { text: 'On it' }, { token: agent });
  await eventually(
    async () => ['case.escalated', 'task.assigned', 'agent.reply'].every((k) => kindsFor(caseId).includes(k)),
    10_000,
    'escalation, assignment and reply notifications',
  );

  for (const r of received.filter((x) => x.body.caseId === caseId)) {
    const [t, v1] = r.signature.split(',').map((p) => p.split('=')[1]);
    const expected = createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${r.raw}`).digest('hex');
    expect(v1).toBe(expected);
  }
});

test('a failing receiver gets the notification again', async () => {
  failNext = 2;
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  await eventually(async () => kindsFor(caseId).includes('ai.answer'), 20_000, 'ai.answer after retries');
  expect(failNext).toBe(0);
});
