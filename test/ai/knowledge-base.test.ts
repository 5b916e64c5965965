import path from 'node:path';
import { loadKnowledgeBase, parseArticle, stem, termsOf } from '../../activities/ai/knowledge-base';

const KB_DIR = path.join(__dirname, '../../kb');
const TOPICS = ['payments', 'refunds', 'orders', 'delivery', 'account', 'app', 'statements', 'fees', 'general'];

const kb = loadKnowledgeBase(KB_DIR);

function topId(query: string): string | undefined {
  return kb.search(query)[0]?.article.id;
}

describe('knowledge base: loading', () => {
  it('loads every help-centre article with unique kb/ ids', () => {
    expect(kb.articles.length).toBeGreaterThanOrEqual(25);
    const ids = kb.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^kb\/(?:[a-z]{2}\/)?[a-z0-9-]+$/);
  });

  it('gives each article a known topic, tags and a body of help-centre length', () => {
    for (const a of kb.articles) {
      expect(TOPICS).toContain(a.topic);
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.tags.length).toBeGreaterThanOrEqual(3);
      const words = a.body.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(300);
      expect(a.body).not.toMatch(/^---/);
    }
  });

  it('looks articles up by id', () => {
    expect(kb.get('kb/refunds')?.title).toBe('How refunds and returns work');
    expect(kb.get('kb/nope')).toBeUndefined();
  });

  it('parses front matter into fields and a comma-separated tag list', () => {
    const article = parseArticle(
      '---\nid: kb/x\ntitle: A title: with colon\ntopic: fees\ntags: one, two words ,three\n---\nBody text.\n',
      'x.md',
    );
    expect(article).toEqual({
      id: 'kb/x',
      title: 'A title: with colon',
      topic: 'fees',
      language: 'en',
      tags: ['one', 'two words', 'three'],
      body: 'Body text.',
    });
  });

  it('rejects a file without front matter or without an id', () => {
    expect(() => parseArticle('Just text', 'a.md')).toThrow(/front matter/);
    expect(() => parseArticle('---\ntitle: T\ntopic: fees\n---\nBody', 'b.md')).toThrow(/id/);
  });
});

describe('knowledge base: terms', () => {
  it('folds plurals and -ed/-ing forms onto one stem', () => {
    expect(stem('refunds')).toBe(stem('refund'));
    expect(stem('refunded')).toBe(stem('refund'));
    expect(stem('charged')).toBe(stem('charge'));
    expect(stem('charging')).toBe(stem('charge'));
    expect(stem('shipped')).toBe(stem('ship'));
    expect(stem('deliveries')).toBe(stem('delivery'));
    expect(stem('automatically')).toBe(stem('automatic'));
    expect(stem('automatically')).toBe(stem('automatic'));
  });

  it('drops stop words and greetings but keeps instalment numbers', () => {
    expect(termsOf('Hi, can you help me please?')).toEqual([]);
    expect(termsOf('How does Pay in 4 work')).toEqual(['pay', '4', 'work']);
  });
});

describe('knowledge base: search', () => {
  it.each([
    ['how do refunds work', 'kb/refunds'],
    ['late fee', 'kb/late-fees'],
    ['snooze my payment', 'kb/snooze-due-date'],
    ['download the app on iphone', 'kb/app-notifications'],
    ['turn off direct debit', 'kb/autopay-direct-debit'],
  ])('finds the article for "%s"', (query, id) => {
    expect(topId(query)).toBe(id);
  });

  it.each([
    ['forgot my pasword', 'kb/login-password-reset'],
    ['refnd for returnd jumper', 'kb/refunds'],
    ['cancell my ordr', 'kb/cancel-order'],
    ['parcel not deliverd', 'kb/delivery-not-arrived'],
    ['spending limt', 'kb/spending-limit'],
    ['change my adress', 'kb/update-address'],
    ['how do i snoze my paymnt', 'kb/snooze-due-date'],
    ['my pament faild', 'kb/failed-payments'],
    ['how do i snoze my paymnt', 'kb/snooze-due-date'],
    ['my pament faild', 'kb/failed-payments'],
  ])('tolerates typos: "%s"', (query, id) => {
    expect(topId(query)).toBe(id);
  });

  it('ranks results best first and honours the limit', () => {
    const hits = kb.search('partial refund for part of my order', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0].article.id).toBe('kb/partial-refunds');
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    expect(hits[1].score).toBeGreaterThanOrEqual(hits[2].score);
  });

  it('returns nothing for stop words or gibberish', () => {
    expect(kb.search('hello, can you help me please')).toEqual([]);
    expect(kb.search('qzxv wpfj')).toEqual([]);
  });
});
