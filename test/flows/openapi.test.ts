/** The OpenAPI document covers every route the API serves, and real answers fit the schemas it is made from. */
import type { Router } from 'express';
import { documentedRoutes } from '../../src/api/openapi';
import * as res from '../../src/api/response-schemas';
import { caseRoutes, staffRoutes } from '../../src/api/routes';
import { handoffRoutes } from '../../src/api/handoff';
import { createLive } from '../../src/api/stream';
import { createLogger } from '../../src/logger';
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(async () => sys?.close());

function routesOf(router: Router): string[] {
  const stack = (router as unknown as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] })
    .stack;
  return stack
    .filter((l) => l.route)
    .flatMap((l) => Object.keys(l.route!.methods).map((m) => `${m.toUpperCase()} /api${l.route!.path}`));
}

test('every /api route is documented, and nothing else', async () => {
  const none = {} as never;
  const pass = () => undefined;
  const limits = { intake: pass, write: pass };
  const served = [
    ...routesOf(caseRoutes(none, limits)),
    ...routesOf(staffRoutes(none, limits)),
    ...routesOf(createLive(createLogger('silent')).routes),
    ...routesOf(handoffRoutes()),
  ];
  const documented = documentedRoutes().filter((r) => r.includes(' /api/') && !r.endsWith('/openapi.json'));
  expect(documented.sort()).toEqual(served.sort());

  const doc = await sys.http.get('/api/openapi.json');
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe('3.1.0');
  expect(Object.keys(doc.body.paths)).toContain('/api/cases/{caseId}/history');
  const docs = await fetch(`${sys.baseUrl}/api/docs`);
  expect(docs.headers.get('content-type')).toMatch(/text\/html/);
  expect((await sys.http.get('/api/no-such-thing')).body.error.code).toBe('not_found');
});

test('real answers fit the documented schemas', async () => {
  const supervisor = await sys.supervisorToken(uid('sup'));
  const agent = await sys.agentToken(uid('agent'));
  const intake = await sys.http.post('/api/cases', { customer: { id: uid('cus') }, ...FRAUD });
  res.intakeResult.parse(intake.body);
  const { caseId, token } = await openCase(sys, FRAUD);
  await waitForStatus(sys, caseId, token, 'escalated');
  res.caseResource.parse((await sys.http.get(`/api/cases/${caseId}`, { token })).body);
  res.caseResource.parse((await sys.http.get(`/api/cases/${caseId}`, { token: supervisor })).body);
  res.taskList.parse((await sys.http.get('/api/tasks', { token: agent })).body);
  const task = await openTaskOf(sys, caseId, agent);
  res.claimResult.parse((await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent })).body);
  res.handoff.parse((await sys.http.get(`/api/cases/${caseId}/handoff`, { token: agent })).body);
  res.caseState.parse((await sys.http.get(`/api/cases/${caseId}/state`, { token: supervisor })).body);
  const history = (await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor })).body;
  for (const e of history) res.historyEvent.parse(e);
  res.agentList.parse((await sys.http.get('/api/agents', { token: supervisor })).body);
  res.stats.parse((await sys.http.get('/api/stats', { token: supervisor })).body);
  const day = new Date().toISOString().slice(0, 10);
  res.dailyStats.parse((await sys.http.get(`/api/stats/daily?from=${day}&to=${day}`, { token: supervisor })).body);
  res.caseList.parse((await sys.http.get('/api/cases?limit=5', { token: supervisor })).body);
  res.errorBody.parse((await sys.http.get('/api/cases/c_nope', { token: supervisor })).body);
});
