/**
 * Probes in the style of the OWASP API Security Top 10 (2023), against the real stack: each tries an
 * attack from outside and expects it refused. A table of what was tried and how it was refused is
 * printed at the end.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { resolveSecret } from '../../src/secret';
import { openTaskOf } from '../support/agents';
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
const table: { risk: string; probe: string; answer: string }[] = [];

beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '1h', WRITE_RATE_LIMIT: '20', READ_RATE_LIMIT: '100000' });
});
afterAll(async () => {
  await sys?.close();
  const width = Math.max(...table.map((r) => r.probe.length));
  process.stdout.write(
    `\nOWASP API Top 10 probes (${table.length}, all refused)\n` +
      table.map((r) => `  ${r.risk.padEnd(6)} ${r.probe.padEnd(width)}  -> ${r.answer}`).join('\n') +
      '\n',
  );
});

/** Sends one probe and expects the given status and error code; records it for the table. */
async function probe(
  risk: string,
  name: string,
  send: () => Promise<{ status: number; body: any }>,
  status: number,
  code?: string,
) {
  const res = await send();
  expect({ name, status: res.status }).toEqual({ name, status });
  if (code) expect(res.body?.error?.code).toBe(code);
  table.push({ risk, probe: name, answer: `${res.status}${code ? ` ${code}` : ''}` });
}

const key = (secret: string) => new TextEncoder().encode(secret);

describe('API1 broken object-level authorisation', () => {
  test("a customer's token opens no other case, for reading or acting", async () => {
    const a = await openCase(sys);
    const b = await openCase(sys);
    await waitForStatus(sys, b.caseId, b.token, 'awaiting_confirmation');
    for (const [what, send] of [
      ['GET another case', () => sys.http.get(`/api/cases/${b.caseId}`, { token: a.token })],
      [
        'confirm another case',
        () => sys.http.post(`/api/cases/${b.caseId}/confirm`, { resolved: true }, { token: a.token }),
      ],
      [
        'write to another case',
        () => sys.http.post(`/api/cases/${b.caseId}/messages`, { text: 'hi' }, { token: a.token }),
      ],
      ['escalate another case', () => sys.http.post(`/api/cases/${b.caseId}/escalate`, {}, { token: a.token })],
      ['rate another case', () => sys.http.post(`/api/cases/${b.caseId}/feedback`, { rating: 1 }, { token: a.token })],
      ['rotate the token of another case', () => sys.http.post(`/api/cases/${b.caseId}/token`, {}, { token: a.token })],
    ] as const) {
      await probe('API1', `customer: ${what}`, send, 404, 'not_found');
    }
  });

  test('an agent cannot act on a task another agent holds', async () => {
    const { caseId, token } = await openCase(sys, FRAUD);
    await waitForStatus(sys, caseId, token, 'escalated');
    const ann = await sys.agentToken(uid('ann'));
    const bob = await sys.agentToken(uid('bob'));
    const task = await openTaskOf(sys, caseId, ann);
    await sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: ann });
    await probe(
      'API1',
      "agent: reply on another agent's task",
      () => sys.http.post(`/api/tasks/${task.taskId}/reply`, { text: 'x' }, { token: bob }),
      403,
      'forbidden',
    );
    await probe(
      'API1',
      "agent: resolve another agent's task",
      () => sys.http.post(`/api/tasks/${task.taskId}/resolve`, { summary: 'x' }, { token: bob }),
      403,
      'forbidden',
    );
    await probe(
      'API1',
      "agent: release another agent's task",
      () => sys.http.post(`/api/tasks/${task.taskId}/release`, undefined, { token: bob }),
      403,
      'forbidden',
    );
  });
});

describe('API2 broken authentication', () => {
  test('forged, expired, misdirected and replaced tokens are refused', async () => {
    const { caseId, token } = await openCase(sys);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', role: 'supervisor' }),
    ).toString('base64url')}.`;
    const wrongKey = await new SignJWT({ role: 'supervisor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(key('not-the-secret-not-the-secret-xx'));
    const expired = await new SignJWT({ role: 'supervisor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key(sys.secret));
    const customerAudienceStaff = await new SignJWT({ role: 'supervisor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setAudience('casework:customer')
      .sign(key(sys.secret));
    const customerWithoutExpiry = await new SignJWT({ role: 'customer', caseId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cus_x')
      .setAudience('casework:customer')
      .sign(key(sys.secret));
    for (const [what, t] of [
      ['alg none', none],
      ['wrong signing key', wrongKey],
      ['expired staff token', expired],
      ['staff role with the customer audience', customerAudienceStaff],
      ['customer token without expiry', customerWithoutExpiry],
    ] as const) {
      await probe('API2', what, () => sys.http.get('/api/cases', { token: t }), 401, 'unauthorized');
    }
    await probe(
      'API2',
      'customer token on a staff route',
      () => sys.http.get('/api/tasks', { token }),
      403,
      'forbidden',
    );
    const rotated = await sys.http.post(`/api/cases/${caseId}/token`, {}, { token });
    expect(rotated.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    await probe(
      'API2',
      'a customer token after rotation',
      () => sys.http.get(`/api/cases/${caseId}`, { token }),
      401,
      'unauthorized',
    );
    const fresh = await sys.http.get(`/api/cases/${caseId}`, { token: rotated.body.customerToken });
    expect(fresh.status).toBe(200);
  });

  test('secrets too short to be safe stop the process at start', () => {
    expect(() => resolveSecret('AUTH_SECRET', 'short', '/tmp', false)).toThrow(/at least 32/);
    table.push({ risk: 'API2', probe: 'AUTH_SECRET of 5 characters', answer: 'refused at start' });
  });
});

describe('API3 broken object property level authorisation', () => {
  test('mass assignment: fields a client may not set are refused', async () => {
    const { caseId, token } = await openCase(sys);
    const agent = await sys.agentToken(uid('agent'));
    const intake = { customer: { id: uid('cus') }, subject: 'Hi', message: 'When is my payment due?' };
    for (const [what, send] of [
      ['intake with status', () => sys.http.post('/api/cases', { ...intake, status: 'resolved' })],
      ['intake with priority', () => sys.http.post('/api/cases', { ...intake, priority: 'urgent' })],
      ['intake with caseId', () => sys.http.post('/api/cases', { ...intake, caseId: 'c_mine' })],
      [
        'intake with customer.role',
        () => sys.http.post('/api/cases', { ...intake, customer: { id: 'x', role: 'supervisor' } }),
      ],
      [
        'presence with role',
        () => sys.http.put('/api/agents/me', { status: 'online', role: 'supervisor' }, { token: agent }),
      ],
      [
        'message with from',
        () => sys.http.post(`/api/cases/${caseId}/messages`, { text: 'x', from: 'agent' }, { token }),
      ],
      ['confirm with by', () => sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true, by: 'ai' }, { token })],
    ] as const) {
      await probe('API3', what, send, 400, 'validation_failed');
    }
  });

  test("a customer's view of the case holds nothing internal", async () => {
    const { caseId, token } = await openCase(sys, {
      subject: 'Furious',
      message: 'This is a DISGRACE, you useless thieves, I am sick and tired of your pathetic service!!!',
    });
    await waitForStatus(sys, caseId, token, 'escalated');
    const view = (await sys.http.get(`/api/cases/${caseId}`, { token })).body;
    const text = JSON.stringify(view);
    for (const internal of [
      'negative_sentiment',
      'skills',
      'excluded',
      'confidence',
      'assignee',
      'supervisorOnly',
      'topic',
    ]) {
      expect({ internal, present: text.includes(`"${internal}`) }).toEqual({ internal, present: false });
    }
    table.push({ risk: 'API3', probe: 'internal fields in the customer view', answer: 'absent' });
  });
});

describe('API4 unrestricted resource consumption', () => {
  test('bodies, nesting, lengths and floods are bounded', async () => {
    await probe(
      'API4',
      'a 100 KiB body',
      () =>
        sys.http.request('POST', '/api/cases', {
          rawBody: `{"x":"${'a'.repeat(100_000)}"}`,
          headers: { 'content-type': 'application/json' },
        }),
      413,
      'payload_too_large',
    );
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    await probe(
      'API4',
      'JSON nested 5,000 deep',
      () => sys.http.request('POST', '/api/cases', { rawBody: deep, headers: { 'content-type': 'application/json' } }),
      400,
    );
    await probe(
      'API4',
      'a 300-character subject plus one',
      () => sys.http.post('/api/cases', { customer: { id: 'c' }, subject: 's'.repeat(301), message: 'm' }),
      400,
      'validation_failed',
    );
    await probe(
      'API4',
      'a history page of 100,000',
      async () => sys.http.get('/api/cases/c_x/history?limit=100000', { token: await sys.supervisorToken('s') }),
      400,
      'validation_failed',
    );
    const { caseId, token } = await openCase(sys);
    await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
    let limited: { status: number; body: any; headers: Headers } | null = null;
    for (let i = 0; i < 40 && !limited; i += 1) {
      const res = await sys.http.post(`/api/cases/${caseId}/escalate`, {}, { token });
      if (res.status === 429) limited = res;
    }
    expect(limited?.body.error.code).toBe('rate_limited');
    expect(limited?.headers.get('retry-after')).toBeTruthy();
    table.push({
      risk: 'API4',
      probe: 'a flood of writes from one customer token',
      answer: '429 rate_limited with Retry-After',
    });
  });
});

describe('API5 broken function-level authorisation', () => {
  test('staff routes refuse customers, supervisor routes refuse agents, metrics refuse everyone else', async () => {
    const { caseId, token } = await openCase(sys);
    const agent = await sys.agentToken(uid('agent'));
    const supervisorOnly: [string, string, unknown?][] = [
      ['GET', '/api/cases'],
      ['GET', `/api/cases/${caseId}/state`],
      ['GET', `/api/cases/${caseId}/history`],
      ['POST', `/api/cases/${caseId}/reassign`, { agentId: 'x' }],
      ['POST', `/api/cases/${caseId}/priority`, { priority: 'low' }],
      ['GET', '/api/agents'],
      ['GET', '/api/stats'],
      ['GET', '/api/stats/daily?from=2026-11-01&to=2026-11-02'],
    ];
    for (const [method, url, body] of supervisorOnly) {
      await probe(
        'API5',
        `agent: ${method} ${url.replace(caseId, ':id')}`,
        () => sys.http.request(method, url, { token: agent, body }),
        403,
        'forbidden',
      );
      await probe(
        'API5',
        `customer: ${method} ${url.replace(caseId, ':id')}`,
        () => sys.http.request(method, url, { token, body }),
        403,
        'forbidden',
      );
    }
    for (const [method, url, body] of [
      ['GET', '/api/tasks'],
      ['PUT', '/api/agents/me', { status: 'online' }],
      ['POST', '/api/tasks/t_x_1/claim'],
    ] as const) {
      await probe(
        'API5',
        `customer: ${method} ${url}`,
        () => sys.http.request(method, url, { token, body }),
        403,
        'forbidden',
      );
    }
    await probe('API5', 'GET /metrics without the scrape token', () => sys.http.get('/metrics'), 401, 'unauthorized');
    await probe(
      'API5',
      'GET /metrics with a supervisor token',
      async () => sys.http.get('/metrics', { token: await sys.supervisorToken('s') }),
      401,
      'unauthorized',
    );
  });
});

describe('API6 and API7: business flows and server-side requests', () => {
  test('an Idempotency-Key replayed with another body is refused', async () => {
    const k = uid('key');
    const body = { customer: { id: uid('cus') }, subject: 'Refund', message: 'Where is my refund?' };
    expect((await sys.http.post('/api/cases', body, { headers: { 'Idempotency-Key': k } })).status).toBe(201);
    await probe(
      'API6',
      'a known key with a changed body (to take its case token)',
      () => sys.http.post('/api/cases', { ...body, message: 'changed' }, { headers: { 'Idempotency-Key': k } }),
      409,
      'idempotency_key_reused',
    );
  });

  test('URLs in any field are stored as text, never fetched', async () => {
    let fetched = 0;
    const trap = http.createServer((_req, res) => {
      fetched += 1;
      res.end();
    });
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/steal`;
    const { caseId, token } = await openCase(sys, {
      subject: `Order ${url}`,
      message: `When is my payment due? ${url}`,
      orderRef: url,
    });
    await eventually(async () => (await sys.http.get(`/api/cases/${caseId}`, { token })).body.status !== 'triaging');
    await sys.http.post(`/api/cases/${caseId}/messages`, { text: url }, { token });
    await new Promise((r) => setTimeout(r, 500));
    trap.close();
    expect(fetched).toBe(0);
    table.push({ risk: 'API7', probe: 'SSRF: URLs in subject, message and orderRef', answer: 'never fetched' });
  });
});

describe('API8 security misconfiguration and injection', () => {
  test('query parameters cannot inject into visibility queries or the store', async () => {
    const sup = await sys.supervisorToken(uid('sup'));
    for (const q of [
      "assignee=x' OR '1'='1",
      'customerId=x%27)%20OR%20(1=1',
      'status[$ne]=closed',
      'reason=sensitive_topic%27%20OR%20CaseStatus%20IS%20NOT%20NULL',
      'cursor=eyJ0IjoxZTIwLCJpZCI6IngifQ',
      'limit=1e9',
    ]) {
      await probe(
        'API8',
        `GET /api/cases?${q}`,
        () => sys.http.get(`/api/cases?${q}`, { token: sup }),
        400,
        'validation_failed',
      );
    }
  });

  test('security headers are set and errors carry no stack', async () => {
    const res = await sys.http.get('/api/cases/c_none', { token: await sys.supervisorToken('s') });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    table.push({ risk: 'API8', probe: 'headers and error bodies', answer: 'nosniff, no x-powered-by, no stack' });
  });

  test('card numbers and passwords are redacted before anything is stored', async () => {
    const card = '4111 1111 1111 1111';
    const { caseId, token } = await openCase(sys, { message: `My card ${card} and my password is Hunter2!x` });
    await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
    await sys.http.post(`/api/cases/${caseId}/messages`, { text: `again: ${card}` }, { token });
    const sup = await sys.supervisorToken(uid('sup'));
    const stored = JSON.stringify([
      (await sys.http.get(`/api/cases/${caseId}`, { token: sup })).body,
      (await sys.http.get(`/api/cases/${caseId}/history`, { token: sup })).body,
    ]);
    const history = await eventually(async () => {
      const h = await sys.client.workflow.getHandle(caseId).fetchHistory();
      return h.events?.length ? JSON.stringify(h) : undefined;
    });
    for (const where of [stored, history]) {
      expect(where).not.toContain('4111 1111');
      expect(where).not.toContain('Hunter2');
    }
    table.push({
      risk: 'API3',
      probe: 'card number and password in messages',
      answer: 'redacted in store, history and Temporal',
    });
  });
});
