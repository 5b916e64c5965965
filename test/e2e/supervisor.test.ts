/** A supervisor in a real browser: live figures, case search, a case's countdown, reassignment, priority. */
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousA11yProblems, signIn } from '../support/browser';
import { eventually } from '../support/http';
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
let browser: Browser;
beforeAll(async () => {
  [sys, browser] = await Promise.all([startSystem({ ASSIGNMENT_TIMEOUT: '10m' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

test('a supervisor finds a case, watches its SLA countdown, reassigns it and raises its priority', async () => {
  const subject = `Card stolen ${uid('s')}`;
  const { caseId, token } = await openCase(sys, { ...FRAUD, subject });
  await waitForStatus(sys, caseId, token, 'escalated');
  const [annId, boId] = [uid('ann'), uid('bo')];
  const [ann, bo] = await Promise.all([sys.agentToken(annId, 'Ann'), sys.agentToken(boId, 'Bo')]);
  const task = await openTaskOf(sys, caseId, ann);
  expect((await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: ann })).status).toBe(200);
  await sys.http.put('/api/agents/me', { status: 'online', skills: ['*'], capacity: 2 }, { token: bo });

  const page = await newPage(browser, sys.baseUrl);
  await signIn(page, '/supervisor', await sys.supervisorToken(uid('sup')));
  await page.getByRole('heading', { name: 'Agents' }).waitFor();
  await page.locator('.agent-list li', { hasText: 'Bo' }).waitFor();
  await page.getByRole('button', { name: subject }).click();

  const drawer = page.getByRole('dialog', { name: 'Case' });
  await drawer.getByTestId('live-state').getByText('Waiting on').waitFor();
  const countdown = drawer.locator('.case-sla [data-testid=countdown]').first();
  const before = await countdown.textContent();
  await page.waitForFunction(([el, text]) => (el as { textContent: string | null }).textContent !== text, [
    await countdown.elementHandle(),
    before,
  ] as const);

  await drawer.getByLabel('Reassign to').selectOption(boId);
  await drawer.getByRole('button', { name: 'Reassign' }).click();
  await drawer.getByText(`Reassigned to ${boId}.`).waitFor();
  await drawer.locator('.timeline li', { hasText: `Assigned to ${boId}` }).waitFor();
  await page.locator('.agent-list li', { hasText: 'Bo' }).getByText('1/2').waitFor();

  await drawer.getByLabel('Priority').selectOption('high');
  await drawer.locator('.case-badges .priority-high').waitFor();
  const stored = await eventually(async () => {
    const c = (await sys.http.get(`/api/cases/${caseId}`, { token: ann })).body;
    return c.task?.assignee === boId && c.priority === 'high' ? c : undefined;
  });
  expect(stored.task.assignee).toBe(boId);
  expect(await seriousA11yProblems(page)).toEqual([]);
  await page.context().close();
});

test('the dashboard and the API reference have no serious or critical accessibility problems', async () => {
  const page = await newPage(browser, sys.baseUrl);
  await signIn(page, '/supervisor', await sys.supervisorToken(uid('sup')));
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await page.locator('.chart').first().waitFor();
  expect(await seriousA11yProblems(page)).toEqual([]);

  await page.goto('/api/docs');
  await page.getByRole('heading', { name: 'Supervisors' }).waitFor();
  await page.locator('details.op summary').first().click();
  expect(await seriousA11yProblems(page)).toEqual([]);
  await page.context().close();
});
