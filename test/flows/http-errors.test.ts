/** The contract's error format for every failure, and idempotent intake. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { signStaffToken } from '../../src/auth/tokens';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { startApi } from '../../src/roles';
import { freePort } from '../../src/stack/child-process';
import { ROUTINE, openCase, waitForStatus } from '../support/cases';
import { createHttp } from '../support/http';
import { METRICS_TOKEN, startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ INTAKE_RATE_LIMIT: '1000' });
});
afterAll(async () => sys?.close());

/** A second API process on the same servers, with its own client or configuration. */
async function extraApi(over: { client?: Client; config?: TestSystem['config'] }) {
  const server: http.Server = await startApi({
    config: over.config ?? sys.config,
    client: over.client ?? sys.client,
    secret: sys.secret,
    log: createLogger('silent'),
    metrics: createMetrics(),
    port: 0,
  });
  return { server, api: createHttp(`http://127.0.0.1:${(server.address() as AddressInfo).port}`) };
}

const newCase = () => ({ customer: { id: uid('cus') }, ...ROUTINE });

function expectError(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
}

test('a body that is not JSON gets 400 invalid_json', async () => {
  const res = await sys.http.request('POST', '/api/cases', {
    rawBody: '{"customer":',
    headers: { 'content-type': 'application/json' },
  });
  expectError(res, 400, 'invalid_json');
});

test('unknown and missing fields get 400 validation_failed with details', async () => {
  const res = await sys.http.post('/api/cases', { customer: { id: 'c1' }, subject: 's', admin: true });
  expectError(res, 400, 'validation_failed');
  const paths = res.body.error.details.map((d: { path: string }) => d.path).join(',');
  expect(paths).toContain('message');
  expect(JSON.stringify(res.body.error.details)).toContain('admin');
});

test('a body over 64 KiB gets 413, a non-JSON content type 415', async () => {
  const big = await sys.http.post('/api/cases', { ...newCase(), message: 'x'.repeat(70 * 1024) });
  expectError(big, 413, 'payload_too_large');
  const text = await sys.http.request('POST', '/api/cases', {
    rawBody: 'hello',
    headers: { 'content-type': 'text/plain' },
  });
  expectError(text, 415, 'unsupported_media_type');
});

test('missing or bad credentials get 401; the wrong role 403', async () => {
  const { caseId } = await openCase(sys);
  expectError(await sys.http.get(`/api/cases/${caseId}`), 401, 'unauthorized');
  expectError(await sys.http.get(`/api/cases/${caseId}`, { token: 'not-a-jwt' }), 401, 'unauthorized');
  const forged = await signStaffToken('another-secret', { sub: 'x', role: 'supervisor' });
  expectError(await sys.http.get(`/api/cases/${caseId}`, { token: forged }), 401, 'unauthorized');
  const agent = await sys.agentToken(uid('agent'));
  expectError(await sys.http.get('/api/stats', { token: agent }), 403, 'forbidden');
  expectError(await sys.http.get(`/api/cases/${caseId}/history`, { token: agent }), 403, 'forbidden');
});

test('a customer token never opens another case: 404 as if it did not exist', async () => {
  const mine = await openCase(sys);
  const theirs = await openCase(sys);
  expectError(await sys.http.get(`/api/cases/${theirs.caseId}`, { token: mine.token }), 404, 'not_found');
  expectError(await sys.http.post(`/api/cases/${theirs.caseId}/escalate`, {}, { token: mine.token }), 404, 'not_found');
  const staff = await sys.supervisorToken(uid('sup'));
  expectError(await sys.http.get('/api/cases/c_doesnotexist', { token: staff }), 404, 'not_found');
  expectError(await sys.http.get('/api/nothing-here', { token: staff }), 404, 'not_found');
});

test('an action that does not fit the state gets 409 and changes nothing', async () => {
  const { caseId, token } = await openCase(sys, {
    subject: 'Stolen card',
    message: 'My card was stolen and used for fraud',
  });
  await waitForStatus(sys, caseId, token, 'escalated');
  const res = await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
  expectError(res, 409, 'conflict');
  const supervisor = await sys.supervisorToken(uid('sup'));
  const history = await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor });
  expect(history.body.some((e: { type: string }) => e.type === 'confirmation')).toBe(false);
});

test('the same Idempotency-Key from the same customer returns the same case and starts nothing new', async () => {
  const body = newCase();
  const key = uid('key');
  const first = await sys.http.post('/api/cases', body, { headers: { 'Idempotency-Key': key } });
  expect(first.status).toBe(201);
  expect(first.headers.get('location')).toBe(`/api/cases/${first.body.caseId}`);
  const replay = await sys.http.post('/api/cases', body, { headers: { 'Idempotency-Key': key } });
  expect(replay.status).toBe(200);
  expect(replay.body.caseId).toBe(first.body.caseId);
  expect(replay.body.customerToken).toBe(first.body.customerToken);

  const other = await sys.http.post(
    '/api/cases',
    { ...body, customer: { id: uid('cus') } },
    { headers: { 'Idempotency-Key': key } },
  );
  expect(other.status).toBe(201);
  expect(other.body.caseId).not.toBe(first.body.caseId);

  const supervisor = await sys.supervisorToken(uid('sup'));
  await waitForStatus(sys, first.body.caseId, first.body.customerToken, 'awaiting_confirmation');
  const list = await sys.http.get(`/api/cases?customerId=${body.customer.id}`, { token: supervisor });
  expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([first.body.caseId]);

  const changed = await sys.http.post(
    '/api/cases',
    { ...body, subject: 'Something else entirely' },
    { headers: { 'Idempotency-Key': key } },
  );
  expect(changed.status).toBe(409);
  expect(changed.body.error.code).toBe('idempotency_key_reused');
});

test('concurrent intakes with one key create exactly one case', async () => {
  const body = newCase();
  const key = uid('key');
  const results = await Promise.all(
    Array.from({ length: 5 }, () => sys.http.post('/api/cases', body, { headers: { 'Idempotency-Key': key } })),
  );
  const ids = new Set(results.map((r) => r.body.caseId));
  expect(ids.size).toBe(1);
  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
});

test('intake answers 503 unavailable when Temporal is down, and accepts nothing', async () => {
  const deadPort = await freePort();
  const connection = Connection.lazy({ address: `127.0.0.1:${deadPort}`, connectTimeout: '1s' });
  const client = new Client({ connection, namespace: 'default' });
  const { server, api } = await extraApi({ client });
  try {
    const body = newCase();
    const res = await api.post('/api/cases', body);
    expectError(res, 503, 'unavailable');
    expect((await api.get('/readyz')).status).toBe(503);
    const supervisor = await sys.supervisorToken(uid('sup'));
    const list = await sys.http.get(`/api/cases?customerId=${body.customer.id}`, { token: supervisor });
    expect(list.body.items).toHaveLength(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await connection.close().catch(() => undefined);
  }
});

test('health, readiness and metrics', async () => {
  expect((await sys.http.get('/healthz')).status).toBe(200);
  const ready = await sys.http.get('/readyz');
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({ temporal: true, database: true });
  const metrics = await sys.http.get('/metrics', { token: METRICS_TOKEN });
  expect(metrics.status).toBe(200);
  expect(metrics.body).toContain('casework_http_request_duration_seconds');
  expect(metrics.body).toMatch(/casework_cases\{status="triaging"\}/);
});

test('too many new cases from one address get 429 rate_limited with Retry-After', async () => {
  const { server, api } = await extraApi({ config: { ...sys.config, INTAKE_RATE_LIMIT: 2 } });
  try {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push(await api.post('/api/cases', newCase()));
    expect(statuses.slice(0, 2).map((r) => r.status)).toEqual([201, 201]);
    expectError(statuses[2], 429, 'rate_limited');
    expect(Number(statuses[2].headers.get('retry-after'))).toBeGreaterThan(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a supervisor may escalate a case (reason supervisor); an agent may not', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const agent = await sys.agentToken(uid('agent'));
  expectError(await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token: agent }), 403, 'forbidden');
  const supervisor = await sys.supervisorToken(uid('sup'));
  const res = await sys.http.post(`/api/cases/${caseId}/escalate`, { reason: 'VIP' }, { token: supervisor });
  expect(res.status).toBe(200);
  expect(res.body.escalation.reason).toBe('supervisor');
});
