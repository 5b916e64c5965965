/** The AI step against an OpenAI-compatible server: answers, refusals, retries, timeouts and the customer's veto. */
import path from 'node:path';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { projectRoot } from '../../src/project-root';
import { ROUTINE, openCase, waitForStatus } from '../support/cases';
import {
  TRIAGE_SCHEMA_NAME,
  startFakeOpenAi,
  type FakeMode,
  type FakeOpenAi,
  type RecordedRequest,
} from '../support/fake-openai';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

const AI_TOTAL_TIMEOUT_MS = 8_000;
/** The case must be with a human by then, whatever the AI does. */
const AI_BOUND_MS = AI_TOTAL_TIMEOUT_MS + 4_000;
const CARD = '4111 1111 1111 1111';

const kb = loadKnowledgeBase(path.join(projectRoot(), 'kb'));

let fake: FakeOpenAi;
let sys: TestSystem;
/** When each recorded request arrived, by its index in fake.requests (RecordedRequest has no time). */
const arrivals: number[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAi();
  const record = fake.requests.push.bind(fake.requests);
  fake.requests.push = (...items: RecordedRequest[]) => {
    for (const _ of items) arrivals.push(Date.now());
    return record(...items);
  };
  sys = await startSystem({
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: 'test-model',
    AI_TIMEOUT: '1s',
    AI_TRIAGE_TIMEOUT: '1s',
    AI_TOTAL_TIMEOUT: '8s',
    CONFIRMATION_TIMEOUT: '1m',
  });
});

afterAll(async () => {
  await sys?.close();
  await fake?.close();
});

beforeEach(() => {
  fake.setMode({ kind: 'answer' });
  // these tests are about the answer; the model's second opinion on triage answers at once and agrees
  fake.setTriageMode({ kind: 'answer' });
  fake.setClassification({});
});

const isTriage = (r: RecordedRequest) => r.body.response_format?.json_schema?.name === TRIAGE_SCHEMA_NAME;

interface Sent {
  request: RecordedRequest;
  at: number;
}

/**
 * Opens a routine case whose subject carries a unique marker, so only the model calls made for this
 * case are counted, even if an earlier case still has a call in flight.
 */
async function openAiCase(mode: FakeMode, message = ROUTINE.message) {
  fake.setMode(mode);
  const marker = uid('ref');
  const openedAt = Date.now();
  const opened = await openCase(sys, { subject: `${ROUTINE.subject} (${marker})`, message });
  const sent = (): Sent[] =>
    fake.requests
      .map((request, i) => ({ request, at: arrivals[i] }))
      .filter(({ request }) => !isTriage(request) && JSON.stringify(request.body).includes(marker));
  return { ...opened, openedAt, sent };
}

async function historyOf(caseId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const res = await sys.http.get(`/api/cases/${caseId}/history`, { token: await sys.supervisorToken(uid('sup')) });
  expect(res.status).toBe(200);
  return res.body;
}

async function expectAiUnavailable(caseId: string, token: string, openedAt: number) {
  const c = await waitForStatus(sys, caseId, token, 'escalated', AI_BOUND_MS + 5_000);
  expect(Date.now() - openedAt).toBeLessThan(AI_BOUND_MS);
  expect(c.escalation.reason).toBe('ai_unavailable');
  expect(c.aiAnswer).toBeNull();
  expect(c.task).toMatchObject({ status: 'open', assignee: null });
  return c;
}

async function aiFailure(caseId: string) {
  const failed = (await historyOf(caseId)).filter((e) => e.type === 'ai_failed');
  expect(failed).toHaveLength(1);
  return failed[0].data;
}

test('an answer grounded in the knowledge base is sent, and the prompt carries no card number', async () => {
  const message = `${ROUTINE.message} My card number is ${CARD} if you need it.`;
  const { caseId, token, sent } = await openAiCase(
    { kind: 'answer', answer: { answer: 'Open Payments in the app to see every due date.', confidence: 0.87 } },
    message,
  );
  const c = await waitForStatus(sys, caseId, token, 'awaiting_confirmation');

  const requests = sent().map((s) => s.request);
  expect(requests).toHaveLength(1);
  const { body, headers, path: requestPath } = requests[0];
  expect(requestPath).toBe('/v1/chat/completions');
  expect(headers.authorization).toBe('Bearer test-key');
  expect(body.model).toBe('test-model');
  const prompt = (body.messages ?? []).map((m) => m.content).join('\n');
  expect(body.messages?.map((m) => m.role)).toEqual(['system', 'user']);
  expect(prompt).toContain(ROUTINE.message);

  const articleIds = [...prompt.matchAll(/id="(kb\/[^"]+)"/g)].map((m) => m[1]);
  expect(articleIds.length).toBeGreaterThan(0);
  const article = kb.get(articleIds[0]);
  expect(article).toBeDefined();
  expect(prompt).toContain(article!.body.slice(0, 200));

  for (const r of requests) {
    const raw = JSON.stringify(r.body);
    expect(raw).not.toContain(CARD);
    expect(raw).not.toContain(CARD.replace(/ /g, ''));
  }

  // The fake cites the first article it was given; that is the only source that may come back.
  expect(c.aiAnswer).toEqual({
    text: 'Open Payments in the app to see every due date.',
    confidence: 0.87,
    sources: [articleIds[0]],
  });
  expect(c.messages.map((m: { from: string }) => m.from)).toEqual(['customer', 'ai']);
  expect(c.messages[1].text).toBe('Open Payments in the app to see every due date.');
});

test.each([
  ['the model asks for a human', { needsHuman: true, confidence: 0.9 }],
  ['the model is not confident', { needsHuman: false, confidence: 0.1 }],
])('%s: the case escalates with low_confidence and no answer', async (_name, answer) => {
  const { caseId, token, sent } = await openAiCase({ kind: 'answer', answer });
  const c = await waitForStatus(sys, caseId, token, 'escalated');
  expect(c.escalation.reason).toBe('low_confidence');
  expect(c.aiAnswer).toBeNull();
  expect(c.messages.map((m: { from: string }) => m.from)).toEqual(['customer']);
  expect(sent()).toHaveLength(1);
  const types = (await historyOf(caseId)).map((e) => e.type);
  expect(types).toContain('ai_answer_drafted');
  expect(types).not.toContain('ai_failed');
});

test('a server error every time is retried, then the case goes to a human with ai_unavailable', async () => {
  const { caseId, token, openedAt, sent } = await openAiCase({ kind: 'error', status: 500 });
  await expectAiUnavailable(caseId, token, openedAt);

  const attempts = sent();
  expect(attempts.length).toBeGreaterThan(1);
  // Backoff starts at 1s and doubles.
  expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
  expect(await aiFailure(caseId)).toMatchObject({ error: 'AiUnavailable' });
});

test('a 429 waits for Retry-After and the next attempt answers', async () => {
  const { caseId, token, sent } = await openAiCase({
    kind: 'sequence',
    steps: [{ kind: 'rate_limit', retryAfterSeconds: 1 }, { kind: 'answer' }],
  });
  const c = await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  expect(c.aiAnswer.sources[0]).toMatch(/^kb\//);

  const attempts = sent();
  expect(attempts).toHaveLength(2);
  expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
});

test.each([
  [401, 'AiAuthFailed'],
  [400, 'AiBadRequest'],
] as const)('a %i is not retried: ai_unavailable after one request', async (status, errorType) => {
  const { caseId, token, openedAt, sent } = await openAiCase({ kind: 'error', status });
  await expectAiUnavailable(caseId, token, openedAt);
  // Well within the first backoff, so a retry would have shown.
  expect(Date.now() - openedAt).toBeLessThan(AI_TOTAL_TIMEOUT_MS);
  expect(sent()).toHaveLength(1);
  expect(await aiFailure(caseId)).toMatchObject({ error: errorType });
});

test('output that is not JSON is not retried: ai_unavailable after one request', async () => {
  const { caseId, token, openedAt, sent } = await openAiCase({ kind: 'invalid_json' });
  await expectAiUnavailable(caseId, token, openedAt);
  expect(sent()).toHaveLength(1);
  expect(await aiFailure(caseId)).toMatchObject({ error: 'AiInvalidOutput' });
});

test('a model that never answers is cut off: ai_unavailable within the total AI timeout', async () => {
  const { caseId, token, openedAt, sent } = await openAiCase({ kind: 'hang' });
  await expectAiUnavailable(caseId, token, openedAt);
  expect(sent().length).toBeGreaterThan(1);
  await aiFailure(caseId);
});

test('a customer who asks for a human while the AI hangs gets one at once, and the AI does not overrule it', async () => {
  const { caseId, token, openedAt, sent } = await openAiCase({ kind: 'hang' });
  await eventually(async () => sent().length > 0, 10_000, 'the model call');
  const before = await sys.http.get(`/api/cases/${caseId}`, { token });
  expect(before.body.status).toBe('ai_resolving');

  const askedAt = Date.now();
  const res = await sys.http.post(`/api/cases/${caseId}/escalate`, { reason: 'I want a person' }, { token });
  expect(res.status).toBe(200);
  expect(Date.now() - askedAt).toBeLessThan(2_000);
  expect(res.body.status).toBe('escalated');
  expect(res.body.escalation.reason).toBe('customer_requested_human');

  // Past the point where the AI would have given up, the customer's escalation still stands.
  await new Promise((r) => setTimeout(r, Math.max(0, openedAt + AI_TOTAL_TIMEOUT_MS + 1_000 - Date.now())));
  const after = await sys.http.get(`/api/cases/${caseId}`, { token });
  expect(after.body.status).toBe('escalated');
  expect(after.body.escalation.reason).toBe('customer_requested_human');
  expect(after.body.aiAnswer).toBeNull();
  const types = (await historyOf(caseId)).map((e) => e.type);
  expect(types).not.toContain('ai_failed');
  expect(sent()).toHaveLength(1);
});

test("the model's second opinion can send a case the rules let through to a person, never the other way", async () => {
  fake.setClassification({ serious: true, flags: ['fraud'], priority: 'urgent', sentiment: 'neutral', language: 'en' });
  const raised = await openCase(sys, {
    subject: 'A question',
    message: 'Why is there a purchase from a shop I have never heard of?',
  });
  const c = await waitForStatus(sys, raised.caseId, raised.token, 'escalated');
  expect(c).toMatchObject({ priority: 'urgent', escalation: { reason: 'sensitive_topic' }, aiAnswer: null });

  fake.setClassification({ serious: false, flags: [], priority: 'low', sentiment: 'positive', language: 'en' });
  const fraud = await openCase(sys, { subject: 'Stolen card', message: 'My card was stolen and someone used it.' });
  const kept = await waitForStatus(sys, fraud.caseId, fraud.token, 'escalated');
  expect(kept).toMatchObject({ priority: 'urgent', escalation: { reason: 'sensitive_topic' } });

  fake.setTriageMode({ kind: 'hang' });
  const slow = await openCase(sys);
  const answered = await waitForStatus(sys, slow.caseId, slow.token, 'awaiting_confirmation', 30_000);
  expect(answered.aiAnswer).not.toBeNull();
});
