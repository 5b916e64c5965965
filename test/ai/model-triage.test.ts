import { createModelTriage } from '../../activities/ai/model-triage';
import { triage } from '../../activities/ai/triage';
import type { CaseText } from '../../activities/ai/types';
import { startFakeOpenAi, TRIAGE_SCHEMA_NAME, type FakeOpenAi } from '../support/fake-openai';

let fake: FakeOpenAi;

beforeEach(async () => {
  fake = await startFakeOpenAi();
});

afterEach(async () => {
  await fake.close();
});

function modelTriage(timeoutMs = 5_000) {
  return createModelTriage({ apiKey: 'test-key', baseURL: fake.url, model: 'gpt-test-mini', timeoutMs });
}

const routine: CaseText = { subject: 'Question', message: 'When is my next payment due?' };
const fraud: CaseText = { subject: 'Help', message: 'Someone used my card without my permission' };

describe('createModelTriage', () => {
  it('asks for strict structured output with the redacted customer message, once', async () => {
    const text = { subject: 'Card 4111 1111 1111 1111', message: 'My CVV is 123, mail me at jane@example.com' };

    await modelTriage()(text, triage(text));

    expect(fake.requests).toHaveLength(1);
    const { body } = fake.requests[0];
    expect(body.model).toBe('gpt-test-mini');
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: TRIAGE_SCHEMA_NAME, strict: true },
    });
    expect(JSON.stringify(body)).not.toMatch(/4111|jane@example\.com|CVV is 123/);
    expect(JSON.stringify(body.messages)).toContain('Subject: Card [card]');
  });

  it('lets the model escalate a case the rules let through', async () => {
    fake.setClassification({ serious: true, flags: ['fraud'], priority: 'urgent' });
    const rules = triage(routine);

    const result = await modelTriage()(routine, rules);

    expect(rules.escalate).toBe(false);
    expect(result).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'urgent',
      topic: 'fraud',
      skills: ['fraud'],
    });
    expect(result.flags).toEqual(expect.arrayContaining(['fraud', 'model_raised']));
  });

  it('escalates an angry customer the rules read as calm, keeping the language skill', async () => {
    fake.setClassification({ sentiment: 'angry', language: 'de', priority: 'high' });
    const text = { subject: 'Frage', message: 'Wann ist meine nächste Zahlung fällig?' };

    const result = await modelTriage()(text, triage(text, { aiLanguages: ['en', 'de'] }));

    expect(result).toMatchObject({ escalate: true, reason: 'negative_sentiment', skills: ['escalations', 'lang:de'] });
  });

  it('raises the priority of a case the rules already escalated and adds the skill it needs', async () => {
    fake.setClassification({ serious: true, flags: ['hardship', 'self_harm'], priority: 'urgent' });
    const text = { subject: 'Payments', message: "I lost my job and can't afford this month's instalment" };
    const rules = triage(text);

    const result = await modelTriage()(text, rules);

    expect(rules.priority).toBe('high');
    expect(result).toMatchObject({ escalate: true, reason: 'sensitive_topic', priority: 'urgent', topic: 'hardship' });
    expect(result.flags).toEqual(expect.arrayContaining(['hardship', 'self_harm', 'model_raised']));
  });

  it('ignores a model that would lower the rules: serious stays serious', async () => {
    fake.setClassification({ serious: false, flags: [], sentiment: 'positive', priority: 'low' });
    const rules = triage(fraud);

    await expect(modelTriage()(fraud, rules)).resolves.toEqual(rules);
  });

  it('keeps the rules and says so when the model answers 500, with a single request', async () => {
    fake.setMode({ kind: 'error', status: 500 });
    const rules = triage(routine);

    const result = await modelTriage()(routine, rules);

    expect(result).toEqual({ ...rules, flags: [...rules.flags, 'model_unavailable'] });
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps the rules when the model hangs past the timeout', async () => {
    fake.setMode({ kind: 'hang' });
    const rules = triage(fraud);
    const started = Date.now();

    const result = await modelTriage(300)(fraud, rules);

    expect(result).toEqual({ ...rules, flags: [...rules.flags, 'model_unavailable'] });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('keeps the rules when the model answers with text that is not JSON', async () => {
    fake.setMode({ kind: 'invalid_json' });
    const rules = triage(routine);

    await expect(modelTriage()(routine, rules)).resolves.toEqual({
      ...rules,
      flags: [...rules.flags, 'model_unavailable'],
    });
  });

  it('keeps the rules when the JSON breaks the schema', async () => {
    fake.setClassification({ serious: 'very', flags: ['pirates'], priority: 'extreme' });
    const rules = triage(routine);

    await expect(modelTriage()(routine, rules)).resolves.toEqual({
      ...rules,
      flags: [...rules.flags, 'model_unavailable'],
    });
  });

  it('leaves the answer behaviour of the fake untouched for other requests', async () => {
    fake.setClassification({ serious: true });
    const res = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: '<article id="kb/refunds">' }] }),
    });
    const json = (await res.json()) as { choices: Array<{ message: { content: string } }> };
    expect(JSON.parse(json.choices[0].message.content)).toMatchObject({ sources: ['kb/refunds'] });
  });
});
