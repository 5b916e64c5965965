/**
 * `npm run screenshots`: starts a real stack (embedded Temporal and FerretDB in a temporary folder, the
 * worker and the API serving the built console), opens a few realistic cases through the HTTP API, and
 * photographs each page at laptop size (1366x768) into docs/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import type { Page } from 'playwright-core';
import { signStaffToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { connectDatabase, ensureIndexes } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { createMetrics } from '../src/metrics';
import { projectRoot } from '../src/project-root';
import { startApi, startWorker } from '../src/roles';
import { freePort } from '../src/stack/child-process';
import { startFerretDb, startTemporal } from '../src/stack/embedded-servers';
import { connectClient, ensureSearchAttributes } from '../src/temporal/connect';
import { stopOps } from '../src/temporal/ops';
import { eventually, createHttp } from '../test/support/http';
import { launchBrowser, newPage, signIn } from '../test/support/browser';

const OUT = path.join(projectRoot(), 'docs', 'screenshots');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'casework-shots-'));
  const [temporalPort, mongoPort] = [await freePort(), await freePort()];
  const [temporal, ferret] = await Promise.all([
    startTemporal({ dataDir, port: temporalPort, uiPort: null, namespace: 'default' }),
    startFerretDb({ dataDir, port: mongoPort }),
  ]);
  const secret = 'screenshots-secret-0123456789abcdef';
  const config = loadConfig({
    TEMPORAL_ADDRESS: temporal.address,
    MONGODB_URI: ferret.uri,
    AUTH_SECRET: secret,
    LOG_LEVEL: 'warn',
    // short clocks, so the pictures show countdowns on track, at risk and breached
    SLA_POLICY: JSON.stringify({
      urgent: { firstResponse: '80s', resolution: '30m' },
      high: { firstResponse: '20m', resolution: '2h' },
      normal: { firstResponse: '1h', resolution: '8h' },
    }),
  });
  const log = createLogger('warn');
  await connectDatabase(ferret.uri);
  await ensureIndexes();
  const client = await connectClient(temporal.address, config.TEMPORAL_NAMESPACE);
  await ensureSearchAttributes(client);
  const metrics = createMetrics();
  const worker = await startWorker({ config, temporalAddress: temporal.address, client, log, metrics });
  const server = await startApi({ config, client, secret, log, metrics, port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const http = createHttp(base);
  const browser = await launchBrowser();
  try {
    const token = (sub: string, role: 'agent' | 'supervisor', name: string) =>
      signStaffToken(secret, { sub, role, name });
    const [ann, bo, cy, sam] = await Promise.all([
      token('ann', 'agent', 'Ann Lee'),
      token('bo', 'agent', 'Bo Berg'),
      token('cy', 'agent', 'Cy Okafor'),
      token('sam', 'supervisor', 'Sam Rivera'),
    ]);
    await http.put('/api/agents/me', { status: 'online', skills: ['*'], capacity: 2 }, { token: ann });
    await http.put('/api/agents/me', { status: 'online', skills: ['payments', 'refunds'], capacity: 2 }, { token: bo });
    await http.put('/api/agents/me', { status: 'away', skills: ['lang:de', 'payments'], capacity: 3 }, { token: cy });

    const open = async (customer: object, subject: string, message: string, extra: object = {}) => {
      const res = await http.post('/api/cases', { customer, channel: 'web', subject, message, ...extra });
      if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
      return { caseId: res.body.caseId as string, token: res.body.customerToken as string };
    };
    const staff = (caseId: string) => http.get(`/api/cases/${caseId}`, { token: sam }).then((r) => r.body);
    const until = (caseId: string, statuses: string[]) =>
      eventually(async () => statuses.includes((await staff(caseId)).status) && staff(caseId), 30_000, caseId);

    const fraud = await open(
      { id: 'cus_mira', name: 'Mira Jensen', email: 'mira@example.com' },
      'Charge I did not make',
      'There is a payment of 249 EUR on my card from a shop I have never heard of. I think my card details were stolen. Please block it.',
      { orderRef: 'card-4471' },
    );
    const refund = await open(
      { id: 'cus_tom', name: 'Tom Ekberg' },
      'How long does a refund take?',
      'I returned my order last week. How long does it take until the refund is back on my account?',
    );
    const due = await open(
      { id: 'cus_lin', name: 'Lin Zhou' },
      'When is my next payment due?',
      'Hi, where can I see the due date of my next instalment in the payment schedule?',
    );
    const person = await open(
      { id: 'cus_ana', name: 'Ana Souza' },
      'Change my payment date',
      'Can I move my monthly payment from the 1st to the 15th? My salary comes mid-month.',
    );
    const angry = await open(
      { id: 'cus_oli', name: 'Oliver Grant' },
      'Third time asking!!',
      'This is the third time I write about the wrong fee on my invoice. Nobody answers. This is a disgrace and I am furious.',
    );
    const resolvedAi = await open(
      { id: 'cus_eva', name: 'Eva Lind' },
      'Update my address',
      'How do I change the postal address on my account?',
    );

    await until(refund.caseId, ['awaiting_confirmation', 'escalated']);
    await until(resolvedAi.caseId, ['awaiting_confirmation', 'escalated']);
    await http.post(`/api/cases/${resolvedAi.caseId}/confirm`, { resolved: true }, { token: resolvedAi.token });
    await http.post(`/api/cases/${resolvedAi.caseId}/feedback`, { rating: 5 }, { token: resolvedAi.token });
    await until(person.caseId, ['awaiting_confirmation', 'escalated']);
    await http.post(`/api/cases/${person.caseId}/escalate`, { reason: 'want a person' }, { token: person.token });
    await until(due.caseId, ['awaiting_confirmation', 'escalated']);
    await http.post(
      `/api/cases/${due.caseId}/confirm`,
      { resolved: false, comment: 'I cannot find the schedule in the app' },
      { token: due.token },
    );
    const held = await until(person.caseId, ['assigned']).catch(() => staff(person.caseId));
    if (held.task?.assignee) {
      const agentToken = held.task.assignee === 'ann' ? ann : bo;
      await http.post(
        `/api/tasks/${held.task.taskId}/reply`,
        {
          text: 'Yes, we can move it. Shall I move it to the 15th starting next month, or from this month already?',
          waitForCustomer: true,
        },
        { token: agentToken },
      );
    }
    await until(angry.caseId, ['escalated', 'assigned']);
    await until(fraud.caseId, ['escalated', 'assigned']);

    mkdirSync(OUT, { recursive: true });
    const shot = async (page: Page, name: string) => {
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    };
    const asCustomer = async (c: { caseId: string; token: string }) => {
      const page = await newPage(browser, base);
      await page.goto('/');
      await page.evaluate(`localStorage.setItem('casework.case', ${JSON.stringify(JSON.stringify(c))})`);
      await page.reload();
      await page.getByTestId('next-step').waitFor();
      return page;
    };

    const form = await newPage(browser, base);
    await form.goto('/');
    await form.getByLabel('Subject').fill('Refund for order 1042');
    await form.getByLabel('Your message').fill('The blender I ordered arrived broken. Can I get my money back?');
    await shot(form, 'customer-new-case');

    const customer = await asCustomer(refund);
    await customer.getByText('Based on').first().waitFor();
    await shot(customer, 'customer-ai-answer');
    await shot(await asCustomer(fraud), 'customer-waiting-for-agent');
    const rated = await asCustomer(resolvedAi);
    await rated.getByText('Thank you for your feedback').waitFor();
    await shot(rated, 'customer-resolved');

    // the agent's view of the urgent case, once its first-reply clock is in its last quarter
    const fraudCase = await staff(fraud.caseId);
    const firstDue = Date.parse(fraudCase.sla.firstResponseDueAt);
    const agent = await newPage(browser, base);
    await signIn(agent, '/agent', ann);
    await agent.getByRole('button', { name: 'Online' }).click();
    await agent.getByText('Charge I did not make').first().click();
    await agent.getByRole('heading', { name: 'Charge I did not make' }).waitFor();
    const wait = firstDue - 12_000 - Date.now();
    if (wait > 0) await agent.waitForTimeout(wait);
    await shot(agent, 'agent-inbox');

    const supervisor = await newPage(browser, base);
    await signIn(supervisor, '/supervisor', sam);
    await supervisor.getByRole('button', { name: 'Change my payment date' }).waitFor();
    // after the urgent case's first-reply clock has run out
    const afterBreach = firstDue + 4_000 - Date.now();
    if (afterBreach > 0) await supervisor.waitForTimeout(afterBreach);
    await eventually(async () => (await staff(fraud.caseId)).sla.breaches.length > 0, 20_000, 'the breach');
    await supervisor.reload();
    await supervisor.getByRole('button', { name: 'Charge I did not make' }).waitFor();
    await shot(supervisor, 'supervisor-dashboard');
    await supervisor.locator('.chart svg').first().waitFor();
    await supervisor.screenshot({ path: path.join(OUT, 'supervisor-dashboard-full.png'), fullPage: true });
    process.stdout.write('docs/screenshots/supervisor-dashboard-full.png\n');
    await supervisor.getByRole('button', { name: 'Charge I did not make' }).click();
    await supervisor.getByTestId('live-state').getByText('Waiting on').waitFor();
    await supervisor.getByRole('heading', { name: 'History' }).waitFor();
    await shot(supervisor, 'supervisor-case');

    const docs = await newPage(browser, base);
    await docs.goto('/api/docs');
    await docs.getByRole('heading', { name: 'Customers' }).waitFor();
    await docs
      .locator('details.op')
      .first()
      .evaluate((d) => d.setAttribute('open', ''));
    await shot(docs, 'api-docs');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await worker.close();
    await stopOps(client, config.TEMPORAL_TASK_QUEUE).catch(() => undefined);
    await client.connection.close();
    await mongoose.disconnect();
    await Promise.all([temporal.proc.stop(), ferret.proc.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
