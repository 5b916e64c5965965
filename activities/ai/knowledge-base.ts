import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { KbArticle } from './types';

// Function words plus the greetings and filler of support messages: they match every article
// equally and would only dilute the score of the words that carry the question.
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing don down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so
  some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves ll ve re im ive id isn didn doesn wasn won wouldn couldn shouldn aren haven hasn
  hi hello hey dear thanks thank cheers please regards kind also get got want wanted wanting like know
  one still yet already help casework us let anything something someone`.split(/\s+/),
);

const VOWEL = /[aeiou]/;

/** A light suffix stripper: enough to fold plurals and -ed/-ing forms onto one index term. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = /([^aeiouslz])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('ically')) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 4) w = w.slice(0, -1);
  if (/[^aeiou]y$/.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (STOP_WORDS.has(t) || (t.length < 2 && !/\d/.test(t))) return null;
  return stem(t);
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The terms of a text as the index sees them, so callers can compare text with the same vocabulary. */
export function termsOf(text: string): string[] {
  return tokens(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);
}

// "don't" and "customer's" index as "don" and "customer", as the MiniSearch default tokenizer would.
function tokens(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (m) => m[0].replace(/['’].*$/, ''));
}

export interface KbHit {
  article: KbArticle;
  score: number;
  /** query terms (after processing) that matched the article */
  matchedTerms: string[];
}

export class KnowledgeBase {
  readonly articles: KbArticle[];
  private readonly byId: Map<string, KbArticle>;
  private readonly index: MiniSearch<KbArticle>;

  constructor(articles: KbArticle[]) {
    this.articles = articles;
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.index = new MiniSearch<KbArticle>({
      fields: ['title', 'tags', 'body'],
      extractField: (doc, field) =>
        field === 'tags' ? doc.tags.join(' ') : (doc as unknown as Record<string, string>)[field],
      tokenize: tokens,
      processTerm,
      searchOptions: {
        boost: { title: 3, tags: 2.5, body: 1 },
        prefix: (term) => term.length >= 4,
        // Typos in short words mostly land on other real words, so only longer terms go fuzzy.
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        maxFuzzy: 2,
        weights: { fuzzy: 0.5, prefix: 0.4 },
        combineWith: 'OR',
      },
    });
    this.index.addAll(articles);
  }

  get(id: string): KbArticle | undefined {
    return this.byId.get(id);
  }

  search(query: string, limit = 5): KbHit[] {
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({ article: this.byId.get(r.id as string)!, score: r.score, matchedTerms: r.queryTerms }));
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function parseArticle(source: string, file: string): KbArticle {
  const m = FRONT_MATTER.exec(source);
  if (!m) throw new Error(`${file}: missing front matter`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]] = kv[2].trim();
  }
  for (const key of ['id', 'title', 'topic']) {
    if (!meta[key]) throw new Error(`${file}: front matter lacks ${key}`);
  }
  return {
    id: meta.id,
    title: meta.title,
    topic: meta.topic,
    tags: (meta.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    body: m[2].trim(),
  };
}

export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return new KnowledgeBase(files.map((f) => parseArticle(fs.readFileSync(path.join(dir, f), 'utf8'), f)));
}
