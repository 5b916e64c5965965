/** GET /api/stream: who may follow what, and events that name what changed, from the one shared poller. */
import { ChangeFeed, TOPICS, type ChangeEvent } from '../../src/api/change-feed';
import { keyedCollections, recordAccess } from '../../src/db/keyed-access';
import { createLogger } from '../../src/logger';
import { eventually } from '../support/http';
import { FRAUD, openCase, waitForStatus } from '../support/cases';
import { openTaskOf } from '../support/agents';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ ASSIGNMENT_TIMEOUT: '10m' });
});
afterAll(async () => sys?.close());

/** Reads a stream's events until `until` says stop (the caller's timeout bounds it). */
async function follow(path: string, token: string, until: (events: string[]) => boolean, timeoutMs = 20_000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const res = await fetch(`${sys.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const events: string[] = [];
  try {
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.+)$/m.exec(frame)?.[1];
        const data = /^data: (.+)$/m.exec(frame)?.[1];
        if (name) events.push(data ? `${name} ${data}` : name);
        if (events.length && (events.at(-1) as string).startsWith('ready')) onReady?.();
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}
let onReady: (() => void) | null = null;

test('a customer token follows its own case only', async () => {
  const mine = await openCase(sys);
  const other = await openCase(sys);
  const denied = await sys.http.get(`/api/stream?cases=${other.caseId}`, { token: mine.token });
  expect(denied.status).toBe(404);
  const topics = await sys.http.get('/api/stream?topics=tasks', { token: mine.token });
  expect(topics.status).toBe(403);
  expect((await sys.http.get('/api/stream')).status).toBe(401);
});

test('agents follow the queue; the pool and the statistics are for supervisors', async () => {
  const agent = await sys.agentToken(uid('agent'));
  const res = await sys.http.get('/api/stream?topics=stats', { token: agent });
  expect(res.status).toBe(403);
  expect(res.body.error.code).toBe('forbidden');
  const bad = await sys.http.get('/api/stream?cases=bad%20id', { token: agent });
  expect(bad.status).toBe(400);
});

test('a change to a followed case and to the queue arrives as named events', async () => {
  const { caseId, token } = await openCase(sys, FRAUD);
  await waitForStatus(sys, caseId, token, 'escalated');
  const agent = await sys.agentToken(uid('agent'));
  const task = await openTaskOf(sys, caseId, agent);

  onReady = () => {
    onReady = null;
    void sys.http.post(`/api/tasks/${task.taskId}/claim`, undefined, { token: agent });
  };
  const staffEvents = await follow(
    `/api/stream?cases=${caseId}`,
    agent,
    (e) => e.some((x) => x.startsWith('case ')) && e.includes('tasks {"type":"tasks"}'),
  );
  expect(staffEvents[0]).toMatch(/^ready /);
  expect(staffEvents).toContain(`case {"type":"case","caseId":"${caseId}"}`);

  onReady = () => {
    onReady = null;
    void sys.http.post(`/api/cases/${caseId}/messages`, { text: 'any news?' }, { token });
  };
  const customerEvents = await follow('/api/stream', token, (e) => e.some((x) => x.startsWith('case ')));
  expect(customerEvents).toContain(`case {"type":"case","caseId":"${caseId}"}`);
});

test('one poller serves every listener and reads keyed collections by their lone _id only', async () => {
  const { caseId, token } = await openCase(sys);
  await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  const feed = new ChangeFeed({ intervalMs: 50, log: createLogger('silent') });
  const [a, b]: ChangeEvent[][] = [[], []];
  const done = recordAccess();
  const stopA = await feed.subscribe({ topics: [...TOPICS], cases: [caseId], send: (e) => a.push(e) });
  const stopB = await feed.subscribe({ topics: [], cases: [caseId], send: (e) => b.push(e) });
  expect(feed.size).toBe(2);
  await sys.http.post(`/api/cases/${caseId}/confirm`, { resolved: true }, { token });
  await eventually(async () => a.some((e) => e.type === 'case') && b.some((e) => e.type === 'case'));
  stopA();
  stopB();
  feed.close();
  const seen = done();
  const read = new Set(seen.map((x) => x.collection));
  for (const c of ['cases', 'tasks', 'agents', 'slots', 'stats_rollups']) expect(read).toContain(c);
  expect(seen.filter((x) => keyedCollections.has(x.collection) && !x.keyed)).toEqual([]);
  expect(b.every((e) => e.type === 'case')).toBe(true);
});
