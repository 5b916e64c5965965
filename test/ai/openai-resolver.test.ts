import { ApplicationFailure } from '@temporalio/common';
import { AI_ERRORS } from '../../workflows/case/contract';
import { createOpenAiResolver, retryAfterMs } from '../../activities/ai/openai-resolver';
import type { CaseText, KbArticle } from '../../activities/ai/types';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';

const articles: KbArticle[] = [
  {
    id: 'kb/paying-early',
    title: 'Paying early',
    topic: 'payments',
    tags: ['pay early'],
    body: 'You can pay off a purchase early at any time in the app, with no fee.',
  },
  {
    id: 'kb/refunds',
    title: 'Refunds',
    topic: 'refunds',
    tags: ['refund'],
    body: 'Refunds appear in your account within 5 working days of the shop processing the return.',
  },
];

const question: CaseText = { subject: 'Pay early', message: 'Can I pay off my order early? Is there a fee?' };

let fake: FakeOpenAi;

beforeEach(async () => {
  fake = await startFakeOpenAi();
});

afterEach(async () => {
  await fake.close();
});

function resolver(timeoutMs = 5_000, baseURL = fake.url) {
  return createOpenAiResolver({ apiKey: 'test-key', baseURL, model: 'gpt-test-mini', timeoutMs });
}

async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  return err as ApplicationFailure;
}

function userPromptOf(index = 0): string {
  const messages = fake.requests[index].body.messages ?? [];
  return messages.find((m) => m.role === 'user')?.content ?? '';
}

describe('createOpenAiResolver', () => {
  it('sends the model name, JSON mode, the articles with their ids and the redacted customer message', async () => {
    await resolver()(articles, {
      subject: 'Card 4111 1111 1111 1111',
      message: 'My CVV is 123 and my email is jane@example.com. Can I pay early?',
    });

    expect(fake.requests).toHaveLength(1);
    const { body, path, headers } = fake.requests[0];
    expect(path).toBe('/v1/chat/completions');
    expect(headers.authorization).toBe('Bearer test-key');
    expect(body.model).toBe('gpt-test-mini');
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages?.[0].role).toBe('system');

    const prompt = userPromptOf();
    expect(prompt).toContain('id="kb/paying-early"');
    expect(prompt).toContain('You can pay off a purchase early');
    expect(prompt).toContain('id="kb/refunds"');
    expect(prompt).toContain('Subject: Card [card]');
    expect(prompt).toContain('My CVV is [cvv] and my email is [email]. Can I pay early?');
    expect(JSON.stringify(body)).not.toMatch(/4111|jane@example\.com|CVV is 123/);
  });

  it('returns the parsed answer with its sources and the topic of the first cited article', async () => {
    fake.setMode({
      kind: 'answer',
      answer: {
        answer: 'Yes, you can pay early in the app at no cost.',
        confidence: 0.85,
        needsHuman: false,
        sources: ['kb/paying-early'],
      },
    });

    await expect(resolver()(articles, question)).resolves.toEqual({
      text: 'Yes, you can pay early in the app at no cost.',
      confidence: 0.85,
      sources: ['kb/paying-early'],
      topic: 'payments',
      needsHuman: false,
    });
  });

  it('drops sources the model invented', async () => {
    fake.setMode({ kind: 'answer', answer: { sources: ['kb/made-up', 'kb/refunds', 'kb/refunds'] } });

    const answer = await resolver()(articles, question);

    expect(answer.sources).toEqual(['kb/refunds']);
    expect(answer.topic).toBe('refunds');
  });

  it('passes on the model asking for a human', async () => {
    fake.setMode({ kind: 'answer', answer: { needsHuman: true, confidence: 0.3 } });

    await expect(resolver()(articles, question)).resolves.toMatchObject({
      needsHuman: true,
      confidence: 0.3,
    });
  });

  it('treats an answer that cites none of the given articles as needing a human', async () => {
    fake.setMode({
      kind: 'answer',
      answer: { sources: ['kb/not-given'], needsHuman: false, confidence: 0.95 },
    });

    await expect(resolver()(articles, question)).resolves.toMatchObject({ needsHuman: true, sources: [] });
  });

  it('ignores extra fields such as topic and sentiment from the model', async () => {
    fake.setMode({
      kind: 'answer',
      answer: { topic: 'fraud', sentiment: 'furious', sources: ['kb/paying-early'] },
    });

    await expect(resolver()(articles, question)).resolves.toMatchObject({ topic: 'payments' });
  });

  it('also works against a server without the /v1 prefix', async () => {
    await resolver(5_000, fake.url.replace(/\/v1$/, ''))(articles, question);

    expect(fake.requests[0].path).toBe('/chat/completions');
  });

  it('maps a 500 to a retryable AiUnavailable and makes a single request', async () => {
    fake.setMode({ kind: 'error', status: 500 });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.unavailable);
    expect(failure.nonRetryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a 400 to a non-retryable AiBadRequest', async () => {
    fake.setMode({ kind: 'error', status: 400 });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.badRequest);
    expect(failure.nonRetryable).toBe(true);
  });

  it('maps a 401 to a non-retryable AiAuthFailed', async () => {
    fake.setMode({ kind: 'error', status: 401 });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.authFailed);
    expect(failure.nonRetryable).toBe(true);
  });

  it('maps a 429 to a retryable AiRateLimited that waits as long as Retry-After says', async () => {
    fake.setMode({ kind: 'rate_limit', retryAfterSeconds: 7 });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.rateLimited);
    expect(failure.nonRetryable).toBe(false);
    expect(failure.nextRetryDelay).toBe(7_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a hung request to a retryable AiUnavailable once the timeout passes', async () => {
    fake.setMode({ kind: 'hang' });
    const started = Date.now();

    const failure = await failureOf(resolver(500)(articles, question));

    expect(failure.type).toBe(AI_ERRORS.unavailable);
    expect(failure.nonRetryable).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('maps a refused connection to a retryable AiUnavailable', async () => {
    const url = fake.url;
    await fake.close();
    fake = await startFakeOpenAi();

    const failure = await failureOf(resolver(2_000, url)(articles, question));

    expect(failure.type).toBe(AI_ERRORS.unavailable);
    expect(failure.nonRetryable).toBe(false);
  });

  it('maps content that is not JSON to a non-retryable AiInvalidOutput', async () => {
    fake.setMode({ kind: 'invalid_json' });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.invalidOutput);
    expect(failure.nonRetryable).toBe(true);
  });

  it('maps JSON that breaks the schema to a non-retryable AiInvalidOutput', async () => {
    fake.setMode({ kind: 'answer', answer: { confidence: 7 } });

    const failure = await failureOf(resolver()(articles, question));

    expect(failure.type).toBe(AI_ERRORS.invalidOutput);
    expect(failure.nonRetryable).toBe(true);
  });

  it('succeeds on the next attempt after a rate limit, one request per attempt', async () => {
    fake.setMode({
      kind: 'sequence',
      steps: [{ kind: 'rate_limit', retryAfterSeconds: 1 }, { kind: 'answer' }],
    });
    const resolve = resolver();

    await expect(resolve(articles, question)).rejects.toMatchObject({ type: AI_ERRORS.rateLimited });
    await expect(resolve(articles, question)).resolves.toMatchObject({ sources: ['kb/paying-early'] });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it('prefers retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
  });

  it('reads an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const ms = retryAfterMs(new Headers({ 'retry-after': inTenSeconds }));
    expect(ms).toBeGreaterThan(8_000);
    expect(ms).toBeLessThanOrEqual(10_000);
  });

  it('returns undefined without a usable header', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});
