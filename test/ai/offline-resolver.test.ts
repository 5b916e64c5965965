import path from 'node:path';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { confidenceOf, offlineResolve } from '../../activities/ai/offline-resolver';
import { loadConfig } from '../../src/config';

const DEFAULT_CONFIDENCE_THRESHOLD = loadConfig({}).policy.aiConfidenceThreshold;

const kb = loadKnowledgeBase(path.join(__dirname, '../../kb'));

function resolve(message: string, subject = '') {
  return offlineResolve(kb, { subject, message });
}

describe('offline resolver', () => {
  it('answers a clear question from the matching article with high confidence', () => {
    const answer = resolve('My payment failed yesterday, what happens now?', 'Payment failed');
    expect(answer.sources[0]).toBe('kb/failed-payments');
    expect(answer.topic).toBe('payments');
    expect(answer.needsHuman).toBe(false);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.6);
    expect(answer.text).toContain('What happens if a payment fails');
    expect(answer.text).toContain('We retry the payment automatically after 3 days and again after 7 days.');
  });

  it('quotes the passage that answers the question, not just the introduction', () => {
    const answer = resolve('How many days do I have to return something? What is the return policy?');
    expect(answer.sources[0]).toBe('kb/merchant-returns-policy');
    expect(answer.text).toContain('most shops allow 14 to 30 days from delivery');
  });

  it('opens with an apology when something has gone wrong for the customer', () => {
    const answer = resolve('My parcel never arrived but I am still being asked to pay for it.');
    expect(answer.sources[0]).toBe('kb/delivery-not-arrived');
    expect(answer.text).toMatch(/^I'm sorry/);
    expect(answer.topic).toBe('delivery');
  });

  it('cites only ids of articles that exist, and both when two are nearly tied', () => {
    const answer = resolve('refund', 'refund?');
    expect(answer.sources).toEqual(['kb/refunds', 'kb/partial-refunds']);
    for (const id of answer.sources) expect(kb.get(id)).toBeDefined();
    expect(answer.text).toContain('Partial refunds and returning part of an order');
  });

  it('is more confident about a specific question than a vague one', () => {
    const clear = resolve('How do I change the email address on my account?');
    const vague = resolve('I have a question about my account.');
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
    expect(clear.confidence).toBeGreaterThanOrEqual(0.6);
    expect(vague.confidence).toBeLessThan(DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('stays below the threshold for an unrelated message', () => {
    const answer = resolve("What's the weather going to be like in London tomorrow?");
    expect(answer.confidence).toBeLessThan(DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('hands over to a human when nothing matches at all', () => {
    const answer = resolve('asdfgh jklqwe zxcvbn');
    expect(answer).toMatchObject({ confidence: 0, sources: [], topic: 'general', needsHuman: true });
    expect(answer.text).toMatch(/support team/);
  });

  it('keeps confidence within 0..1 and rewards a wider margin over the runner-up', () => {
    const article = kb.articles[0];
    expect(confidenceOf([])).toBe(0);
    const tied = confidenceOf([
      { article, score: 40, matchedTerms: [] },
      { article, score: 39, matchedTerms: [] },
    ]);
    const ahead = confidenceOf([
      { article, score: 40, matchedTerms: [] },
      { article, score: 5, matchedTerms: [] },
    ]);
    expect(ahead).toBeGreaterThan(tied);
    expect(confidenceOf([{ article, score: 1e9, matchedTerms: [] }])).toBeLessThanOrEqual(1);
  });
});
